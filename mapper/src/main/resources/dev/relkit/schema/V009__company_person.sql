-- relkit reference schema: joined-table inheritance.
-- person is the base table with the discriminator column type ('person', 'engineer',
-- 'manager'), engineer and manager hold the subclass columns and share the primary key of
-- person (their id is both primary key and foreign key). company -> person is one-to-many.
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS manager;
DROP TABLE IF EXISTS engineer;
DROP TABLE IF EXISTS person;
DROP TABLE IF EXISTS company;

CREATE TABLE company (
    id   INT          NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_company_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE person (
    id         INT          NOT NULL AUTO_INCREMENT,
    company_id INT          NOT NULL,
    name       VARCHAR(100) NOT NULL,
    type       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_person_company (company_id),
    CONSTRAINT ck_person_type CHECK (type IN ('person', 'engineer', 'manager')),
    CONSTRAINT fk_person_company FOREIGN KEY (company_id) REFERENCES company (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE engineer (
    id               INT         NOT NULL,
    primary_language VARCHAR(50) NULL,
    engineer_level   VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engineer_person FOREIGN KEY (id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE manager (
    id           INT           NOT NULL,
    manager_name VARCHAR(100)  NOT NULL,
    budget       DECIMAL(12,2) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_manager_person FOREIGN KEY (id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
