package dev.relkit.demo.tour;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.library.LibraryRelationships;
import dev.relkit.mapper.order.OrderRelationships;
import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.relation.Metamodel;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.RelkitSession;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.relkit.mapper.library.AuthorDynamicSqlSupport.author;
import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR;
import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR_BOOK_LINKS;
import static dev.relkit.mapper.library.LibraryRelationships.BOOK;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_BOOK;
import static dev.relkit.mapper.order.OrderRelationships.ITEM;
import static dev.relkit.mapper.order.OrderRelationships.ORDER;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.service.proxy.CatalogueProxies.AUTHOR_BOOKS_PROXY;
import static dev.relkit.service.proxy.CatalogueProxies.ORDER_ITEMS_PROXY;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Association proxies written through the unit of work: an order created through {@code order.items}
 * (T-Shirt 2 x 19.99, Mug 1 x 12.50) and read back through it, and the delete-orphan book: removing
 * "Pride and Prejudice" from Jane Austen's books deletes its link (delete-orphan on
 * {@code Author.bookLinks}) and then the book, which no link names any more
 * ({@code RelkitSession.deleteTargetsLeftUnlinked(LINK_BOOK)}). Runs after the order and library
 * sections, whose seed rows it uses (and seeds them itself when they are missing).
 */
final class AssociationProxyTour implements TourSection {

    private static final Metamodel ORDERS = Metamodel.of(OrderRelationships.ALL);
    private static final Metamodel LIBRARY = Metamodel.of(LibraryRelationships.ALL);

    private Integer newOrderId;

    @Override
    public String title() {
        return "Association proxies and cascades: order.items, author.books, the delete-orphan book";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeedIfEmpty("item", "dev/relkit/seed/order_item.sql");
        tour.runSeedIfEmpty("author", "dev/relkit/seed/author_book.sql");

        tour.scenario("Association proxy: a new order, T-Shirt and Mug added through order.items, the T-Shirt line set to 2, one flush",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session);
                    Item tShirt = unit.get(ITEM, 1);
                    Item mug = unit.get(ITEM, 2);
                    Order order = new Order("ada lovelace", LocalDateTime.of(2024, 3, 4, 11, 0));
                    List<Item> items = ORDER_ITEMS_PROXY.list(order); // lines of quantity 1 at the current price
                    items.add(tShirt);
                    items.add(mug);
                    ORDER_ITEMS_PROXY.associationOf(order, tShirt).orElseThrow().setQuantity(2);
                    unit.add(order);
                    unit.flush();
                    newOrderId = order.getId();
                    tour.show("order #" + order.getId() + " with lines " + order.getOrderItems());
                    return null;
                });

        tour.scenario("Association proxy: the new order read back (lines and items by one select-in) through order.items",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session);
                    Order order = unit.load(ORDER, List.of(unit.get(ORDER, newOrderId)),
                            LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))).get(0);
                    tour.show("order.items = " + ORDER_ITEMS_PROXY.list(order).stream().map(Item::getDescription).toList());
                    for (OrderItem line : order.getOrderItems()) {
                        tour.show(line.getItem().getDescription() + " " + line.getQuantity() + " x " + line.getPricePaid());
                    }
                    tour.show("total " + order.total());
                    return null;
                });

        tour.scenario("Delete-orphan: remove 'Pride and Prejudice' from Jane Austen's books; the link, then the unlinked book, are deleted",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session);
                    unit.deleteTargetsLeftUnlinked(LINK_BOOK);
                    Author austen = unit.query(AUTHOR, select(author.id, author.name).from(author)
                            .where(author.name, isEqualTo("Jane Austen"))).get(0);
                    unit.load(AUTHOR, List.of(austen), LoadPlan.of(selectIn(AUTHOR_BOOK_LINKS).joined(LINK_BOOK)));
                    Set<Book> books = AUTHOR_BOOKS_PROXY.set(austen);
                    Book pride = books.stream().filter(book -> book.getTitle().equals("Pride and Prejudice")).findFirst().orElseThrow();
                    books.remove(pride);
                    unit.flush();
                    tour.show("Jane Austen's books: " + books.stream().map(Book::getTitle).collect(Collectors.joining(", ")));
                    tour.show("book #" + pride.getId() + " in the database: " + (unit.get(BOOK, pride.getId()) != null));
                    return null;
                });
    }
}
