-- The harness tests' seed rows.
INSERT INTO team (id, name) VALUES
    (1, 'Preventers'),
    (2, 'Z-Force');

INSERT INTO hero (id, name, secret_name, age, winter_team_id) VALUES
    (1, 'Deadpond', 'Dive Wilson', NULL, 1),
    (2, 'Rusty-Man', 'Tommy Sharp', 48, 1);
