package dev.relkit.mapper.library;

/**
 * Book-author links (the association object). The XML publishes {@code bookAuthorLinkColumns},
 * {@code bookAuthorLinkResult} and the two directions {@code bookAuthorLinkWithAuthorResult} /
 * {@code bookAuthorLinkWithBookResult} for book and author queries.
 */
public interface BookAuthorLinkMapper {

    String NAMESPACE = "dev.relkit.mapper.library.BookAuthorLinkMapper";
}
