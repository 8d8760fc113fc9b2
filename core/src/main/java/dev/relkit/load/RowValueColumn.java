package dev.relkit.load;

import org.mybatis.dynamic.sql.BindableColumn;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.render.RenderingContext;
import org.mybatis.dynamic.sql.select.render.DefaultSelectStatementProvider;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.FragmentAndParameters;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A row value {@code (a, b)} for the left side of a condition, which mybatis-dynamic-sql 1.5.2 has
 * no column for: {@code group(RowValueColumn.of(lineOrderId, lineCustomerId), isIn(subselect))}
 * renders {@code (order_id, customer_id) in (select ...)}, which MariaDB evaluates row by row.
 *
 * <p>Each column renders itself, so it is qualified exactly as it would be alone: unqualified in a
 * single-table statement, by its table's alias (or name) when the statement has joins, with a
 * schema-qualified table's alias calculation left to the library. Only conditions that compare the
 * row value with a subselect make sense; a row value cannot be bound as a parameter or aliased.
 *
 * <p>mybatis-dynamic-sql 1.5.2 strips a {@code where} clause of one criterion of its first and last
 * character when they are {@code (} and {@code )}, taking them for a group's parentheses; a lone
 * {@code (a, b) in (select ...)} loses the row value's opening and the subselect's closing
 * parenthesis. {@link #restoreLoneWhereParentheses} puts them back on such a statement.
 */
final class RowValueColumn implements BindableColumn<Object> {

    private static final String WHERE = " where ";
    private static final String ORDER_BY = " order by ";

    private final List<SqlColumn<?>> columns;

    private RowValueColumn(List<SqlColumn<?>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The row value of {@code columns}, in order. */
    static RowValueColumn of(List<? extends SqlColumn<?>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a row value needs at least one column");
        }
        return new RowValueColumn(List.copyOf(columns));
    }

    /**
     * Puts back the parentheses mybatis-dynamic-sql strips from a {@code where} clause made of one
     * row-value criterion. {@code statement} must have been rendered from such a clause followed by
     * an {@code order by}: the clause is the text between the first {@code " where "} (the statement
     * selects plain columns from tables and joins, so no earlier where) and the last
     * {@code " order by "} (any subselect's is inside the clause).
     */
    static SelectStatementProvider restoreLoneWhereParentheses(SelectStatementProvider statement) {
        String sql = statement.getSelectStatement();
        int where = sql.indexOf(WHERE);
        int orderBy = sql.lastIndexOf(ORDER_BY);
        if (where < 0 || orderBy < where) {
            throw new IllegalStateException("expected a statement with where and order by clauses: " + sql);
        }
        int clause = where + WHERE.length();
        if (sql.charAt(clause) == '(') {
            return statement; // not stripped (a library version that leaves the row value alone)
        }
        String restored = sql.substring(0, clause) + "(" + sql.substring(clause, orderBy) + ")" + sql.substring(orderBy);
        return DefaultSelectStatementProvider.withSelectStatement(restored)
                .withParameters(statement.getParameters())
                .build();
    }

    @Override
    public FragmentAndParameters render(RenderingContext renderingContext) {
        return FragmentAndParameters.fromFragment(columns.stream()
                .map(column -> column.render(renderingContext).fragment())
                .collect(Collectors.joining(", ", "(", ")")));
    }

    @Override
    public Optional<String> alias() {
        return Optional.empty();
    }

    @Override
    public BindableColumn<Object> as(String alias) {
        throw new UnsupportedOperationException("the row value " + columns.stream().map(SqlColumn::name)
                .collect(Collectors.joining(", ", "(", ")")) + " cannot be aliased (asked for " + alias + ")");
    }
}
