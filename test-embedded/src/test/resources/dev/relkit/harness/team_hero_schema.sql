-- The harness tests' own schema: two tables, one foreign key, auto-increment ids. Idempotent.
DROP TABLE IF EXISTS sidekick;
DROP TABLE IF EXISTS hero;
DROP TABLE IF EXISTS team;

CREATE TABLE team (
    id   INT          NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_team_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE hero (
    id             INT          NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100) NOT NULL,
    secret_name    VARCHAR(100) NOT NULL,
    age            INT          NULL,
    winter_team_id INT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_hero_winter_team FOREIGN KEY (winter_team_id) REFERENCES team (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
