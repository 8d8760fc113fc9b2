package dev.relkit.demo;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The tour, run as the README runs it, on an embedded MariaDB started for the test. */
class TourCommandTest {

    @Test
    void tourPrintsBothQueriesWithTheirSqlAndStatementCounts() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        int exitCode;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exitCode = RelkitCommand.commandLine().execute("tour");
        } finally {
            System.setOut(originalOut);
        }
        String output = captured.toString(StandardCharsets.UTF_8);

        assertThat(exitCode).isZero();
        String queryA = section(output, "-- Query A", "-- Query B");
        assertThat(queryA)
                .contains("SQL: SELECT hero.id AS id", "LEFT JOIN team winter_team ON winter_team.id = hero.winter_team_id",
                        "WHERE winter_team.name = ?", "['Preventers']", "=> 1 statement")
                .contains("Deadpond (Dive Wilson): winter Preventers, summer Z-Force",
                        "Rusty-Man (Tommy Sharp): winter Preventers, summer Preventers");
        String queryB = section(output, "-- Query B", "\n== "); // up to the next section
        assertThat(queryB)
                .contains("where exists (select 1 from team winter_team", "['Preventers', 'Z-Force']", "=> 1 statement")
                .contains("Deadpond (Dive Wilson): winter Preventers, summer Z-Force")
                .doesNotContain("Rusty-Man");
        assertThat(output).contains("=> 4 statements"); // two teams, then two heroes

        String unitOfWork = section(output, "-- Unit of work: add Spider-Boy", "-- Unit of work: load Spider-Boy");
        assertThat(unitOfWork)
                .containsSubsequence("SQL: insert into team (name, headquarters) values (?, ?), (?, ?) returning id",
                        "SQL: insert into hero", "returning id", "=> 2 statements")
                .containsPattern("Spider-Boy #\\d+: winter_team_id=3, summer_team_id=4");
        assertThat(section(output, "-- Unit of work: load Spider-Boy", "-- Unit of work: a flush that fails"))
                .contains("same object from the identity map: true", "SQL: update hero set age = ? where id = ?", "=> 2 statements");
        assertThat(section(output, "-- Association proxy: a new order", "-- Association proxy: the new order read back"))
                .containsSubsequence("SQL: insert into purchase_order", "SQL: insert into order_item", "[4, 1, 2, 19.99, 4, 2, 1, 12.50]",
                        "=> 4 statements");
        assertThat(section(output, "-- Association proxy: the new order read back", "-- Delete-orphan"))
                .contains("order.items = [T-Shirt, Mug]", "T-Shirt 2 x 19.99", "Mug 1 x 12.50", "total 52.48", "=> 2 statements");
        assertThat(section(output, "-- Delete-orphan", "tour finished"))
                .containsSubsequence("SQL: delete from book_author where book_id = ? and author_id = ?", "SQL: delete from book where id = ?")
                .contains("Jane Austen's books: Sense and Sensibility, Emma, The Annotated Pride and Prejudice",
                        "book #1 in the database: false", "=> 7 statements");
        assertThat(section(output, "-- Unit of work: a flush that fails", "\n== "))
                .contains("flush failed: insert of Team#new failed", "Duplicate entry 'Avengers'",
                        "after rollback: team id null, hero id null, state NEW", "=> 3 statements");

        assertThat(section(output, "== Loading strategies", "tour finished"))
                .containsSubsequence("joined             1                          1",
                        "select-in          2                          5",
                        "subquery           2                          5",
                        "lazy, all touched  5                          12",
                        "raise              1                          1",
                        "noload             1                          1")
                .contains("Post.comments of Post#1 is not loaded (strategy RAISE)");

        String loaderOptions = section(output, "== Loader options", "\n== ");
        assertThat(section(loaderOptions, "-- The blog plan", "-- Service-level loading")).contains("=> 4 statements");
        assertThat(section(loaderOptions, "-- Service-level loading", "-- Recursion")).contains("=> 4 statements")
                .contains("remarks [Remark on the first post, Another remark on the first post]");
        assertThat(section(loaderOptions, "-- Recursion", "-- Loader criteria")).contains("(level 3: not loaded)", "=> 3 statements");
        assertThat(section(loaderOptions, "-- Per-parent limit", "-- load_only"))
                .contains("row_number() over (partition by department_id order by hired_at DESC, id)",
                        "Engineering: Sam Okafor, Noah Schmidt", "=> 2 statements");
        assertThat(section(loaderOptions, "-- load_only", "-- contains")).contains("its author's email (not loaded): null");
        assertThat(section(loaderOptions, "-- Generic foreign key", "-- Streaming"))
                .contains("'Lovely light' on photo 'Sunrise'", "=> 3 statements")
                .doesNotContain("=> 4 statements");
        assertThat(section(output, "== Unit of work on the seed scenarios", "\n== "))
                .contains("flush refused: Student.courses is view-only", "post_tag rows of post 2 after the delete: 0",
                        "new remark: photo ", "remark 1 now: photo 3");

        String sakila = section(output, "== A real schema: Sakila", "tour finished");
        if (dev.relkit.catalogue.sakila.SakilaDataSet.isAvailable()) {
            assertThat(sakila).contains("loaded Sakila data set in ")
                    .contains("SQL: select sakila.actor.actor_id", "=> 3 statements", "ACADEMY DINOSAUR: language English")
                    .contains("HELEN HARRIS of Bhopal, India: 32 rentals, 32 payments",
                            "store 1 in Lethbridge, managed by Mike Hillyer; staff: Mike Hillyer; 2270 copies")
                    .doesNotContain("=> 4 statements");
        } else {
            assertThat(sakila).contains("skipped: ").contains("Sakila data set");
        }
        assertThat(section(output, "-- Get-or-create: tag Mary's draft", "-- Audit columns"))
                .containsSubsequence("'ORM' -> slug 'orm': tag #3 'ORM'", "SQL: insert into tag (name, slug) values (?, ?)",
                        "'Crème Brûlée & Co.' -> slug 'creme-brulee-co'", "'orm' -> slug 'orm': tag #3 'ORM'",
                        "SQL: insert into post_tag", "SQL: insert into post_tag", "post 4 tags: [orm, creme-brulee-co]",
                        "=> 6 statements");
        assertThat(section(output, "-- Audit columns", "-- Polymorphic insert"))
                .contains("SQL: update post set title = ?, updated_at = ? where id = ?",
                        "created_at 2024-04-01T18:20, updated_at 2024-04-02T07:45");
        assertThat(section(output, "-- Polymorphic insert", "-- Polymorphic delete"))
                .containsSubsequence("SQL: insert into person (company_id, name, type)", "[2, 'Sandy', 'engineer']",
                        "SQL: insert into engineer (id, primary_language, engineer_level)", "=> 3 statements");
        assertThat(section(output, "-- Polymorphic delete", "tour finished"))
                .containsSubsequence("SQL: delete from engineer where id = ?", "SQL: delete from person where id = ?", "=> 3 statements");
    }

    @Test
    void deadJdbcUrlIsOneClearErrorLineNamingTheUrl() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = RelkitCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        String url = "jdbc:mariadb://127.0.0.1:1/nowhere?connectTimeout=500";

        int exitCode = commandLine.execute("tour", "--jdbc-url", url);

        assertThat(exitCode).isNotZero();
        assertThat(err.toString().strip()).startsWith("error: ").contains(url).doesNotContain("\n");
    }

    private static String section(String output, String from, String to) {
        int start = output.indexOf(from);
        int end = output.indexOf(to, start + 1);
        assertThat(start).as("output has %s:%n%s", from, output).isNotNegative();
        return output.substring(start, end < 0 ? output.length() : end);
    }
}
