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

    /** An option for one relationship; {@link Loading} has a factory per strategy. */
    public static Load of(Relationship<?, ?> relationship, LoadStrategy strategy) {
        return new Load(relationship, strategy, List.of(), List.of(), 0);
    }

    /** Chains an option for a relationship of this option's targets, at the end of the chain. */
    public Load then(Relationship<?, ?> next, LoadStrategy nextStrategy) {
        Load child = of(next, nextStrategy);
        if (next.owner().javaType() != lastTargetType()) {
            throw new IllegalArgumentException("Cannot chain " + next.qualifiedName() + " after "
                    + last().relationship.qualifiedName() + ": its targets are " + lastTargetType().getSimpleName()
                    + ", not " + next.owner().name());
        }
        return appendAtEnd(child);
    }

    public Load selectIn(Relationship<?, ?> next) {
        return then(next, LoadStrategy.SELECT_IN);
    }

    public Load joined(Relationship<?, ?> next) {
        return then(next, LoadStrategy.JOINED);
    }

    public Load subquery(Relationship<?, ?> next) {
        return then(next, LoadStrategy.SUBQUERY);
    }

    public Load lazy(Relationship<?, ?> next) {
        return then(next, LoadStrategy.LAZY);
    }

    public Load raise(Relationship<?, ?> next) {
        return then(next, LoadStrategy.RAISE);
    }

    public Load noLoad(Relationship<?, ?> next) {
        return then(next, LoadStrategy.NOLOAD);
    }

    /** Adds a branch: an option for another relationship of this option's targets. */
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
     */
    public <V> Load where(BindableColumn<V> targetColumn, VisitableCondition<V> condition) {
        List<SqlCriterion> more = new ArrayList<>(criteria);
        more.add(group(targetColumn, condition));
        return new Load(relationship, strategy, children, more, recursionDepth);
    }

    /**
     * Loads a self-referential relationship again on the targets, {@code depth} levels in all
     * (SQLAlchemy's {@code recursion_depth}); keys already visited are not loaded again, so a cycle stops.
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

    public Relationship<?, ?> relationship() {
        return relationship;
    }

    public LoadStrategy strategy() {
        return strategy;
    }

    public List<Load> children() {
        return children;
    }

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
