package dev.relkit.load;

import org.mybatis.dynamic.sql.SortSpecification;

import java.util.List;

/**
 * At most {@code limit} targets per owner, added with {@link Load#limitPerParent}: the select-in
 * statement numbers each owner's targets in the relationship's order with
 * {@code ROW_NUMBER() OVER (PARTITION BY <join columns> ORDER BY <order>, <target key>)} in a
 * derived table and keeps the rows numbered up to the limit, so the top N children of every
 * parent come from one statement per chunk of keys, whatever the number of parents (SQLAlchemy's
 * "row-limited relationships with window functions" recipe, as a loader option).
 *
 * <p>A collection loaded with a limit is a partial collection: the unit of work must not take it for
 * the complete one. Load such collections for reading, not in a unit of work that deletes orphans
 * from them.
 *
 * <p>The order is the relationship's declared {@code orderBy} unless the option names its own
 * ({@code limitPerParent(3, employee.hiredAt.descending())}: each department's three most recent
 * hires); the target's key ends it, so ties are broken the same way every time. The loaded
 * collections are in that order.
 *
 * @param limit the number of targets kept per owner, at least 1
 * @param order columns of the target's table to rank by; empty for the relationship's order
 */
public record PerParentLimit(int limit, List<SortSpecification> order) {

    /** The column that numbers each owner's targets inside the derived table. */
    static final String ROW_NUMBER_COLUMN = "relkit_row_number";
    /** The derived table's alias. */
    static final String RANKED_ALIAS = "relkit_ranked";

    /** @throws IllegalArgumentException when {@code limit < 1} */
    public PerParentLimit {
        order = List.copyOf(order);
        if (limit < 1) {
            throw new IllegalArgumentException("a per-parent limit must be at least 1, was " + limit);
        }
    }
}
