-- relkit reference schema: users, their addresses and profiles.
-- Patterns: one-to-many user_account -> address (address.user_id), two many-to-ones from
-- user_account to the same table (home_address_id, work_address_id), and one-to-one
-- user_account <-> user_profile (user_profile.user_id is UNIQUE).
-- user_account and address reference each other: the cycle is closed by ALTER TABLE once both
-- tables exist, and opened again (when present) before the drops.
-- Idempotent: drops what it creates, children first.
ALTER TABLE IF EXISTS user_account
    DROP FOREIGN KEY IF EXISTS fk_user_account_home_address,
    DROP FOREIGN KEY IF EXISTS fk_user_account_work_address;
DROP TABLE IF EXISTS user_profile;
DROP TABLE IF EXISTS address;
DROP TABLE IF EXISTS user_account;

CREATE TABLE user_account (
    id              INT          NOT NULL AUTO_INCREMENT,
    name            VARCHAR(30)  NOT NULL,
    fullname        VARCHAR(100) NULL,
    home_address_id INT          NULL,
    work_address_id INT          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_user_account_name (name),
    KEY ix_user_account_home_address (home_address_id),
    KEY ix_user_account_work_address (work_address_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE address (
    id            INT          NOT NULL AUTO_INCREMENT,
    user_id       INT          NULL,
    email_address VARCHAR(255) NOT NULL,
    street        VARCHAR(200) NULL,
    city          VARCHAR(100) NULL,
    postal_code   VARCHAR(20)  NULL,
    PRIMARY KEY (id),
    KEY ix_address_user (user_id),
    CONSTRAINT fk_address_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_profile (
    id      INT          NOT NULL AUTO_INCREMENT,
    user_id INT          NOT NULL,
    bio     VARCHAR(500) NULL,
    website VARCHAR(255) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_user_profile_user (user_id),
    CONSTRAINT fk_user_profile_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE user_account
    ADD CONSTRAINT fk_user_account_home_address FOREIGN KEY (home_address_id) REFERENCES address (id),
    ADD CONSTRAINT fk_user_account_work_address FOREIGN KEY (work_address_id) REFERENCES address (id);
