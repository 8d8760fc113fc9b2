package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;

/**
 * One equality of a join condition: {@code left = right}. For a relationship's direct join,
 * {@code left} is on the owner's table and {@code right} on the target's table; for a link table,
 * one side is a column of the link table.
 */
public record JoinColumns(SqlColumn<?> left, SqlColumn<?> right) {
}
