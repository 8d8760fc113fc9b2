package dev.relkit.load;

import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SortSpecification;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.render.RenderingContext;
import org.mybatis.dynamic.sql.util.FragmentAndParameters;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code row_number() over (partition by a, b order by c desc, d) as alias}, which mybatis-dynamic-sql
 * 1.5.2 has no column for (it has no window functions). Partition and order columns render
 * themselves, so they are qualified exactly as they would be alone (by their table's alias when the
 * statement has joins); an order item that is not a column renders its {@code orderByName}.
 */
final class RowNumberColumn implements BasicColumn {

    private final List<SqlColumn<?>> partition;
    private final List<SortSpecification> order;
    private final String alias;

    private RowNumberColumn(List<SqlColumn<?>> partition, List<SortSpecification> order, String alias) {
        if (partition.isEmpty()) {
            throw new IllegalArgumentException("row_number() needs at least one partition column");
        }
        this.partition = List.copyOf(partition);
        this.order = List.copyOf(order);
        this.alias = alias;
    }

    /** The numbering of rows per {@code partition}, in {@code order}, selected as {@code alias}. */
    static RowNumberColumn of(List<? extends SqlColumn<?>> partition, List<SortSpecification> order, String alias) {
        return new RowNumberColumn(List.copyOf(partition), order, alias);
    }

    @Override
    public FragmentAndParameters render(RenderingContext context) {
        String partitionBy = partition.stream().map(column -> column.render(context).fragment())
                .collect(Collectors.joining(", "));
        String orderBy = order.stream().map(item -> orderItem(item, context)).collect(Collectors.joining(", "));
        return FragmentAndParameters.fromFragment("row_number() over (partition by " + partitionBy
                + (orderBy.isEmpty() ? "" : " order by " + orderBy) + ")");
    }

    private static String orderItem(SortSpecification item, RenderingContext context) {
        if (item instanceof SqlColumn<?> column) {
            return column.render(context).fragment() + (item.isDescending() ? " DESC" : "");
        }
        return item.orderByName() + (item.isDescending() ? " DESC" : "");
    }

    @Override
    public Optional<String> alias() {
        return Optional.ofNullable(alias);
    }

    @Override
    public BasicColumn as(String newAlias) {
        return new RowNumberColumn(partition, order, newAlias);
    }
}
