package dev.relkit.demo.sakila;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.TestDatabase;
import dev.relkit.catalogue.sakila.SakilaDataSet;
import dev.relkit.service.sakila.SakilaGraphLoader;
import org.apache.ibatis.session.SqlSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code graph ENTITY ID [--jdbc-url URL]}: one row's object graph as JSON on stdout, loaded by
 * {@link SakilaGraphLoader} (one root statement plus one select-in per collection). Without
 * {@code --jdbc-url}, Sakila is first loaded into a fresh embedded MariaDB. Errors (unknown entity,
 * missing id, missing schema, dead URL) are one line on stderr and a non-zero exit code.
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Print the object graph of one Sakila row as JSON (entities: film, actor, customer, store).")
public final class GraphCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ENTITY", description = "film, actor, customer or store")
    String entity;

    @Parameters(index = "1", paramLabel = "ID", description = "the row's primary key")
    int id;

    @Mixin
    SakilaDatabase database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!SakilaGraphLoader.ENTITIES.contains(entity)) {
            throw new IllegalArgumentException("Unknown entity '" + entity + "': expected one of "
                    + String.join(", ", SakilaGraphLoader.ENTITIES));
        }
        SakilaDataSet dataSet = database.embedded() ? database.dataSet() : null;
        try (TestDatabase db = database.connect()) {
            if (dataSet != null) {
                SakilaDatabase.load(db, dataSet);
            } else {
                SakilaDatabase.requireLoaded(db);
            }
            Object graph;
            try (SqlSession session = db.newSqlSessionFactory(ReferenceCatalogue.MYBATIS_CONFIG).openSession(true)) {
                graph = new SakilaGraphLoader(session).graph(entity, id).orElseThrow(() -> new IllegalArgumentException(
                        "No " + entity + " with id " + id + " in schema " + SakilaDataSet.SCHEMA + " of " + db.jdbcTarget().maskedUrl()));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(GraphJson.write(graph));
            out.flush();
        }
        return 0;
    }
}
