-- relkit reference schema: a composite foreign key.
-- customer_order is keyed by (id, customer_id): an order number is only unique per customer.
-- customer_order_line references it with the two-column foreign key (order_id, customer_id),
-- so a join on order_id alone picks up another customer's lines.
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS customer_order_line;
DROP TABLE IF EXISTS customer_order;
DROP TABLE IF EXISTS customer;

CREATE TABLE customer (
    id   INT          NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE customer_order (
    id          INT      NOT NULL,
    customer_id INT      NOT NULL,
    placed_at   DATETIME NOT NULL,
    PRIMARY KEY (id, customer_id),
    KEY ix_customer_order_customer (customer_id),
    CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE customer_order_line (
    id          INT          NOT NULL AUTO_INCREMENT,
    order_id    INT          NOT NULL,
    customer_id INT          NOT NULL,
    product     VARCHAR(100) NOT NULL,
    quantity    INT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_customer_order_line_order (order_id, customer_id),
    CONSTRAINT fk_customer_order_line_order FOREIGN KEY (order_id, customer_id)
        REFERENCES customer_order (id, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
