package dev.relkit.mapper.querying;

import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;
import dev.relkit.model.library.BookAuthorLink;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;

import java.util.List;

import static dev.relkit.mapper.querying.AddressDynamicSqlSupport.address;
import static dev.relkit.mapper.querying.AuthorDynamicSqlSupport.author;
import static dev.relkit.mapper.querying.BookAuthorDynamicSqlSupport.bookAuthor;
import static dev.relkit.mapper.querying.BookDynamicSqlSupport.book;
import static dev.relkit.mapper.querying.UserAccountDynamicSqlSupport.userAccount;

/**
 * The relationships the querying patterns join along: {@code User.addresses} and the library's
 * association object ({@code Author.bookLinks}, {@code BookAuthorLink.book}).
 *
 * <p>These declarations are the querying guide's own copy: the user and library domains declare the
 * same relationships in {@code UserRelationships} / {@code LibraryRelationships}, built in parallel.
 * Once both are merged, the querying mappers should import those and this class should go; the
 * entity resultMaps named here are the small ones of {@code UserQueryMapper.xml} and
 * {@code AuthorQueryMapper.xml}.
 *
 * <pre>
 * user_account.id ◄── address.user_id             User.addresses (role alias: addresses)
 * author.id       ◄── book_author.author_id       Author.bookLinks (role alias: book_links)
 * book_author.book_id ──► book.id                 BookAuthorLink.book (role alias: book)
 * </pre>
 */
public final class QueryingRelationships {

    public static final EntityType<User> USER = EntityType.builder(User.class, userAccount)
            .generatedId("id", userAccount.id, User::getId, User::setId)
            .column("name", userAccount.name, User::getName, User::setName)
            .column("fullname", userAccount.fullname, User::getFullname, User::setFullname)
            .column("homeAddressId", userAccount.homeAddressId, User::getHomeAddressId, User::setHomeAddressId)
            .column("workAddressId", userAccount.workAddressId, User::getWorkAddressId, User::setWorkAddressId)
            .resultMap(UserQueryMapper.NAMESPACE + ".userResult")
            .build();

    public static final EntityType<Address> ADDRESS = EntityType.builder(Address.class, address)
            .generatedId("id", address.id, Address::getId, Address::setId)
            .column("userId", address.userId, Address::getUserId, Address::setUserId)
            .column("emailAddress", address.emailAddress, Address::getEmailAddress, Address::setEmailAddress)
            .column("street", address.street, Address::getStreet, Address::setStreet)
            .column("city", address.city, Address::getCity, Address::setCity)
            .column("postalCode", address.postalCode, Address::getPostalCode, Address::setPostalCode)
            .resultMap(UserQueryMapper.NAMESPACE + ".addressResult")
            .build();

    public static final EntityType<Author> AUTHOR = EntityType.builder(Author.class, author)
            .generatedId("id", author.id, Author::getId, Author::setId)
            .column("name", author.name, Author::getName, Author::setName)
            .resultMap(AuthorQueryMapper.NAMESPACE + ".authorResult")
            .build();

    public static final EntityType<Book> BOOK = EntityType.builder(Book.class, book)
            .generatedId("id", book.id, Book::getId, Book::setId)
            .column("title", book.title, Book::getTitle, Book::setTitle)
            .column("pages", book.pages, Book::getPages, Book::setPages)
            .column("publishedYear", book.publishedYear, Book::getPublishedYear, Book::setPublishedYear)
            .resultMap(AuthorQueryMapper.NAMESPACE + ".bookResult")
            .build();

    /** The association object, keyed by (bookId, authorId). */
    public static final EntityType<BookAuthorLink> BOOK_AUTHOR_LINK = EntityType.builder(BookAuthorLink.class, bookAuthor)
            .id("bookId", bookAuthor.bookId, BookAuthorLink::getBookId, BookAuthorLink::setBookId)
            .id("authorId", bookAuthor.authorId, BookAuthorLink::getAuthorId, BookAuthorLink::setAuthorId)
            .column("role", bookAuthor.role, BookAuthorLink::getRole, BookAuthorLink::setRole)
            .resultMap(AuthorQueryMapper.NAMESPACE + ".bookAuthorLinkResult")
            .build();

    /** {@code User.addresses}: one-to-many by {@code address.user_id}. */
    public static final Relationship<User, Address> ADDRESSES = Relationship.oneToMany("addresses", USER, ADDRESS)
            .on(userAccount.id, address.userId)
            .list(User::getAddresses)
            .orderBy(address.id)
            .build();

    /** {@code Author.bookLinks}: one-to-many to the association rows. */
    public static final Relationship<Author, BookAuthorLink> BOOK_LINKS = Relationship.oneToMany("bookLinks", AUTHOR, BOOK_AUTHOR_LINK)
            .on(author.id, bookAuthor.authorId)
            .list(Author::getBookLinks)
            .orderBy(bookAuthor.bookId)
            .build();

    /** {@code BookAuthorLink.book}: many-to-one from the association row to its book. */
    public static final Relationship<BookAuthorLink, Book> LINK_BOOK = Relationship.manyToOne("book", BOOK_AUTHOR_LINK, BOOK)
            .on(bookAuthor.bookId, book.id)
            .reference(BookAuthorLink::getBook, BookAuthorLink::setBook)
            .build();

    /** Every relationship the querying patterns use. */
    public static final List<Relationship<?, ?>> ALL = List.of(ADDRESSES, BOOK_LINKS, LINK_BOOK);

    private QueryingRelationships() {
    }
}
