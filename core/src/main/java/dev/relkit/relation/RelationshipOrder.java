package dev.relkit.relation;

import org.mybatis.dynamic.sql.SortSpecification;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.select.ColumnSortSpecification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A relationship's declared collection order ({@link Relationship#orderBy()}, SQLAlchemy's
 * {@code order_by}) applied to a query that joins the target under an alias.
 *
 * <p>The declaration names the target's base columns ({@code comment.created_at}); a joined query
 * needs them qualified with the alias the target is joined under ({@code comments.created_at}),
 * because mybatis-dynamic-sql renders a bare column in {@code ORDER BY} by its name only, which the
 * database would resolve against the select list (often the parent's column of the same name).
 *
 * <pre>{@code
 * .orderBy(RelationshipOrder.after(post.id, POST_COMMENTS))
 * // order by id, comments.created_at, comments.id
 * }</pre>
 */
public final class RelationshipOrder {

    private RelationshipOrder() {
    }

    /**
     * The declared order, qualified with the relationship's {@linkplain Relationship#roleAlias() role
     * alias}, then those of the target's key columns it does not already sort by, so that rows with
     * equal sort values still come back in a stable order.
     */
    public static SortSpecification[] of(Relationship<?, ?> relationship) {
        return of(relationship, relationship.roleAlias());
    }

    /** As {@link #of(Relationship)}, for a target joined under another alias. */
    public static SortSpecification[] of(Relationship<?, ?> relationship, String targetAlias) {
        SqlIdentifier.alias("RelationshipOrder.of target alias", targetAlias);
        List<SortSpecification> specifications = new ArrayList<>();
        Set<String> sortedColumns = new HashSet<>();
        for (SortSpecification specification : relationship.orderBy()) {
            specifications.add(qualify(specification, targetAlias));
            if (specification instanceof SqlColumn<?> column) {
                sortedColumns.add(column.name());
            }
        }
        for (Attribute<?, ?> key : relationship.target().idAttributes()) {
            if (sortedColumns.add(key.columnName())) {
                specifications.add(new ColumnSortSpecification(targetAlias, key.column()));
            }
        }
        return specifications.toArray(SortSpecification[]::new);
    }

    /**
     * The parent's own sort columns first (so each parent's rows stay together and collapse into one
     * object), then the relationship's order. The varargs shape fits {@code .orderBy(...)}.
     */
    public static SortSpecification[] after(SortSpecification parentOrder, Relationship<?, ?>... relationships) {
        List<SortSpecification> all = new ArrayList<>();
        all.add(parentOrder);
        for (Relationship<?, ?> relationship : relationships) {
            all.addAll(List.of(of(relationship)));
        }
        return all.toArray(SortSpecification[]::new);
    }

    /**
     * The order as SQL text ({@code comments.created_at, comments.id}), for comparing a hand-written
     * XML {@code ORDER BY} with the declaration.
     */
    public static String sql(Relationship<?, ?> relationship) {
        StringBuilder sql = new StringBuilder();
        for (SortSpecification specification : of(relationship)) {
            if (sql.length() > 0) {
                sql.append(", ");
            }
            sql.append(specification.orderByName());
            if (specification.isDescending()) {
                sql.append(" DESC");
            }
        }
        return sql.toString();
    }

    private static SortSpecification qualify(SortSpecification specification, String alias) {
        if (!(specification instanceof SqlColumn<?> column)) {
            // already explicit (sortColumn("...") or a ColumnSortSpecification): keep as declared
            return specification;
        }
        SortSpecification qualified = new ColumnSortSpecification(alias, column);
        return column.isDescending() ? qualified.descending() : qualified;
    }
}
