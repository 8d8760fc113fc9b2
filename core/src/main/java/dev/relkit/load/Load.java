package dev.relkit.load;

import dev.relkit.relation.LoadStrategy;
import dev.relkit.relation.Relationship;
import org.mybatis.dynamic.sql.BindableColumn;
import org.mybatis.dynamic.sql.SortSpecification;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.VisitableCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.mybatis.dynamic.sql.SqlBuilder.group;

/**
 * One loader option: how one relationship is loaded for one query, and, chained after it, how the
 * relationships of its targets are loaded; SQLAlchemy's {@code selectinload(...).joinedload(...)}.
 *
 * <pre>{@code
 * import static dev.relkit.load.Loading.*;
 *
 * selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM)          // orders, their order items, each one's Item: 2 statements
 * selectIn(ADDRESSES).where(address.city, isEqualTo(x))  // only the matching addresses
 * selectIn(CHILDREN).recursive(4)                        // four levels, one statement each
 * selectIn(POST_COMMENTS).loadOnly(comment.body)          // only body (and key, join, order columns)
 * selectIn(EMPLOYEES).limitPerParent(3)                   // each owner's first three, one statement
 * }</pre>
 *
 * <p>Options are immutable; every chaining method returns a new option.
 */
public final class Load {

    private final Relationship<?, ?> relationship;
    private final LoadStrategy strategy;
    private final List<Load> children;
    private final List<SqlCriterion> criteria;
    private final int recursionDepth;
    private final LoadOnly loadOnly;
    private final PerParentLimit perParentLimit;

    private Load(Relationship<?, ?> relationship, LoadStrategy strategy, List<Load> children,
                 List<SqlCriterion> criteria, int recursionDepth, LoadOnly loadOnly, PerParentLimit perParentLimit) {
        this.relationship = Objects.requireNonNull(relationship, "relationship");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.children = List.copyOf(children);
        this.criteria = List.copyOf(criteria);
        this.recursionDepth = recursionDepth;
        this.loadOnly = loadOnly;
        this.perParentLimit = perParentLimit;
    }

    private Load withChildren(List<Load> newChildren) {
        return new Load(relationship, strategy, newChildren, criteria, recursionDepth, loadOnly, perParentLimit);
    }

    /**
     * An option for one relationship; {@link Loading} has a factory per strategy.
     *
     * @throws NullPointerException when either argument is null
     */
    public static Load of(Relationship<?, ?> relationship, LoadStrategy strategy) {
        return new Load(relationship, strategy, List.of(), List.of(), 0, null, null);
    }

    /**
     * Chains an option for a relationship of the targets at the end of this chain: after
     * {@code selectIn(A).selectIn(B)}, {@code then(C, ...)} loads {@code C} on {@code B}'s targets. To
     * load another relationship of this option's own targets, use {@link #with}.
     *
     * @return a new option; this one is unchanged
     * @throws IllegalArgumentException when {@code next} is not owned by the chain's last target
     *     entity, naming both relationships
     */
    public Load then(Relationship<?, ?> next, LoadStrategy nextStrategy) {
        Load child = of(next, nextStrategy);
        if (next.owner().javaType() != lastTargetType()) {
            throw new IllegalArgumentException("Cannot chain " + next.qualifiedName() + " after "
                    + last().relationship.qualifiedName() + ": its targets are " + lastTargetType().getSimpleName()
                    + ", not " + next.owner().name());
        }
        return appendAtEnd(child);
    }

    /**
     * {@link #then} with {@link LoadStrategy#SELECT_IN}: one {@code IN} statement per chunk of the
     * previous level's keys.
     */
    public Load selectIn(Relationship<?, ?> next) {
        return then(next, LoadStrategy.SELECT_IN);
    }

    /**
     * {@link #then} with {@link LoadStrategy#JOINED}: under a {@code selectIn} or {@code subquery}, the
     * relationship is joined into that option's generated statement, so it costs no statement of its
     * own. Under a {@code joined} option the statement that loaded the parents must have mapped it
     * already (a nested resultMap); relkit then only makes its targets one object per key.
     */
    public Load joined(Relationship<?, ?> next) {
        return then(next, LoadStrategy.JOINED);
    }

    /**
     * {@link #then} with {@link LoadStrategy#SUBQUERY}. Subquery loading needs the parent query, which
     * a chained level does not have: the loader refuses it there with an
     * {@code UnsupportedOperationException}; chain {@link #selectIn} instead.
     */
    public Load subquery(Relationship<?, ?> next) {
        return then(next, LoadStrategy.SUBQUERY);
    }

    /**
     * {@link #then} with {@link LoadStrategy#LAZY}: each loaded target gets a stand-in that loads on
     * first use (a collection needs a declared setter).
     */
    public Load lazy(Relationship<?, ?> next) {
        return then(next, LoadStrategy.LAZY);
    }

    /**
     * {@link #then} with {@link LoadStrategy#RAISE}: touching the relationship on a loaded target throws
     * {@link RelationshipNotLoadedException}.
     */
    public Load raise(Relationship<?, ?> next) {
        return then(next, LoadStrategy.RAISE);
    }

    /** {@link #then} with {@link LoadStrategy#NOLOAD}: the targets' relationship stays empty or null. */
    public Load noLoad(Relationship<?, ?> next) {
        return then(next, LoadStrategy.NOLOAD);
    }

    /**
     * Adds a branch: an option for another relationship of this option's own targets, beside the
     * chain: {@code selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR).with(selectIn(COMMENT_LIKES))}
     * loads each comment's author and likes. (Options for two relationships of the parents are two
     * entries of the {@link LoadPlan}, not a branch.)
     *
     * @return a new option; this one is unchanged
     * @throws IllegalArgumentException when the branch's relationship is not owned by this option's
     *     target entity
     */
    public Load with(Load branch) {
        if (branch.relationship.owner().javaType() != relationship.target().javaType()) {
            throw new IllegalArgumentException("Cannot load " + branch.relationship.qualifiedName() + " under "
                    + relationship.qualifiedName() + ": its targets are " + relationship.target().name());
        }
        List<Load> more = new ArrayList<>(children);
        more.add(branch);
        return withChildren(more);
    }

    /**
     * Extra criteria on the targets of this option's relationship (SQLAlchemy's
     * {@code selectinload(User.addresses.and_(...))}): only matching targets are loaded; the
     * relationship declaration is unchanged. Applies to select-in, subquery and joined-in-select-in.
     * Repeated calls are combined with {@code and}. A relationship that loads through a declared
     * select-in statement cannot take criteria unless it also declares its target's hierarchy: the
     * loader refuses such an option with an {@code UnsupportedOperationException}.
     *
     * @param targetColumn a column of the target's table
     * @return a new option; this one is unchanged
     */
    public <V> Load where(BindableColumn<V> targetColumn, VisitableCondition<V> condition) {
        List<SqlCriterion> more = new ArrayList<>(criteria);
        more.add(group(targetColumn, condition));
        return new Load(relationship, strategy, children, more, recursionDepth, loadOnly, perParentLimit);
    }

    /**
     * Loads a self-referential relationship again on the targets, {@code depth} levels in all
     * (SQLAlchemy's {@code recursion_depth}); keys already visited are not loaded again, so a cycle stops.
     *
     * @return a new option; this one is unchanged
     * @throws IllegalArgumentException when the relationship is not self-referential, or
     *     {@code depth < 1}
     */
    public Load recursive(int depth) {
        if (relationship.owner().javaType() != relationship.target().javaType()) {
            throw new IllegalArgumentException(relationship.qualifiedName() + " is not self-referential: "
                    + relationship.owner().name() + " -> " + relationship.target().name());
        }
        if (depth < 1) {
            throw new IllegalArgumentException("recursion depth must be at least 1, was " + depth);
        }
        return new Load(relationship, strategy, children, criteria, depth, loadOnly, perParentLimit);
    }

    /**
     * Selects only these columns of this option's targets, plus the key, version, join and order
     * columns the loader needs ({@link LoadOnly}); SQLAlchemy's {@code selectinload(...).load_only(...)}.
     * Applies to select-in and subquery options and to {@code joined} options chained under them
     * ({@code selectIn(POST_COMMENTS).with(joined(COMMENT_AUTHOR).loadOnly(blogUser.username))}); a
     * top-level {@code joined} option reads the parents' own statement, whose columns the application
     * chose, so the loader refuses it there.
     *
     * @param columns columns of the target's table
     * @return a new option; this one is unchanged
     * @throws IllegalArgumentException when no column is given, or one is not a column of the target
     *     entity, naming the relationship and the column
     * @throws UnsupportedOperationException for lazy, raise and noload options, which select nothing now
     */
    public Load loadOnly(SqlColumn<?>... columns) {
        requireStatementOfItsOwn("loadOnly");
        return new Load(relationship, strategy, children, criteria, recursionDepth,
                LoadOnly.of(relationship, List.of(columns)), perParentLimit);
    }

    /**
     * Loads at most {@code limit} targets per owner, the first in the relationship's order
     * ({@link PerParentLimit}: {@code ROW_NUMBER() OVER (PARTITION BY ...)} in the select-in statement).
     * Each owner's collection then holds its top {@code limit} targets: a partial collection, meant for
     * reading.
     *
     * @return a new option; this one is unchanged
     * @throws IllegalArgumentException when {@code limit < 1}, or the relationship is not a collection
     * @throws UnsupportedOperationException unless this is a select-in option
     */
    public Load limitPerParent(int limit) {
        return limitPerParent(limit, new SortSpecification[0]);
    }

    /**
     * {@link #limitPerParent(int)} ranking each owner's targets by {@code order} instead of the
     * relationship's declared order: {@code selectIn(EMPLOYEES).limitPerParent(3, employee.hiredAt.descending())}
     * loads each department's three most recent hires, most recent first.
     *
     * @param order columns of the target's table (plain or {@code descending()}), the target's key
     *     added last; none for the relationship's order
     */
    public Load limitPerParent(int limit, SortSpecification... order) {
        PerParentLimit perParent = new PerParentLimit(limit, List.of(order));
        if (!relationship.isCollection()) {
            throw new IllegalArgumentException("limitPerParent(" + limit + ") on " + relationship.qualifiedName()
                    + ": a " + relationship.kind() + " has one target per owner; a limit applies to collections");
        }
        if (strategy != LoadStrategy.SELECT_IN) {
            throw new UnsupportedOperationException("limitPerParent(" + limit + ") on " + strategy + "("
                    + relationship.qualifiedName() + "): a per-parent limit is a select-in option; use selectIn");
        }
        return new Load(relationship, strategy, children, criteria, recursionDepth, loadOnly, perParent);
    }

    private void requireStatementOfItsOwn(String optionName) {
        if (strategy == LoadStrategy.LAZY || strategy == LoadStrategy.RAISE || strategy == LoadStrategy.NOLOAD) {
            throw new UnsupportedOperationException(optionName + " on " + strategy + "(" + relationship.qualifiedName()
                    + "): only select-in, subquery and joined options select columns");
        }
    }

    /** The relationship this option loads. */
    public Relationship<?, ?> relationship() {
        return relationship;
    }

    /** How this option loads its relationship. */
    public LoadStrategy strategy() {
        return strategy;
    }

    /** The options applied to this option's targets (chained and branched), in the order they were added. */
    public List<Load> children() {
        return children;
    }

    /** The extra criteria added with {@link #where}, in order; empty when none. */
    public List<SqlCriterion> criteria() {
        return criteria;
    }

    /** 0 when not recursive, else the number of levels to load. */
    public int recursionDepth() {
        return recursionDepth;
    }

    /** The columns selected of the targets when {@link #loadOnly} narrowed them; empty for every column. */
    public Optional<LoadOnly> loadOnly() {
        return Optional.ofNullable(loadOnly);
    }

    /** The per-owner limit set with {@link #limitPerParent}; empty for every target. */
    public Optional<PerParentLimit> perParentLimit() {
        return Optional.ofNullable(perParentLimit);
    }

    private Load last() {
        Load current = this;
        while (!current.children.isEmpty()) {
            current = current.children.get(current.children.size() - 1);
        }
        return current;
    }

    private Class<?> lastTargetType() {
        return last().relationship.target().javaType();
    }

    private Load appendAtEnd(Load child) {
        if (children.isEmpty()) {
            return withChildren(List.of(child));
        }
        List<Load> updated = new ArrayList<>(children);
        Load tail = updated.remove(updated.size() - 1);
        updated.add(tail.appendAtEnd(child));
        return withChildren(updated);
    }

    @Override
    public String toString() {
        String self = strategy + "(" + relationship.qualifiedName() + ")"
                + (loadOnly == null ? "" : ".loadOnly" + loadOnly.columnNames())
                + (perParentLimit == null ? "" : ".limitPerParent(" + perParentLimit.limit() + ")");
        return children.isEmpty() ? self : self + "." + children;
    }
}
