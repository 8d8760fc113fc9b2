-- Seed: per-customer order numbers under a composite key.
-- Order numbers 1 and 2 exist for both Alice (1) and Bob (2):
--   (1, Alice) has lines 1, 2      (2, Alice) has line 3
--   (1, Bob)   has lines 4, 5, 6   (2, Bob)   has no lines
-- A join on order_id alone would give order 1 five lines and (2, Bob) Alice's line.
-- Carol (3) has no orders.
INSERT INTO customer (id, name) VALUES
    (1, 'Alice'),
    (2, 'Bob'),
    (3, 'Carol');

INSERT INTO customer_order (id, customer_id, placed_at) VALUES
    (1, 1, '2024-05-01 09:00:00'),
    (2, 1, '2024-05-03 10:30:00'),
    (1, 2, '2024-05-02 14:00:00'),
    (2, 2, '2024-05-04 16:45:00');

INSERT INTO customer_order_line (id, order_id, customer_id, product, quantity) VALUES
    (1, 1, 1, 'Widget', 3),
    (2, 1, 1, 'Gadget', 1),
    (3, 2, 1, 'Sprocket', 10),
    (4, 1, 2, 'Widget', 5),
    (5, 1, 2, 'Gizmo', 2),
    (6, 1, 2, 'Doohickey', 1);
