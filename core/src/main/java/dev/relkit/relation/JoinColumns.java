package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;

/**
 * One equality of a join condition: {@code left = right}. For a relationship's direct join,
 * {@code left} is on the owner's table and {@code right} on the target's table; for a link table,
 * one side is a column of the link table. Built by {@link Relationship.Builder#on} and
 * {@link Relationship.Builder#secondaryOn}; loaders read parent and child keys through the entity
 * attributes declared on these columns.
 *
 * @param left  the column on the side the join starts from (the owner, or the link table)
 * @param right the column on the side it reaches (the target, or the link table)
 */
public record JoinColumns(SqlColumn<?> left, SqlColumn<?> right) {
}
