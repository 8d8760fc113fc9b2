-- Test-only tables for the unit of work's delete, delete-orphan, many-to-many and view-only cases:
-- baskets own lines (one-to-many, delete + delete-orphan cascade) and are tagged (many-to-many
-- through uow_basket_tag). Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS uow_basket_tag;
DROP TABLE IF EXISTS uow_line;
DROP TABLE IF EXISTS uow_tag;
DROP TABLE IF EXISTS uow_basket;

CREATE TABLE uow_basket (
    id    INT          NOT NULL AUTO_INCREMENT,
    label VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_uow_basket_label (label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE uow_line (
    id        INT          NOT NULL AUTO_INCREMENT,
    basket_id INT          NULL,
    product   VARCHAR(100) NOT NULL,
    quantity  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_uow_line_basket FOREIGN KEY (basket_id) REFERENCES uow_basket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE uow_tag (
    id   INT         NOT NULL AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_uow_tag_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE uow_basket_tag (
    basket_id INT NOT NULL,
    tag_id    INT NOT NULL,
    PRIMARY KEY (basket_id, tag_id),
    CONSTRAINT fk_uow_basket_tag_basket FOREIGN KEY (basket_id) REFERENCES uow_basket (id),
    CONSTRAINT fk_uow_basket_tag_tag FOREIGN KEY (tag_id) REFERENCES uow_tag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO uow_basket (id, label) VALUES (1, 'Groceries'), (2, 'Hardware');
INSERT INTO uow_line (id, basket_id, product, quantity) VALUES
    (1, 1, 'Apples', 6),
    (2, 1, 'Bread', 1),
    (3, 2, 'Hammer', 1);
INSERT INTO uow_tag (id, name) VALUES (1, 'weekly'), (2, 'urgent');
INSERT INTO uow_basket_tag (basket_id, tag_id) VALUES (1, 1), (1, 2), (2, 2);
