-- Seed: the SQLAlchemy unified tutorial's users and addresses, plus homes, workplaces and
-- profiles. Edge cases:
--   patrick (3) has no addresses, no home, no work address and no profile.
--   sandy (2) owns two addresses, one of them e-mail only (street, city, postal_code NULL).
--   The Krusty Krab (address 5) belongs to ehkrabs and is the work address of three users,
--   ehkrabs (5) among them, who has a work address but no home address.
--   The Chum Bucket (address 6) has no user (address.user_id NULL) and nobody points at it.
--   Profile ids differ from user ids (profile 1 is sandy's), so joining on the wrong column shows.
-- user_account and address reference each other: users first, addresses, then the user links.
INSERT INTO user_account (id, name, fullname, home_address_id, work_address_id) VALUES
    (1, 'spongebob', 'Spongebob Squarepants', NULL, NULL),
    (2, 'sandy', 'Sandy Cheeks', NULL, NULL),
    (3, 'patrick', 'Patrick Star', NULL, NULL),
    (4, 'squidward', 'Squidward Tentacles', NULL, NULL),
    (5, 'ehkrabs', 'Eugene H. Krabs', NULL, NULL);

INSERT INTO address (id, user_id, email_address, street, city, postal_code) VALUES
    (1, 1, 'spongebob@sqlalchemy.org', '124 Conch Street', 'Bikini Bottom', '96970'),
    (2, 2, 'sandy@sqlalchemy.org', '1 Treedome Lane', 'Bikini Bottom', '96970'),
    (3, 2, 'sandy@squirrelpower.org', NULL, NULL, NULL),
    (4, 4, 'squidward@sqlalchemy.org', '122 Conch Street', 'Bikini Bottom', '96970'),
    (5, 5, 'ehkrabs@sqlalchemy.org', '831 Bottom Feeder Lane', 'Bikini Bottom', '96971'),
    (6, NULL, 'plankton@chumbucket.example', '833 Bottom Feeder Lane', 'Bikini Bottom', '96971');

UPDATE user_account SET home_address_id = 1, work_address_id = 5 WHERE id = 1;
UPDATE user_account SET home_address_id = 2, work_address_id = NULL WHERE id = 2;
UPDATE user_account SET home_address_id = 4, work_address_id = 5 WHERE id = 4;
UPDATE user_account SET home_address_id = NULL, work_address_id = 5 WHERE id = 5;

INSERT INTO user_profile (id, user_id, bio, website) VALUES
    (1, 2, 'Scientist and karate champion from Texas.', 'https://squirrelpower.org'),
    (2, 1, 'Fry cook at the Krusty Krab. I''m ready!', NULL),
    (3, 4, NULL, NULL);
