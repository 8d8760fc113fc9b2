-- Seed rows of the HR schema, with fixed keys the tests refer to. Idempotent: empties the tables
-- first, children first, and resets nothing else.
DELETE FROM hr_emp_skill;
DELETE FROM hr_assignment;
DELETE FROM hr_skill;
DELETE FROM hr_project;
UPDATE hr_employee SET mgr_id = NULL;
DELETE FROM hr_employee;
DELETE FROM hr_address;
DELETE FROM hr_department;

INSERT INTO hr_department (dept_id, dept_name, cost_center) VALUES
    (10, 'Engineering', 'CC1000'),
    (20, 'Finance',     'CC2000'),
    (30, 'Legal',       'CC3000');

-- 100 is the head office: Ada, Grace and Alan work there.
INSERT INTO hr_address (addr_id, street, city, zip_cd, country_cd) VALUES
    (100, '1 Main Street',   'Springfield', '10001', 'US'),
    (101, '12 Elm Road',     'Springfield', '10002', 'US'),
    (102, '7 Oak Avenue',    'Shelbyville', '20001', 'US'),
    (103, '3 Birch Lane',    'Springfield', '10003', 'US'),
    (104, '40 Harbour Quay', 'Capital City', '30001', 'US');

-- Ada manages Grace and Alan; Grace manages Linus; Margaret (Finance) has no manager and no address.
INSERT INTO hr_employee (id, emp_name, dept_id, mgr_id, home_addr_id, work_addr_id, hire_dt) VALUES
    (1, 'Ada',      10, NULL, 101, 100, '2015-03-01'),
    (2, 'Grace',    10, 1,    102, 100, '2017-06-15'),
    (3, 'Alan',     10, 1,    103, 100, '2018-01-08'),
    (4, 'Linus',    10, 2,    NULL, 104, '2021-09-20'),
    (5, 'Margaret', 20, NULL, NULL, NULL, '2019-11-04');

INSERT INTO hr_project (proj_id, proj_cd, proj_name) VALUES
    (500, 'APOLLO', 'Apollo'),
    (501, 'GEMINI', 'Gemini'),
    (502, 'LEDGER', 'Ledger rewrite');

INSERT INTO hr_assignment (asgn_id, emp_id, proj_id, role_nm, hours_pw) VALUES
    (900, 1, 500, 'lead',      20.0),
    (901, 2, 500, 'developer', 32.0),
    (902, 2, 501, 'reviewer',   8.0),
    (903, 5, 502, 'owner',     16.0);

INSERT INTO hr_skill (skill_id, skill_nm) VALUES
    (70, 'Java'),
    (71, 'SQL'),
    (72, 'Accounting');

INSERT INTO hr_emp_skill (emp_id, skill_id) VALUES
    (1, 70), (1, 71),
    (2, 70),
    (5, 71), (5, 72);
