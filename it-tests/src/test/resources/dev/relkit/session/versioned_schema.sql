-- VersionedWriteIT's own table: an account whose row carries an optimistic-locking version.
DROP TABLE IF EXISTS versioned_account;
CREATE TABLE versioned_account (
    id      INT          NOT NULL AUTO_INCREMENT,
    owner   VARCHAR(100) NOT NULL,
    balance INT          NOT NULL,
    version INT          NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO versioned_account (id, owner, balance, version) VALUES (1, 'Ada', 48, 1);
