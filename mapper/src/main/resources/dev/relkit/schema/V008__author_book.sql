-- relkit reference schema: authors and books.
-- Pattern: association object book <-> author through book_author, which carries the role the
-- author played on the book ('author', 'editor', ...).
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS book_author;
DROP TABLE IF EXISTS book;
DROP TABLE IF EXISTS author;

CREATE TABLE author (
    id   INT          NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE book (
    id             INT          NOT NULL AUTO_INCREMENT,
    title          VARCHAR(200) NOT NULL,
    pages          INT          NOT NULL,
    published_year INT          NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE book_author (
    book_id   INT         NOT NULL,
    author_id INT         NOT NULL,
    role      VARCHAR(20) NOT NULL DEFAULT 'author',
    PRIMARY KEY (book_id, author_id),
    KEY ix_book_author_author (author_id),
    CONSTRAINT fk_book_author_book FOREIGN KEY (book_id) REFERENCES book (id),
    CONSTRAINT fk_book_author_author FOREIGN KEY (author_id) REFERENCES author (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
