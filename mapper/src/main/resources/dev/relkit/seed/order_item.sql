-- Seed: the SQLAlchemy association-object shop (orders, items, order lines).
-- Totals (sum of quantity x price_paid): order 1 = 49.98, order 2 = 69.96, order 3 = 0.
-- Edge cases: order 3 (ed) has no lines, Crowbar (4) was never ordered, and price_paid differs
-- from the item's list price on two lines (Mug at 10.00 in order 1, T-Shirt at 17.99 in order 2).
INSERT INTO purchase_order (id, customer_name, placed_at) VALUES
    (1, 'john smith', '2024-03-01 10:15:00'),
    (2, 'jane doe', '2024-03-02 16:40:00'),
    (3, 'ed', '2024-03-03 09:05:00');

INSERT INTO item (id, description, price) VALUES
    (1, 'T-Shirt', 19.99),
    (2, 'Mug', 12.50),
    (3, 'Hat', 8.99),
    (4, 'Crowbar', 10.99);

INSERT INTO order_item (id, order_id, item_id, quantity, price_paid) VALUES
    (1, 1, 1, 2, 19.99),
    (2, 1, 2, 1, 10.00),
    (3, 2, 3, 3, 8.99),
    (4, 2, 2, 2, 12.50),
    (5, 2, 1, 1, 17.99);
