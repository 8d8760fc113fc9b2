-- Seed: authors and books linked through book_author with a role.
-- Edge cases:
--   Jane Austen (1) has four books: Pride and Prejudice, Sense and Sensibility, Emma and, as
--   author beside David M. Shapard (2) as editor, The Annotated Pride and Prejudice (4).
--   Good Omens (5) has two authors in the same role. Charlotte Bronte (5) has no books.
--   Beowulf (6) has no authors and no published_year.
--   Page counts range from 128 to 740.
INSERT INTO author (id, name) VALUES
    (1, 'Jane Austen'),
    (2, 'David M. Shapard'),
    (3, 'Terry Pratchett'),
    (4, 'Neil Gaiman'),
    (5, 'Charlotte Bronte');

INSERT INTO book (id, title, pages, published_year) VALUES
    (1, 'Pride and Prejudice', 432, 1813),
    (2, 'Sense and Sensibility', 409, 1811),
    (3, 'Emma', 474, 1815),
    (4, 'The Annotated Pride and Prejudice', 740, 2012),
    (5, 'Good Omens', 288, 1990),
    (6, 'Beowulf', 128, NULL);

INSERT INTO book_author (book_id, author_id, role) VALUES
    (1, 1, 'author'),
    (2, 1, 'author'),
    (3, 1, 'author'),
    (4, 1, 'author'),
    (4, 2, 'editor'),
    (5, 3, 'author'),
    (5, 4, 'author');
