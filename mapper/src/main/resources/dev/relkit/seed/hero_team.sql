-- Seed: the SQLModel "heroes with winter and summer teams" scenario.
INSERT INTO team (id, name, headquarters) VALUES
    (1, 'Preventers', 'Sharp Tower'),
    (2, 'Z-Force', 'Sister Margaret''s Bar');

INSERT INTO hero (id, name, secret_name, age, winter_team_id, summer_team_id) VALUES
    (1, 'Deadpond', 'Dive Wilson', NULL, 1, 2),
    (2, 'Rusty-Man', 'Tommy Sharp', 48, 1, 1);
