-- Removes the author/book seed rows the querying section created, links first.
DELETE FROM book_author;
DELETE FROM book;
DELETE FROM author;
