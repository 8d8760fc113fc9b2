package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.library.AuthorMapper;
import dev.relkit.mapper.order.OrderMapper;
import dev.relkit.mapper.school.StudentMapper;
import dev.relkit.model.library.Author;
import dev.relkit.model.library.BookAuthorLink;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.model.school.Enrollment;
import dev.relkit.model.school.Student;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR_BOOK_LINKS;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_BOOK;
import static dev.relkit.mapper.order.OrderRelationships.ORDER;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.mapper.order.PurchaseOrderDynamicSqlSupport.purchaseOrder;
import static dev.relkit.mapper.school.SchoolRelationships.ENROLLMENT_COURSE;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT_ENROLLMENTS;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mybatis.dynamic.sql.SqlBuilder.isLike;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Association objects through the loader: {@code Order.orderItems -> OrderItem.item},
 * {@code Author.bookLinks -> BookAuthorLink.book} and {@code Student.enrollments -> Enrollment.course}.
 *
 * <p>Every loaded graph is compared whole with the plain joined XML query's graph, which is the
 * reference for "the right rows under the right parents". The difference is identity: the joined
 * XML query maps an Item sold in two orders as two equal objects (MyBatis keys a nested object by
 * its id AND its parent's), while a load maps it as one object under every order.
 */
@RelkitTest
class AssociationObjectLoadingIT {

    /**
     * The many-to-one inverses relkit sets on the children it loads (back-populates); MyBatis's own
     * joined statements, the reference graphs here, leave them null.
     */
    private static final String[] INVERSES = {"orderItems.order", "bookLinks.author", "enrollments.student"};

    /** One {@code IN} statement per level up to 1000 parents, so "constant in N" shows as one number. */
    private static final int CHUNK = 1000;

    // ---- Order.orderItems -> OrderItem.item on the seed ----

    @Test
    void selectInJoinedLoadsOrdersLinesAndItemsInTwoStatementsAsTheJoinedQueryDoes(
            SqlSession session, OrderMapper orders, StatementRecorder statements) {
        List<Order> reference = orders.selectAllWithItems();
        session.clearCache();

        List<Order> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(orders.selectAll(), LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));

        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(reference);
        assertThat(lines(loaded)).containsExactly(
                tuple(1, 1, "T-Shirt", 2), tuple(1, 2, "Mug", 1),
                tuple(2, 3, "Hat", 3), tuple(2, 4, "Mug", 2), tuple(2, 5, "T-Shirt", 1));
        assertThat(loaded.get(2).getOrderItems()).isEmpty();
    }

    @Test
    void theSameItemIsOneObjectUnderEveryOrderWithinALoadButEqualCopiesInTheJoinedXmlQuery(
            SqlSession session, OrderMapper orders, StatementRecorder statements) {
        List<Order> joinedXml = statements.assertCount(1, orders::selectAllWithItems);
        Item mugInOrder1 = joinedXml.get(0).getOrderItems().get(1).getItem();
        Item mugInOrder2 = joinedXml.get(1).getOrderItems().get(1).getItem();
        assertThat(mugInOrder1).as("plain joined XML: equal copies").isNotSameAs(mugInOrder2)
                .usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(mugInOrder2);
        session.clearCache();

        List<Order> chainedJoin = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(orders.selectAll(), LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));
        session.clearCache();
        List<Order> chainedSelectIn = statements.assertCount(3, () -> ReferenceCatalogue.loader(session)
                .load(orders.selectAll(), LoadPlan.of(selectIn(ORDER_ITEMS).selectIn(ORDER_ITEM_ITEM))));
        session.clearCache();
        List<Order> topLevelJoined = statements.assertCount(1, () -> ReferenceCatalogue.loader(session)
                .load(orders.selectAllWithItems(), LoadPlan.of(joined(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));

        for (List<Order> loaded : List.of(chainedJoin, chainedSelectIn, topLevelJoined)) {
            Item mug = loaded.get(0).getOrderItems().get(1).getItem();
            Item tShirt = loaded.get(0).getOrderItems().get(0).getItem();
            assertThat(mug.getDescription()).isEqualTo("Mug");
            assertThat(loaded.get(1).getOrderItems().get(1).getItem()).as("one Mug per load").isSameAs(mug);
            assertThat(loaded.get(1).getOrderItems().get(2).getItem()).as("one T-Shirt per load").isSameAs(tShirt);
            assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(joinedXml);
        }
        assertThat(chainedJoin.get(0).getOrderItems().get(1).getItem())
                .as("two loads, two objects").isNotSameAs(chainedSelectIn.get(0).getOrderItems().get(1).getItem());
    }

    @Test
    void subqueryLoadsLinesAndItemsThroughTheParentQueryInOneStatement(
            SqlSession session, OrderMapper orders, StatementRecorder statements) {
        List<Order> reference = orders.selectAllWithItems();
        var parentQuery = select(purchaseOrder.id, purchaseOrder.customerName, purchaseOrder.placedAt)
                .from(purchaseOrder).orderBy(purchaseOrder.id);

        List<Order> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(ORDER, parentQuery, LoadPlan.of(subquery(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));

        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(reference);
        assertThat(loaded.get(1).getOrderItems().get(1).getItem()).isSameAs(loaded.get(0).getOrderItems().get(1).getItem());
    }

    @Test
    void lazyLoadsOneOrdersLinesWithTheirItemsOnFirstTouchOnly(
            SqlSession session, OrderMapper orders, StatementRecorder statements) {
        List<Order> reference = orders.selectAllWithItems();
        List<Order> loaded = orders.selectAll();
        statements.assertCount(0, () -> ReferenceCatalogue.loader(session)
                .load(loaded, LoadPlan.of(lazy(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));

        assertThat(statements.assertCount(1, () -> loaded.get(1).getOrderItems().size())).isEqualTo(3);
        statements.assertCount(0, () -> assertThat(loaded.get(1).getOrderItems())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("order") // the inverse relkit sets, null in MyBatis's graph
                .containsExactlyElementsOf(reference.get(1).getOrderItems()));
        assertThat(statements.assertCount(1, () -> loaded.get(2).getOrderItems().isEmpty())).isTrue();
    }

    @Test
    void raiseFailsOnTouchNamingOrderRelationshipAndKeyWithoutSql(
            SqlSession session, OrderMapper orders, StatementRecorder statements) {
        List<Order> loaded = orders.selectAll();

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(raise(ORDER_ITEMS)));
            assertThatThrownBy(() -> loaded.get(1).getOrderItems().get(0))
                    .isInstanceOf(RelationshipNotLoadedException.class)
                    .hasMessageContaining("Order.orderItems").hasMessageContaining("Order#2");
        });
    }

    @Test
    void noLoadEmptiesTheLinesWithoutSql(SqlSession session, OrderMapper orders, StatementRecorder statements) {
        List<Order> loaded = orders.selectAllWithItems();

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(noLoad(ORDER_ITEMS))));

        assertThat(loaded).extracting(Order::getId).containsExactly(1, 2, 3);
        assertThat(loaded).allSatisfy(order -> assertThat(order.getOrderItems()).isEmpty());
    }

    // ---- Order.orderItems -> OrderItem.item for 1, 10 and 1000 orders ----

    @ParameterizedTest(name = "{0} orders")
    @ValueSource(ints = {1, 10, 1000})
    void everyStrategyCostsTheSameStatementsWhateverTheNumberOfOrders(
            int orderCount, SqlSession session, OrderMapper orders, StatementRecorder statements) {
        generateOrders(session, orderCount);
        List<Order> reference = generated(orders.selectAllWithItems());
        assertThat(reference).hasSize(orderCount)
                .allSatisfy(order -> assertThat(order.getOrderItems()).extracting(line -> line.getItem().getDescription())
                        .containsExactly("Shared gadget", "T-Shirt"));
        var generatedOrders = select(purchaseOrder.id, purchaseOrder.customerName, purchaseOrder.placedAt)
                .from(purchaseOrder).where(purchaseOrder.customerName, isLike("gen %")).orderBy(purchaseOrder.id);
        session.clearCache();

        List<Order> selectInJoined = statements.assertCount(1, () -> generated(orders.selectAll()));
        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, CHUNK)
                .load(selectInJoined, LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));
        session.clearCache();
        List<Order> selectInSelectIn = generated(orders.selectAll());
        statements.assertCount(2, () -> ReferenceCatalogue.loader(session, CHUNK)
                .load(selectInSelectIn, LoadPlan.of(selectIn(ORDER_ITEMS).selectIn(ORDER_ITEM_ITEM))));
        List<Order> bySubquery = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(ORDER, generatedOrders, LoadPlan.of(subquery(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));
        session.clearCache();
        List<Order> topLevelJoined = generated(orders.selectAllWithItems());
        statements.assertCount(0, () -> ReferenceCatalogue.loader(session)
                .load(topLevelJoined, LoadPlan.of(joined(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));

        for (List<Order> loaded : List.of(selectInJoined, selectInSelectIn, bySubquery, topLevelJoined)) {
            assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(reference);
            Item shared = loaded.get(0).getOrderItems().get(0).getItem();
            assertThat(loaded).as("one shared Item object for all %d orders", orderCount)
                    .allSatisfy(order -> assertThat(order.getOrderItems().get(0).getItem()).isSameAs(shared));
        }
    }

    @ParameterizedTest(name = "{0} orders")
    @ValueSource(ints = {1, 10, 1000})
    void lazyRaiseAndNoLoadCostNothingUntilTouchedWhateverTheNumberOfOrders(
            int orderCount, SqlSession session, OrderMapper orders, StatementRecorder statements) {
        generateOrders(session, orderCount);
        List<Order> lazyOrders = generated(orders.selectAll());
        session.clearCache();
        List<Order> raiseOrders = generated(orders.selectAll());
        session.clearCache();
        List<Order> noLoadOrders = generated(orders.selectAll());

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(lazyOrders, LoadPlan.of(lazy(ORDER_ITEMS).joined(ORDER_ITEM_ITEM)));
            ReferenceCatalogue.loader(session).load(raiseOrders, LoadPlan.of(raise(ORDER_ITEMS)));
            ReferenceCatalogue.loader(session).load(noLoadOrders, LoadPlan.of(noLoad(ORDER_ITEMS)));
        });

        Order last = lazyOrders.get(orderCount - 1);
        assertThat(statements.assertCount(1, () -> last.getOrderItems().get(0).getItem().getDescription()))
                .isEqualTo("Shared gadget");
        statements.assertCount(0, () -> assertThat(last.getOrderItems()).hasSize(2));
        Order lastRaising = raiseOrders.get(orderCount - 1);
        assertThatThrownBy(() -> lastRaising.getOrderItems().size())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Order.orderItems").hasMessageContaining("Order#" + lastRaising.getId());
        assertThat(noLoadOrders).hasSize(orderCount).allSatisfy(order -> assertThat(order.getOrderItems()).isEmpty());
    }

    // ---- Author.bookLinks -> BookAuthorLink.book ----

    @Test
    void authorsBookLinksAndBooksLoadInTwoStatementsWithOneBookObjectPerRow(
            SqlSession session, AuthorMapper authors, StatementRecorder statements) {
        List<Author> reference = authors.selectAllWithBooks();
        session.clearCache();

        List<Author> chainedJoin = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(authors.selectAll(), LoadPlan.of(selectIn(AUTHOR_BOOK_LINKS).joined(LINK_BOOK))));
        session.clearCache();
        List<Author> chainedSelectIn = statements.assertCount(3, () -> ReferenceCatalogue.loader(session)
                .load(authors.selectAll(), LoadPlan.of(selectIn(AUTHOR_BOOK_LINKS).selectIn(LINK_BOOK))));

        for (List<Author> loaded : List.of(chainedJoin, chainedSelectIn)) {
            assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(reference);
            assertThat(loaded).flatExtracting(Author::getBookLinks)
                    .extracting(BookAuthorLink::getAuthorId, link -> link.getBook().getTitle(), BookAuthorLink::getRole)
                    .containsExactly(
                            tuple(1, "Pride and Prejudice", "author"), tuple(1, "Sense and Sensibility", "author"),
                            tuple(1, "Emma", "author"), tuple(1, "The Annotated Pride and Prejudice", "author"),
                            tuple(2, "The Annotated Pride and Prejudice", "editor"),
                            tuple(3, "Good Omens", "author"), tuple(4, "Good Omens", "author"));
            assertThat(loaded.get(4).getBookLinks()).as("Charlotte Bronte has no books").isEmpty();
            assertThat(loaded.get(1).getBookLinks().get(0).getBook()).as("one annotated P&P for Austen and Shapard")
                    .isSameAs(loaded.get(0).getBookLinks().get(3).getBook());
            assertThat(loaded.get(3).getBookLinks().get(0).getBook()).isSameAs(loaded.get(2).getBookLinks().get(0).getBook());
        }
        assertThat(reference.get(1).getBookLinks().get(0).getBook()).as("plain joined XML: equal copies")
                .isNotSameAs(reference.get(0).getBookLinks().get(3).getBook());
    }

    @Test
    void authorsBookLinksUnderLazyRaiseAndNoLoad(SqlSession session, AuthorMapper authors, StatementRecorder statements) {
        List<Author> lazyAuthors = authors.selectAll();
        session.clearCache();
        List<Author> raiseAuthors = authors.selectAll();
        session.clearCache();
        List<Author> noLoadAuthors = authors.selectAll();

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(lazyAuthors, LoadPlan.of(lazy(AUTHOR_BOOK_LINKS).joined(LINK_BOOK)));
            ReferenceCatalogue.loader(session).load(raiseAuthors, LoadPlan.of(raise(AUTHOR_BOOK_LINKS)));
            ReferenceCatalogue.loader(session).load(noLoadAuthors, LoadPlan.of(noLoad(AUTHOR_BOOK_LINKS)));
        });

        assertThat(statements.assertCount(1, () -> lazyAuthors.get(2).getBookLinks().get(0).getBook().getTitle()))
                .isEqualTo("Good Omens");
        assertThatThrownBy(() -> raiseAuthors.get(0).getBookLinks().size())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Author.bookLinks").hasMessageContaining("Author#1");
        assertThat(noLoadAuthors).allSatisfy(author -> assertThat(author.getBookLinks()).isEmpty());
    }

    // ---- Student.enrollments -> Enrollment.course ----

    @Test
    void studentsEnrollmentsAndCoursesLoadInTwoStatementsWithOneCourseObjectPerRow(
            SqlSession session, StudentMapper students, StatementRecorder statements) {
        List<Student> reference = students.selectAllWithEnrollments();
        session.clearCache();

        List<Student> chainedJoin = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(students.selectAll(), LoadPlan.of(selectIn(STUDENT_ENROLLMENTS).joined(ENROLLMENT_COURSE))));
        session.clearCache();
        List<Student> chainedSelectIn = statements.assertCount(3, () -> ReferenceCatalogue.loader(session)
                .load(students.selectAll(), LoadPlan.of(selectIn(STUDENT_ENROLLMENTS).selectIn(ENROLLMENT_COURSE))));

        for (List<Student> loaded : List.of(chainedJoin, chainedSelectIn)) {
            assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).ignoringFields("courses").isEqualTo(reference);
            assertThat(loaded).flatExtracting(Student::getEnrollments)
                    .extracting(Enrollment::getStudentId, e -> e.getCourse().getTitle(), Enrollment::getGrade, Enrollment::getCompleted)
                    .containsExactly(
                            tuple(1, "Algebra", "A", true), tuple(1, "Biology", null, false), tuple(1, "Chemistry", null, false),
                            tuple(2, "Algebra", "B+", true), tuple(2, "Chemistry", "C", true),
                            tuple(3, "Biology", null, false));
            assertThat(loaded.get(3).getEnrollments()).as("Dmitri is enrolled in nothing").isEmpty();
            assertThat(loaded.get(1).getEnrollments().get(0).getCourse()).as("one Algebra per load")
                    .isSameAs(loaded.get(0).getEnrollments().get(0).getCourse());
        }
    }

    @Test
    void studentsEnrollmentsUnderLazyRaiseAndNoLoad(SqlSession session, StudentMapper students,
                                                    StatementRecorder statements) {
        List<Student> lazyStudents = students.selectAll();
        session.clearCache();
        List<Student> raiseStudents = students.selectAll();
        session.clearCache();
        List<Student> noLoadStudents = students.selectAll();

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(lazyStudents, LoadPlan.of(lazy(STUDENT_ENROLLMENTS).joined(ENROLLMENT_COURSE)));
            ReferenceCatalogue.loader(session).load(raiseStudents, LoadPlan.of(raise(STUDENT_ENROLLMENTS)));
            ReferenceCatalogue.loader(session).load(noLoadStudents, LoadPlan.of(noLoad(STUDENT_ENROLLMENTS)));
        });

        List<Enrollment> bens = lazyStudents.get(1).getEnrollments();
        assertThat(statements.assertCount(1, bens::size)).isEqualTo(2);
        assertThat(bens).extracting(e -> e.getCourse().getTitle()).containsExactly("Algebra", "Chemistry");
        assertThatThrownBy(() -> raiseStudents.get(1).getEnrollments().get(0))
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Student.enrollments").hasMessageContaining("Student#2");
        assertThat(noLoadStudents).allSatisfy(student -> assertThat(student.getEnrollments()).isEmpty());
    }

    /** (order id, line id, item description, quantity) of every line, in order. */
    private static List<org.assertj.core.groups.Tuple> lines(List<Order> orders) {
        return orders.stream().flatMap(order -> order.getOrderItems().stream()
                .map(line -> tuple(order.getId(), line.getId(), line.getItem().getDescription(), line.getQuantity()))).toList();
    }

    /**
     * {@code count} orders named "gen 1".."gen N", each with two lines: the one item "Shared gadget"
     * (so identity across orders shows) and the seeded T-Shirt.
     */
    static void generateOrders(SqlSession session, int count) {
        String sequence = GeneratedRows.sequence(count);
        GeneratedRows.insert(session,
                "INSERT INTO item (description, price) VALUES ('Shared gadget', 4.25)",
                "INSERT INTO purchase_order (customer_name, placed_at)"
                        + " SELECT CONCAT('gen ', seq), TIMESTAMP '2025-01-01 00:00:00' + INTERVAL seq MINUTE FROM " + sequence,
                "INSERT INTO order_item (order_id, item_id, quantity, price_paid)"
                        + " SELECT purchase_order.id, item.id, 1, 4.00 FROM purchase_order JOIN item ON item.description = 'Shared gadget'"
                        + " WHERE purchase_order.customer_name LIKE 'gen %'",
                "INSERT INTO order_item (order_id, item_id, quantity, price_paid)"
                        + " SELECT purchase_order.id, 1, 2, 19.99 FROM purchase_order WHERE purchase_order.customer_name LIKE 'gen %'");
    }

    /** Only the generated orders, in id order. */
    static List<Order> generated(List<Order> orders) {
        return orders.stream().filter(order -> order.getCustomerName().startsWith("gen ")).toList();
    }
}
