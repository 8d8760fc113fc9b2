-- Seed: joined-table inheritance with the SQLAlchemy documentation's Krusty Krab staff.
-- person.type says which subclass table holds the rest of a row:
--   Krusty Krab (1): Mr. Krabs (1, manager), SpongeBob (2, engineer), Squidward (3, engineer),
--   Patrick (4, plain person).
--   Chum Bucket (2): Plankton (5, manager), Karen (6, engineer with primary_language NULL).
--   Weenie Hut Jr (3) has no employees.
INSERT INTO company (id, name) VALUES
    (1, 'Krusty Krab'),
    (2, 'Chum Bucket'),
    (3, 'Weenie Hut Jr');

INSERT INTO person (id, company_id, name, type) VALUES
    (1, 1, 'Mr. Krabs', 'manager'),
    (2, 1, 'SpongeBob', 'engineer'),
    (3, 1, 'Squidward', 'engineer'),
    (4, 1, 'Patrick', 'person'),
    (5, 2, 'Plankton', 'manager'),
    (6, 2, 'Karen', 'engineer');

INSERT INTO engineer (id, primary_language, engineer_level) VALUES
    (2, 'Java', 'senior'),
    (3, 'Python', 'junior'),
    (6, NULL, 'principal');

INSERT INTO manager (id, manager_name, budget) VALUES
    (1, 'Eugene H. Krabs', 100000.00),
    (5, 'Sheldon J. Plankton', 3.50);
