-- The HR application's schema: legacy table and column names (hr_ prefix, abbreviated columns),
-- mapped to Java properties by explicit resultMaps and relkit declarations.
--   hr_department  1 - n  hr_employee        (dept_id; nullable)
--   hr_employee    n - 1  hr_employee        (mgr_id: the management chain)
--   hr_employee    n - 1  hr_address  twice  (home_addr_id, work_addr_id: two foreign keys to one table)
--   hr_employee    1 - n  hr_assignment n - 1 hr_project (an association object with role and hours)
--   hr_employee    n - n  hr_skill            (through the pure link table hr_emp_skill)
-- hr_employee keeps its key column named id: relkit's recursiveSubtree CTE reads the key as id.
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS hr_emp_skill;
DROP TABLE IF EXISTS hr_assignment;
DROP TABLE IF EXISTS hr_skill;
DROP TABLE IF EXISTS hr_project;
DROP TABLE IF EXISTS hr_employee;
DROP TABLE IF EXISTS hr_address;
DROP TABLE IF EXISTS hr_department;

CREATE TABLE hr_department (
    dept_id     INT          NOT NULL AUTO_INCREMENT,
    dept_name   VARCHAR(100) NOT NULL,
    cost_center CHAR(6)      NOT NULL,
    PRIMARY KEY (dept_id),
    UNIQUE KEY uq_hr_department_name (dept_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE hr_address (
    addr_id    INT          NOT NULL AUTO_INCREMENT,
    street     VARCHAR(200) NOT NULL,
    city       VARCHAR(100) NOT NULL,
    zip_cd     VARCHAR(12)  NOT NULL,
    country_cd CHAR(2)      NOT NULL,
    PRIMARY KEY (addr_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE hr_employee (
    id           INT          NOT NULL AUTO_INCREMENT,
    emp_name     VARCHAR(100) NOT NULL,
    dept_id      INT          NULL,
    mgr_id       INT          NULL,
    home_addr_id INT          NULL,
    work_addr_id INT          NULL,
    hire_dt      DATE         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_hr_employee_dept (dept_id),
    KEY ix_hr_employee_mgr (mgr_id),
    CONSTRAINT fk_hr_employee_dept FOREIGN KEY (dept_id) REFERENCES hr_department (dept_id),
    CONSTRAINT fk_hr_employee_mgr FOREIGN KEY (mgr_id) REFERENCES hr_employee (id),
    CONSTRAINT fk_hr_employee_home_addr FOREIGN KEY (home_addr_id) REFERENCES hr_address (addr_id),
    CONSTRAINT fk_hr_employee_work_addr FOREIGN KEY (work_addr_id) REFERENCES hr_address (addr_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE hr_project (
    proj_id   INT          NOT NULL AUTO_INCREMENT,
    proj_cd   VARCHAR(20)  NOT NULL,
    proj_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (proj_id),
    UNIQUE KEY uq_hr_project_cd (proj_cd)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The association object between employees and projects: a row of its own, with its own columns.
CREATE TABLE hr_assignment (
    asgn_id  INT          NOT NULL AUTO_INCREMENT,
    emp_id   INT          NOT NULL,
    proj_id  INT          NOT NULL,
    role_nm  VARCHAR(40)  NOT NULL,
    hours_pw DECIMAL(4,1) NOT NULL,
    PRIMARY KEY (asgn_id),
    UNIQUE KEY uq_hr_assignment_emp_proj (emp_id, proj_id),
    KEY ix_hr_assignment_proj (proj_id),
    CONSTRAINT fk_hr_assignment_emp FOREIGN KEY (emp_id) REFERENCES hr_employee (id),
    CONSTRAINT fk_hr_assignment_proj FOREIGN KEY (proj_id) REFERENCES hr_project (proj_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE hr_skill (
    skill_id INT         NOT NULL AUTO_INCREMENT,
    skill_nm VARCHAR(60) NOT NULL,
    PRIMARY KEY (skill_id),
    UNIQUE KEY uq_hr_skill_nm (skill_nm)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A pure link table: nothing but the two keys.
CREATE TABLE hr_emp_skill (
    emp_id   INT NOT NULL,
    skill_id INT NOT NULL,
    PRIMARY KEY (emp_id, skill_id),
    KEY ix_hr_emp_skill_skill (skill_id),
    CONSTRAINT fk_hr_emp_skill_emp FOREIGN KEY (emp_id) REFERENCES hr_employee (id),
    CONSTRAINT fk_hr_emp_skill_skill FOREIGN KEY (skill_id) REFERENCES hr_skill (skill_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
