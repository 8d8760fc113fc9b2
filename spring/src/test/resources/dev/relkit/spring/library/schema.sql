-- The test library of relkit-spring's integration tests: three authors and their books.
DROP TABLE IF EXISTS spring_book;
DROP TABLE IF EXISTS spring_author;

CREATE TABLE spring_author (
  id   INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE spring_book (
  id        INT AUTO_INCREMENT PRIMARY KEY,
  title     VARCHAR(200) NOT NULL,
  author_id INT NOT NULL,
  CONSTRAINT fk_spring_book_author FOREIGN KEY (author_id) REFERENCES spring_author (id)
);

INSERT INTO spring_author (id, name) VALUES
  (1, 'Ursula K. Le Guin'),
  (2, 'Stanislaw Lem'),
  (3, 'Octavia E. Butler');

INSERT INTO spring_book (id, title, author_id) VALUES
  (1, 'A Wizard of Earthsea', 1),
  (2, 'The Dispossessed', 1),
  (3, 'Solaris', 2),
  (4, 'Kindred', 3),
  (5, 'Parable of the Sower', 3);
