package dev.relkit.load;

import dev.relkit.relation.LoadStrategy;
import dev.relkit.relation.Relationship;
import org.mybatis.dynamic.sql.BindableColumn;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.VisitableCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    private Load(Relationship<?, ?> relationship, LoadStrategy strategy, List<Load> children,
                 List<SqlCriterion> criteria, int recursionDepth) {
        this.relationship = Objects.requireNonNull(relationship, "relationship");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.children = List.copyOf(children);
        this.criteria = List.copyOf(criteria);
        this.recursionDepth = recursionDepth;
    }

    /**
     * An option for one relationship; {@link Loading} has a factory per strategy.
     *
     * @throws NullPointerException when either argument is null
     */
    public static Load of(Relationship<?, ?> relationship, LoadStrategy strategy) {
        return new Load(relationship, strategy, List.of(), List.of(), 0);
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
        return new Load(relationship, strategy, more, criteria, recursionDepth);
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
        return new Load(relationship, strategy, children, more, recursionDepth);
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
        return new Load(relationship, strategy, children, criteria, depth);
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
            return new Load(relationship, strategy, List.of(child), criteria, recursionDepth);
        }
        List<Load> updated = new ArrayList<>(children);
        Load tail = updated.remove(updated.size() - 1);
        updated.add(tail.appendAtEnd(child));
        return new Load(relationship, strategy, updated, criteria, recursionDepth);
    }

    @Override
    public String toString() {
        String self = strategy + "(" + relationship.qualifiedName() + ")";
        return children.isEmpty() ? self : self + "." + children;
    }
}
