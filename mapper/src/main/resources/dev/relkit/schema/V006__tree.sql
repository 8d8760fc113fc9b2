-- relkit reference schema: self-referential trees (adjacency lists).
-- Patterns: tree_node.parent_id -> tree_node with the children keyed by name (a dictionary
-- collection, hence UNIQUE (parent_id, name)), and category.parent_id -> category with the
-- children as a plain list.
-- MariaDB treats NULLs as distinct in a unique key, so two roots may share a name.
-- Idempotent: drops what it creates.
DROP TABLE IF EXISTS tree_node;
DROP TABLE IF EXISTS category;

CREATE TABLE tree_node (
    id        INT          NOT NULL AUTO_INCREMENT,
    parent_id INT          NULL,
    name      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_tree_node_parent_name (parent_id, name),
    CONSTRAINT fk_tree_node_parent FOREIGN KEY (parent_id) REFERENCES tree_node (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE category (
    id        INT          NOT NULL AUTO_INCREMENT,
    parent_id INT          NULL,
    name      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_category_parent (parent_id),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
