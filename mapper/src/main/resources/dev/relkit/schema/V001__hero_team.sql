-- relkit reference schema: heroes and teams (two foreign keys from hero to team).
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS hero;
DROP TABLE IF EXISTS team;

CREATE TABLE team (
    id           INT          NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    headquarters VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_team_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE hero (
    id             INT          NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100) NOT NULL,
    secret_name    VARCHAR(100) NOT NULL,
    age            INT          NULL,
    winter_team_id INT          NULL,
    summer_team_id INT          NULL,
    PRIMARY KEY (id),
    KEY ix_hero_winter_team (winter_team_id),
    KEY ix_hero_summer_team (summer_team_id),
    CONSTRAINT fk_hero_winter_team FOREIGN KEY (winter_team_id) REFERENCES team (id),
    CONSTRAINT fk_hero_summer_team FOREIGN KEY (summer_team_id) REFERENCES team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
