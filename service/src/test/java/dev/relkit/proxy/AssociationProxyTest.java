package dev.relkit.proxy;

import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;
import dev.relkit.model.library.BookAuthorLink;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.model.school.Course;
import dev.relkit.model.school.Enrollment;
import dev.relkit.model.school.Student;
import dev.relkit.relation.Relationship;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR_BOOK_LINKS;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_BOOK;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ORDER;
import static dev.relkit.mapper.school.EnrollmentDynamicSqlSupport.enrollment;
import static dev.relkit.mapper.school.SchoolRelationships.ENROLLMENT;
import static dev.relkit.mapper.school.SchoolRelationships.ENROLLMENT_COURSE;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT;
import static dev.relkit.mapper.school.StudentDynamicSqlSupport.student;
import static dev.relkit.service.proxy.CatalogueProxies.AUTHOR_BOOKS_PROXY;
import static dev.relkit.service.proxy.CatalogueProxies.ORDER_ITEMS_PROXY;
import static dev.relkit.service.proxy.CatalogueProxies.linkAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The views of {@link AssociationProxy} over plain objects: no session, no database. */
class AssociationProxyTest {

    private final Item tShirt = item(1, "T-Shirt", "19.99");
    private final Item mug = item(2, "Mug", "12.50");
    private final Item hat = item(3, "Hat", "8.99");

    private static Item item(int id, String description, String price) {
        Item item = new Item(description, new BigDecimal(price));
        item.setId(id);
        return item;
    }

    private static Book book(int id, String title) {
        Book book = new Book(title, 100, 1900);
        book.setId(id);
        return book;
    }

    private Order orderWith(Item... items) {
        Order order = new Order("john smith", LocalDateTime.of(2024, 3, 1, 10, 15));
        order.setId(1);
        for (Item item : items) {
            OrderItem line = new OrderItem(2, new BigDecimal("10.00"));
            line.setItem(item);
            line.setOrder(order);
            order.getOrderItems().add(line);
        }
        return order;
    }

    @Test
    void theListViewReadsTheItemsOfTheOrderLinesInLineOrder() {
        Order order = orderWith(tShirt, mug);

        List<Item> items = ORDER_ITEMS_PROXY.list(order);

        assertThat(items).containsExactly(tShirt, mug);
        assertThat(items).hasSize(2).contains(mug).doesNotContain(hat);
        assertThat(items.get(1)).isSameAs(mug);
        assertThat(items.indexOf(mug)).isEqualTo(1);
        assertThat(items.indexOf(hat)).isEqualTo(-1);
    }

    @Test
    void addingAnItemCreatesALineOfQuantityOneAtTheItemsCurrentPriceWithItsBackReference() {
        Order order = orderWith(tShirt);
        List<Item> items = ORDER_ITEMS_PROXY.list(order);

        items.add(mug);

        assertThat(order.getOrderItems()).hasSize(2);
        OrderItem line = order.getOrderItems().get(1);
        assertThat(line).extracting(OrderItem::getItem, OrderItem::getOrder, OrderItem::getQuantity, OrderItem::getPricePaid,
                OrderItem::getItemId, OrderItem::getOrderId).containsExactly(mug, order, 1, new BigDecimal("12.50"), 2, 1);
        assertThat(items).containsExactly(tShirt, mug);
        assertThat(ORDER_ITEMS_PROXY.associationOf(order, mug)).containsSame(line);
    }

    @Test
    void addingAtAnIndexPutsTheNewLineAtThatPosition() {
        Order order = orderWith(tShirt, mug);

        ORDER_ITEMS_PROXY.list(order).add(1, hat);

        assertThat(order.getOrderItems()).extracting(OrderItem::getItem).containsExactly(tShirt, hat, mug);
        assertThatThrownBy(() -> ORDER_ITEMS_PROXY.list(order).add(9, hat)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("Order.orderItems.item");
    }

    @Test
    void removingAnItemTakesItsLineOutOfTheOrderAndClearsTheLinesOrder() {
        Order order = orderWith(tShirt, mug, hat);
        OrderItem mugLine = order.getOrderItems().get(1);
        List<Item> items = ORDER_ITEMS_PROXY.list(order);

        assertThat(items.remove(mug)).isTrue();
        assertThat(items.remove(mug)).isFalse();
        Item removed = items.remove(0);

        assertThat(removed).isSameAs(tShirt);
        assertThat(order.getOrderItems()).extracting(OrderItem::getItem).containsExactly(hat);
        assertThat(mugLine.getOrder()).isNull();
        assertThat(mugLine.getItem()).as("the removed line still names its item").isSameAs(mug);
        assertThat(items).containsExactly(hat);
    }

    @Test
    void settingAnIndexPointsThatLineAtAnotherItem() {
        Order order = orderWith(tShirt, mug);
        OrderItem first = order.getOrderItems().get(0);

        Item previous = ORDER_ITEMS_PROXY.list(order).set(0, hat);

        assertThat(previous).isSameAs(tShirt);
        assertThat(order.getOrderItems().get(0)).isSameAs(first);
        assertThat(first).extracting(OrderItem::getItem, OrderItem::getItemId, OrderItem::getQuantity).containsExactly(hat, 3, 2);
    }

    @Test
    void theViewIsLiveOverChangesMadeToTheLinesDirectly() {
        Order order = orderWith(tShirt);
        List<Item> items = ORDER_ITEMS_PROXY.list(order);

        OrderItem discounted = new OrderItem(1, new BigDecimal("7.00"));
        discounted.setItem(hat);
        order.getOrderItems().add(discounted);

        assertThat(items).containsExactly(tShirt, hat);
    }

    @Test
    void theSetViewAddsABookOnceWithAnAuthorLinkOnBothSides() {
        Author austen = new Author("Jane Austen");
        austen.setId(1);
        Book emma = book(3, "Emma");
        Set<Book> books = AUTHOR_BOOKS_PROXY.set(austen);

        assertThat(books.add(emma)).isTrue();
        assertThat(books.add(emma)).as("already held").isFalse();

        assertThat(austen.getBookLinks()).singleElement().satisfies(link -> {
            assertThat(link).extracting(BookAuthorLink::getRole, BookAuthorLink::getBook, BookAuthorLink::getAuthor,
                    BookAuthorLink::getBookId, BookAuthorLink::getAuthorId).containsExactly("author", emma, austen, 3, 1);
            assertThat(emma.getAuthorLinks()).containsExactly(link);
        });
        assertThat(books).containsExactly(emma);
    }

    @Test
    void aViewWithAnotherCreatorLinksInThatRole() {
        Author shapard = new Author("David M. Shapard");
        Book annotated = book(4, "The Annotated Pride and Prejudice");

        AUTHOR_BOOKS_PROXY.set(shapard, linkAs("editor")).add(annotated);

        assertThat(shapard.getBookLinks()).extracting(BookAuthorLink::getRole, BookAuthorLink::getBook)
                .containsExactly(tuple("editor", annotated));
        assertThatThrownBy(() -> linkAs(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a role");
    }

    @Test
    void removingABookTakesItsLinkOutOfBothCollectionsButTheLinkStillNamesTheBook() {
        Author austen = new Author("Jane Austen");
        Book pride = book(1, "Pride and Prejudice");
        Book emma = book(3, "Emma");
        Set<Book> books = AUTHOR_BOOKS_PROXY.set(austen);
        books.add(pride);
        books.add(emma);
        BookAuthorLink prideLink = austen.getBookLinks().get(0);

        assertThat(books.remove(pride)).isTrue();

        assertThat(austen.getBookLinks()).extracting(BookAuthorLink::getBook).containsExactly(emma);
        assertThat(pride.getAuthorLinks()).isEmpty();
        assertThat(prideLink).extracting(BookAuthorLink::getAuthor, BookAuthorLink::getBook, BookAuthorLink::getBookId)
                .containsExactly(null, pride, 1);
        Iterator<Book> iterator = books.iterator();
        iterator.next();
        iterator.remove();
        assertThat(books).isEmpty();
        assertThat(austen.getBookLinks()).isEmpty();
    }

    @Test
    void theKeyedMapViewReadsPutsReplacesAndRemovesBooksByTitle() {
        Author austen = new Author("Jane Austen");
        Book emma = book(3, "Emma");
        Book otherEmma = book(7, "Emma");
        Book pride = book(1, "Pride and Prejudice");
        Map<String, Book> byTitle = AUTHOR_BOOKS_PROXY.keyedMap(austen, Book::getTitle);

        assertThat(byTitle.put("Emma", emma)).isNull();
        assertThat(byTitle.put("Pride and Prejudice", pride)).isNull();
        assertThat(byTitle).containsOnlyKeys("Emma", "Pride and Prejudice");
        assertThat(byTitle.get("Emma")).isSameAs(emma);
        BookAuthorLink emmaLink = austen.getBookLinks().get(0);

        assertThat(byTitle.put("Emma", otherEmma)).as("the link of that key points at the new book").isSameAs(emma);
        assertThat(austen.getBookLinks()).hasSize(2).first().isSameAs(emmaLink);
        assertThat(emmaLink).extracting(BookAuthorLink::getBook, BookAuthorLink::getBookId).containsExactly(otherEmma, 7);
        assertThat(emma.getAuthorLinks()).isEmpty();
        assertThat(otherEmma.getAuthorLinks()).containsExactly(emmaLink);

        assertThat(byTitle.remove("Pride and Prejudice")).isSameAs(pride);
        assertThat(byTitle).containsExactly(Map.entry("Emma", otherEmma));
        assertThatThrownBy(() -> byTitle.put("Persuasion", emma)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Author.bookLinks.book").hasMessageContaining("under the key 'Persuasion'")
                .hasMessageContaining("its key is 'Emma'");
    }

    /** Declarations the generic signature would reject at compile time, as an unchecked caller could pass them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AssociationProxy<?, ?, ?> ofUnchecked(Relationship associations, Relationship value) {
        return AssociationProxy.of(associations, value, target -> null);
    }

    @Test
    void declarationsThatCannotFormAProxyAreRejectedNamingTheRelationships() {
        assertThatThrownBy(() -> ofUnchecked(ORDER_ITEM_ORDER, ORDER_ITEM_ITEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OrderItem.order is a MANY_TO_ONE reference");
        assertThatThrownBy(() -> ofUnchecked(ORDER_ITEMS, ORDER_ITEMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Order.orderItems is a ONE_TO_MANY collection");
        assertThatThrownBy(() -> ofUnchecked(AUTHOR_BOOK_LINKS, ORDER_ITEM_ITEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds BookAuthorLink objects, but OrderItem.item belongs to OrderItem");
        AssociationProxy<Author, BookAuthorLink, Book> nullCreator = AssociationProxy.of(AUTHOR_BOOK_LINKS, LINK_BOOK, book -> null);
        assertThatThrownBy(() -> nullCreator.set(new Author("x")).add(book(1, "Emma")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Author.bookLinks.book: the creator returned null");
    }

    @Test
    void aProxyOverAViewOnlyCollectionReadsButRejectsChanges() {
        Relationship<Student, Enrollment> readOnlyEnrollments = Relationship.oneToMany("enrollments", STUDENT, ENROLLMENT)
                .on(student.id, enrollment.studentId)
                .list(Student::getEnrollments)
                .viewOnly()
                .build();
        AssociationProxy<Student, Enrollment, Course> courses = AssociationProxy.of(readOnlyEnrollments, ENROLLMENT_COURSE,
                course -> new Enrollment());
        Student ana = new Student("Ana Lima");
        Course algebra = new Course("Algebra");
        Enrollment enrolled = new Enrollment();
        enrolled.setCourse(algebra);
        ana.getEnrollments().add(enrolled);

        List<Course> view = courses.list(ana);

        assertThat(view).containsExactly(algebra);
        assertThatThrownBy(() -> view.add(new Course("Biology"))).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Student.enrollments.course is read-only: Student.enrollments is view-only");
        assertThatThrownBy(() -> view.remove(algebra)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ana.getEnrollments()).containsExactly(enrolled);
    }
}
