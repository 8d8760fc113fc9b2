-- An application's own table next to relkit's, for ExtraScriptsIT. Idempotent.
DROP TABLE IF EXISTS sidekick;

CREATE TABLE sidekick (
    id      INT          NOT NULL AUTO_INCREMENT,
    name    VARCHAR(100) NOT NULL,
    hero_id INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sidekick_hero FOREIGN KEY (hero_id) REFERENCES hero (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO sidekick (id, name, hero_id) VALUES
    (1, 'Dolphin Boy', 1);
