package dev.relkit.demo.tour;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.TestDatabase;
import dev.relkit.schema.ReferenceSchema;
import org.apache.ibatis.session.SqlSessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tour}: every relationship pattern's scenario, end to end, with its SQL. Runs on an
 * embedded MariaDB unless {@code --jdbc-url} names a server; the database is stopped in all cases.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "Run relkit's scenarios end to end, printing every SQL statement and each scenario's statement count.")
public final class TourCommand implements Callable<Integer> {

    /** The tour's chapters, in order. */
    static final List<TourSection> SECTIONS = List.of(
            new HeroTour(),
            new UserTour(),
            new CompanyTour(),
            new TreeTour(),
            new SchoolTour(),
            new OrderTour(),
            new LibraryTour(),
            new BlogTour(),
            new InheritanceTour(),
            new CompositeKeyTour(),
            new QueryingTour(),
            new LoadingTour(),
            new LoaderOptionsTour(),
            new UnitOfWorkTour(),
            new WriteScenariosTour(),
            new TaggingTour(),
            new AssociationProxyTour(),
            new SakilaTour());

    @Mixin
    DemoDatabase database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try (TestDatabase db = database.start(ReferenceSchema.SCHEMA_SCRIPTS)) {
            out.println("relkit tour on MariaDB " + db.serverVersion() + " (" + db.jdbcTarget().maskedUrl() + ")");
            SqlSessionFactory factory = db.newSqlSessionFactory(ReferenceCatalogue.MYBATIS_CONFIG);
            Tour tour = new Tour(db, factory, out);
            for (TourSection section : SECTIONS) {
                out.println();
                out.println("== " + section.title() + " ==");
                section.run(tour);
            }
            out.println();
            out.println("tour finished: " + tour.totalStatements() + " statements in all");
        }
        return 0;
    }
}
