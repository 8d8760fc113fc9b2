-- Two artists, four tracks, one playlist of two tracks.
INSERT INTO artist (id, name) VALUES (1, 'Nina Simone'), (2, 'Miles Davis');
INSERT INTO track (id, title, artist_id) VALUES
  (1, 'Feeling Good', 1), (2, 'Sinnerman', 1), (3, 'So What', 2), (4, 'Blue in Green', 2);
INSERT INTO playlist (id, name) VALUES (1, 'Late Night');
INSERT INTO playlist_entry (id, playlist_id, track_id) VALUES (1, 1, 3), (2, 1, 1);
