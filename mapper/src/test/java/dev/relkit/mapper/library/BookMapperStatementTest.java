package dev.relkit.mapper.library;

import dev.relkit.mapper.XmlStatements;
import dev.relkit.relation.RelationshipOrder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both directions of the book-author association object, as exact SQL; the ITs run them on MariaDB. */
class BookMapperStatementTest {

    @Test
    void booksJoinTheirAuthorLinksAndEachLinksAuthor() {
        assertThat(BookMapper.selectAllWithAuthorsStatement().getSelectStatement()).isEqualTo(
                "select book.id, book.title, book.pages, book.published_year,"
                        + " author_links.book_id as al_book_id, author_links.author_id as al_author_id,"
                        + " author_links.role as al_role, author.id as al_a_id, author.name as al_a_name"
                        + " from book left join book_author author_links on author_links.book_id = book.id"
                        + " left join author author on author.id = author_links.author_id"
                        + " order by id, author_links.author_id, author_links.book_id");
    }

    @Test
    void authorsJoinTheirBookLinksAndEachLinksBook() {
        assertThat(AuthorMapper.selectAllWithBooksStatement().getSelectStatement()).isEqualTo(
                "select author.id, author.name,"
                        + " book_links.book_id as bl_book_id, book_links.author_id as bl_author_id,"
                        + " book_links.role as bl_role, book.id as bl_b_id, book.title as bl_b_title,"
                        + " book.pages as bl_b_pages, book.published_year as bl_b_published_year"
                        + " from author left join book_author book_links on book_links.author_id = author.id"
                        + " left join book book on book.id = book_links.book_id"
                        + " order by id, book_links.book_id, book_links.author_id");
    }

    @Test
    void xmlOrderByFollowsTheDeclaredLinkOrders() {
        assertThat(XmlStatements.sql(BookMapper.NAMESPACE, "selectAllWithAuthors"))
                .endsWith(" ORDER BY book.id, " + RelationshipOrder.sql(LibraryRelationships.BOOK_AUTHOR_LINKS));
        assertThat(XmlStatements.sql(AuthorMapper.NAMESPACE, "selectAllWithBooks"))
                .endsWith(" ORDER BY author.id, " + RelationshipOrder.sql(LibraryRelationships.AUTHOR_BOOK_LINKS));
    }
}
