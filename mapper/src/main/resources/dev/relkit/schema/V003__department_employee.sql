-- relkit reference schema: departments and employees.
-- Patterns: one-to-many department -> employee (employee.department_id, nullable) and the
-- self-referential adjacency list employee.manager_id -> employee (manager / subordinates).
-- ix_employee_department_hired_at serves "the N most recently hired per department".
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS employee;
DROP TABLE IF EXISTS department;

CREATE TABLE department (
    id   INT          NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_department_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE employee (
    id            INT           NOT NULL AUTO_INCREMENT,
    name          VARCHAR(100)  NOT NULL,
    department_id INT           NULL,
    manager_id    INT           NULL,
    hired_at      DATE          NOT NULL,
    salary        DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_employee_department_hired_at (department_id, hired_at),
    KEY ix_employee_manager (manager_id),
    CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_employee_manager FOREIGN KEY (manager_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
