-- relkit reference schema: purchase orders, items and the order lines between them.
-- Pattern: association object purchase_order -> order_item -> item; order_item carries its own
-- columns (quantity, price_paid), so it is mapped as an entity, not as a plain secondary table.
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS order_item;
DROP TABLE IF EXISTS item;
DROP TABLE IF EXISTS purchase_order;

CREATE TABLE purchase_order (
    id            INT          NOT NULL AUTO_INCREMENT,
    customer_name VARCHAR(100) NOT NULL,
    placed_at     DATETIME     NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE item (
    id          INT           NOT NULL AUTO_INCREMENT,
    description VARCHAR(200)  NOT NULL,
    price       DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE order_item (
    id         INT           NOT NULL AUTO_INCREMENT,
    order_id   INT           NOT NULL,
    item_id    INT           NOT NULL,
    quantity   INT           NOT NULL DEFAULT 1,
    price_paid DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_order_item_order_item (order_id, item_id),
    KEY ix_order_item_item (item_id),
    CONSTRAINT ck_order_item_quantity CHECK (quantity > 0),
    CONSTRAINT fk_order_item_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT fk_order_item_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
