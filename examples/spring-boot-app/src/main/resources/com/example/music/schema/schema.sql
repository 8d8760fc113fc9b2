-- The music catalogue's schema (idempotent).
DROP TABLE IF EXISTS playlist_entry;
DROP TABLE IF EXISTS playlist;
DROP TABLE IF EXISTS track;
DROP TABLE IF EXISTS artist;

CREATE TABLE artist (
  id   INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE track (
  id        INT AUTO_INCREMENT PRIMARY KEY,
  title     VARCHAR(200) NOT NULL,
  artist_id INT NOT NULL,
  CONSTRAINT fk_track_artist FOREIGN KEY (artist_id) REFERENCES artist (id)
);

CREATE TABLE playlist (
  id   INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE playlist_entry (
  id          INT AUTO_INCREMENT PRIMARY KEY,
  playlist_id INT NOT NULL,
  track_id    INT NOT NULL,
  CONSTRAINT fk_entry_playlist FOREIGN KEY (playlist_id) REFERENCES playlist (id),
  CONSTRAINT fk_entry_track FOREIGN KEY (track_id) REFERENCES track (id)
);
