-- The test shop of relkit-spring-boot-autoconfigure's integration tests: three customers, four orders.
DROP TABLE IF EXISTS boot_order;
DROP TABLE IF EXISTS boot_customer;

CREATE TABLE boot_customer (
  id   INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE boot_order (
  id          INT AUTO_INCREMENT PRIMARY KEY,
  reference   VARCHAR(40) NOT NULL,
  customer_id INT NOT NULL,
  CONSTRAINT fk_boot_order_customer FOREIGN KEY (customer_id) REFERENCES boot_customer (id)
);

INSERT INTO boot_customer (id, name) VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Edsger');

INSERT INTO boot_order (id, reference, customer_id) VALUES
  (1, 'A-1', 1), (2, 'A-2', 1), (3, 'G-1', 2), (4, 'E-1', 3);
