package dev.relkit.service.proxy;

import dev.relkit.mapper.library.LibraryRelationships;
import dev.relkit.mapper.order.OrderRelationships;
import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;
import dev.relkit.model.library.BookAuthorLink;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.proxy.AssociationProxy;
import dev.relkit.relation.Metamodel;

import java.util.function.Function;

import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR_BOOK_LINKS;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_BOOK;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;

/**
 * The association proxies of the reference domains, declared once each, as SQLAlchemy declares
 * {@code association_proxy} on the class. The views they give are live over the association objects
 * (see {@link AssociationProxy}).
 *
 * <pre>{@code
 * List<Item> items = ORDER_ITEMS_PROXY.list(order);                     // order.items
 * Set<Book> books = AUTHOR_BOOKS_PROXY.set(austen);                     // author.books, new links as "author"
 * Set<Book> edited = AUTHOR_BOOKS_PROXY.set(shapard, linkAs("editor")); // new links as "editor"
 * Map<String, Book> byTitle = AUTHOR_BOOKS_PROXY.keyedMap(austen, Book::getTitle);
 * }</pre>
 */
public final class CatalogueProxies {

    /**
     * {@code Order.items}: the items of an order through {@code Order.orderItems -> OrderItem.item}. An
     * item added through the view becomes an order line of quantity 1 at the item's current price.
     */
    public static final AssociationProxy<Order, OrderItem, Item> ORDER_ITEMS_PROXY = AssociationProxy
            .of(ORDER_ITEMS, ORDER_ITEM_ITEM, CatalogueProxies::lineAtCurrentPrice)
            .backPopulating(Metamodel.of(OrderRelationships.ALL));

    /**
     * {@code Author.books}: an author's books through {@code Author.bookLinks -> BookAuthorLink.book}. A
     * book added through the view gets a link in the role {@code "author"} unless the view was made
     * with another creator ({@link #linkAs(String)}).
     */
    public static final AssociationProxy<Author, BookAuthorLink, Book> AUTHOR_BOOKS_PROXY = AssociationProxy
            .of(AUTHOR_BOOK_LINKS, LINK_BOOK, linkAs("author"))
            .backPopulating(Metamodel.of(LibraryRelationships.ALL));

    private CatalogueProxies() {
    }

    /** A creator of book links in the given role ({@code "author"}, {@code "editor"}). */
    public static Function<Book, BookAuthorLink> linkAs(String role) {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("A book link needs a role (book_author.role is NOT NULL), got '" + role + "'");
        }
        return book -> new BookAuthorLink(role);
    }

    private static OrderItem lineAtCurrentPrice(Item item) {
        if (item.getPrice() == null) {
            throw new IllegalArgumentException("Cannot add " + item + " to an order: it has no current price");
        }
        return new OrderItem(1, item.getPrice());
    }
}
