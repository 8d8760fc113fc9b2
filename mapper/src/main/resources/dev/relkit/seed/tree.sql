-- Seed: the SQLAlchemy adjacency-list example tree, one level deeper, plus a category tree.
-- tree_node, five levels: rootnode/node4/subnode3/subsubnode1/leaf1.
--   rootnode (1) has the children node1, node3, node2, node4 (inserted in that order).
--   otherroot (12) is a second root whose child is also named node1 (13): names are unique
--   per parent only.
-- category, four levels: Electronics/Computers/Laptops/Gaming Laptops. Books (7) is a root
-- without children.
INSERT INTO tree_node (id, parent_id, name) VALUES
    (1, NULL, 'rootnode'),
    (2, 1, 'node1'),
    (3, 1, 'node3'),
    (4, 1, 'node2'),
    (5, 4, 'subnode1'),
    (6, 4, 'subnode2'),
    (7, 1, 'node4'),
    (8, 7, 'subnode3'),
    (9, 7, 'subnode4'),
    (10, 8, 'subsubnode1'),
    (11, 10, 'leaf1'),
    (12, NULL, 'otherroot'),
    (13, 12, 'node1');

INSERT INTO category (id, parent_id, name) VALUES
    (1, NULL, 'Electronics'),
    (2, 1, 'Computers'),
    (3, 2, 'Laptops'),
    (4, 3, 'Gaming Laptops'),
    (5, 3, 'Ultrabooks'),
    (6, 1, 'Phones'),
    (7, NULL, 'Books'),
    (8, 2, 'Desktops');
