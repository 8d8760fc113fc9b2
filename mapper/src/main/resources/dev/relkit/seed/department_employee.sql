-- Seed: four departments and fourteen employees with distinct hire dates.
-- Edge cases:
--   Legal (4) has no employees. Support (3) has two, fewer than three.
--   Olivia Reed (1), the CEO, has no department and no manager.
--   Management chain four levels deep: Olivia Reed (1) -> Marcus Webb (2) -> Tom Becker (4)
--   -> Sam Okafor (6), Ken Watanabe (8), Noah Schmidt (10).
--   Lena Fischer (5, Support) reports to the department-less CEO.
--   Hire dates do not follow ids, so "most recently hired" differs from "highest id":
--   Engineering's three most recent are 6, 10, 8. Sales's are 7, 9, 13.
INSERT INTO department (id, name) VALUES
    (1, 'Engineering'),
    (2, 'Sales'),
    (3, 'Support'),
    (4, 'Legal');

INSERT INTO employee (id, name, department_id, manager_id, hired_at, salary) VALUES
    (1, 'Olivia Reed', NULL, NULL, '2012-01-09', 250000.00),
    (2, 'Marcus Webb', 1, 1, '2013-04-15', 180000.00),
    (3, 'Priya Nair', 2, 1, '2014-06-02', 150000.00),
    (4, 'Tom Becker', 1, 2, '2016-09-19', 140000.00),
    (5, 'Lena Fischer', 3, 1, '2017-02-13', 95000.00),
    (6, 'Sam Okafor', 1, 4, '2024-06-03', 120000.00),
    (7, 'Julia Santos', 2, 3, '2023-03-27', 85000.00),
    (8, 'Ken Watanabe', 1, 4, '2020-07-01', 115000.00),
    (9, 'Aisha Karim', 2, 3, '2021-01-18', 82000.00),
    (10, 'Noah Schmidt', 1, 4, '2022-05-09', 110000.00),
    (11, 'Mia Rossi', 3, 5, '2023-08-14', 70000.00),
    (12, 'Leo Martin', 1, 2, '2017-10-02', 125000.00),
    (13, 'Zoe Turner', 2, 3, '2020-10-05', 78000.00),
    (14, 'Omar Haddad', 2, 3, '2015-08-10', 90000.00);
