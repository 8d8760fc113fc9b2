package dev.relkit.demo.sakila;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.demo.RelkitCommand;
import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.TestDatabase;
import dev.relkit.service.sakila.SakilaGraphLoader;
import dev.relkit.service.sakila.SakilaViews.ActorView;
import dev.relkit.service.sakila.SakilaViews.CustomerView;
import dev.relkit.service.sakila.SakilaViews.FilmView;
import dev.relkit.service.sakila.SakilaViews.StoreView;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sakila load} and {@code graph}, run as the README runs them, against one embedded MariaDB
 * started for the class and named by {@code --jdbc-url}: first without the schema, then loaded.
 * The JSON is checked for the contract's exact property names, formats and nulls; that its values
 * match plain SQL for every id is {@code SakilaGraphIT}'s job (it compares the same views).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SakilaCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestDatabase server;
    private static String url;

    @BeforeAll
    static void startServer() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.relkit.catalogue.sakila.SakilaDataSet.isAvailable(),
                dev.relkit.catalogue.sakila.SakilaDataSet.UNAVAILABLE);
        server = TestDatabase.startWithScripts(DatabaseChoice.embedded(), List.of());
        url = server.jdbcUrl();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void graphOnAServerWithoutTheSchemaIsOneErrorLine() {
        Run run = run("graph", "film", "1", "--jdbc-url", url);

        assertThat(run.exitCode).isNotZero();
        assertThat(run.out).isEmpty();
        assertThat(run.errLine()).startsWith("error: The server of " + url + " has no schema 'sakila'")
                .contains("sakila load --jdbc-url");
    }

    @Test
    @Order(2)
    void loadPutsTheDataSetIntoSchemaSakila() {
        Run run = run("sakila", "load", "--jdbc-url", url);

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).startsWith("loaded Sakila from ").contains("into schema sakila on " + url)
                .contains("1000 films, 200 actors, 599 customers, 16044 rentals, 16049 payments, 2 stores");
    }

    @Test
    @Order(3)
    void filmGraphIsTheContractJson() throws Exception {
        JsonNode film = json(run("graph", "film", "1", "--jdbc-url", url));

        assertThat(film).isEqualTo(JSON.readTree("""
                {"filmId": 1, "title": "ACADEMY DINOSAUR", "releaseYear": 2006, "rentalRate": 0.99, "length": 86,
                 "rating": "PG", "language": {"languageId": 1, "name": "English"}, "originalLanguage": null,
                 "actors": [{"actorId": 1, "firstName": "PENELOPE", "lastName": "GUINESS"},
                            {"actorId": 10, "firstName": "CHRISTIAN", "lastName": "GABLE"},
                            {"actorId": 20, "firstName": "LUCILLE", "lastName": "TRACY"},
                            {"actorId": 30, "firstName": "SANDRA", "lastName": "PECK"},
                            {"actorId": 40, "firstName": "JOHNNY", "lastName": "CAGE"},
                            {"actorId": 53, "firstName": "MENA", "lastName": "TEMPLE"},
                            {"actorId": 108, "firstName": "WARREN", "lastName": "NOLTE"},
                            {"actorId": 162, "firstName": "OPRAH", "lastName": "KILMER"},
                            {"actorId": 188, "firstName": "ROCK", "lastName": "DUKAKIS"},
                            {"actorId": 198, "firstName": "MARY", "lastName": "KEITEL"}],
                 "categories": [{"categoryId": 6, "name": "Documentary"}]}
                """));
        assertThat(film.get("rentalRate").isNumber()).as("money is a JSON number").isTrue();
    }

    @Test
    @Order(3)
    void customerGraphHasTheContractShapeIsoTimestampsAndNulls() {
        // customer 15 has two unreturned rentals
        JsonNode customer = json(run("graph", "customer", "15", "--jdbc-url", url));

        assertThat(fieldNames(customer)).containsExactly("customerId", "firstName", "lastName", "email", "active",
                "address", "store", "rentals", "payments");
        assertThat(fieldNames(customer.get("address"))).containsExactly("addressId", "address", "district", "postalCode",
                "phone", "city");
        assertThat(fieldNames(customer.get("address").get("city"))).containsExactly("cityId", "city", "country");
        assertThat(fieldNames(customer.get("address").get("city").get("country"))).containsExactly("countryId", "country");
        assertThat(fieldNames(customer.get("store"))).containsExactly("storeId");
        JsonNode rental = customer.get("rentals").get(0);
        assertThat(fieldNames(rental)).containsExactly("rentalId", "rentalDate", "returnDate", "inventory", "staff");
        assertThat(fieldNames(rental.get("inventory"))).containsExactly("inventoryId", "film");
        assertThat(fieldNames(rental.get("inventory").get("film"))).containsExactly("filmId", "title");
        assertThat(fieldNames(rental.get("staff"))).containsExactly("staffId");
        assertThat(fieldNames(customer.get("payments").get(0))).containsExactly("paymentId", "amount", "paymentDate", "rentalId");

        assertThat(customer.get("active").isBoolean()).isTrue();
        assertThat(customer.get("payments").get(0).get("amount").isNumber()).isTrue();
        List<Integer> rentalIds = new ArrayList<>();
        List<Integer> unreturned = new ArrayList<>();
        for (JsonNode each : customer.get("rentals")) {
            rentalIds.add(each.get("rentalId").asInt());
            assertThat(each.get("rentalDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
            if (each.get("returnDate").isNull()) {
                unreturned.add(each.get("rentalId").asInt());
            }
        }
        assertThat(rentalIds).as("sorted by primary key").isSorted().hasSize(32);
        assertThat(unreturned).containsExactly(13798, 13968);
        JsonNode customer4 = json(run("graph", "customer", "4", "--jdbc-url", url));
        assertThat(customer4.get("rentals").findValues("rentalDate")).extracting(JsonNode::asText)
                .as("seconds kept when zero").contains("2005-07-30T18:58:00");
    }

    @Test
    @Order(3)
    void actorAndStoreGraphsHaveTheContractShape() {
        JsonNode actor = json(run("graph", "actor", "1", "--jdbc-url", url));
        JsonNode store = json(run("graph", "store", "2", "--jdbc-url", url));

        assertThat(fieldNames(actor)).containsExactly("actorId", "firstName", "lastName", "films");
        assertThat(fieldNames(actor.get("films").get(0))).containsExactly("filmId", "title");
        assertThat(actor.get("films")).hasSize(19);
        assertThat(fieldNames(store)).containsExactly("storeId", "manager", "address", "staff", "inventoryCount");
        assertThat(fieldNames(store.get("manager"))).containsExactly("staffId", "firstName", "lastName");
        assertThat(fieldNames(store.get("address"))).containsExactly("addressId", "address", "city");
        assertThat(store.get("manager").get("staffId").asInt()).isEqualTo(2);
        assertThat(store.get("staff").findValues("staffId")).extracting(JsonNode::asInt).containsExactly(2);
        assertThat(store.get("inventoryCount").asInt()).isEqualTo(2311);
    }

    /**
     * The JSON carries exactly the views, for every row: written as {@code graph} writes it and read
     * back, each view is equal to the one loaded. SakilaGraphIT proves the views equal plain SQL's
     * answers for every id, so together {@code graph}'s output matches plain SQL for every id.
     */
    @Test
    @Order(3)
    void everyGraphsJsonReadsBackToTheSameView() throws Exception {
        ObjectMapper reader = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        try (SqlSession session = server.newSqlSessionFactory(dev.relkit.mapper.ReferenceCatalogue.MYBATIS_CONFIG).openSession()) {
            SakilaGraphLoader graphs = new SakilaGraphLoader(session);
            List<Integer> films = IntStream.rangeClosed(1, 1000).boxed().toList();
            List<Integer> customers = IntStream.rangeClosed(1, 599).boxed().toList();
            List<Integer> actors = IntStream.rangeClosed(1, 200).boxed().toList();

            assertReadsBack(reader, graphs.films(films), FilmView.class, 1000);
            assertReadsBack(reader, graphs.actors(actors), ActorView.class, 200);
            assertReadsBack(reader, graphs.customers(customers), CustomerView.class, 599);
            assertReadsBack(reader, graphs.stores(List.of(1, 2)), StoreView.class, 2);
        }
    }

    private static <V> void assertReadsBack(ObjectMapper reader, List<V> views, Class<V> type, int expectedCount)
            throws Exception {
        assertThat(views).hasSize(expectedCount);
        for (V view : views) {
            V readBack = reader.readValue(GraphJson.write(view), type);
            if (!readBack.equals(view)) {
                assertThat(readBack).usingRecursiveComparison().isEqualTo(view);
            }
        }
    }

    @Test
    @Order(3)
    void anUnknownEntityOrIdIsOneErrorLine() {
        Run entity = run("graph", "rental", "1", "--jdbc-url", url);
        Run id = run("graph", "customer", "600", "--jdbc-url", url);

        assertThat(entity.exitCode).isNotZero();
        assertThat(entity.errLine()).isEqualTo("error: Unknown entity 'rental': expected one of film, actor, customer, store");
        assertThat(id.exitCode).isNotZero();
        assertThat(id.out).isEmpty();
        assertThat(id.errLine()).isEqualTo("error: No customer with id 600 in schema sakila of " + url);
    }

    @Test
    void aDeadJdbcUrlIsOneErrorLineNamingIt() {
        String dead = "jdbc:mariadb://127.0.0.1:1/test?connectTimeout=500";

        Run run = run("graph", "film", "1", "--jdbc-url", dead);

        assertThat(run.exitCode).isNotZero();
        assertThat(run.errLine()).startsWith("error: The database URL " + dead).contains("does not answer");
    }

    @Test
    void aUrlWithoutADatabaseIsOneErrorLineSayingWhatToName() {
        Run run = run("sakila", "load", "--jdbc-url", "jdbc:mariadb://127.0.0.1:1/");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.errLine()).startsWith("error: The --jdbc-url jdbc:mariadb://127.0.0.1:1/ names no database")
                .contains("schema 'sakila'");
    }

    @Test
    void withoutAUrlGraphLoadsSakilaIntoAFreshEmbeddedDatabaseFirst() {
        JsonNode store = json(run("graph", "store", "1"));

        assertThat(store.get("manager").get("lastName").asText()).isEqualTo("Hillyer");
        assertThat(store.get("inventoryCount").asInt()).isEqualTo(2270);
    }

    private record Run(int exitCode, String out, String err) {
        /** stderr, which must be exactly one line. */
        String errLine() {
            assertThat(err.strip()).as("stderr is one line").doesNotContain("\n");
            return err.strip();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RelkitCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static JsonNode json(Run run) {
        assertThat(run.exitCode).as("exit code; stderr: %s", run.err).isZero();
        try {
            return JSON.readTree(run.out);
        } catch (Exception e) {
            throw new AssertionError("stdout is not JSON: " + run.out, e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
