package dev.relkit.load;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.Relationship;
import org.mybatis.dynamic.sql.SortSpecification;
import org.mybatis.dynamic.sql.SqlColumn;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a loader option selects of its targets (SQLAlchemy's
 * {@code selectinload(Post.comments).load_only(Comment.body)}), added with {@link Load#loadOnly}:
 * the named columns, plus those the loader cannot do without, which are always selected: the
 * target's key, its version column, the columns of the option's own join and of the joins of the
 * relationships chained under it, and the columns the targets are ordered by. The other properties of the loaded objects stay as the
 * constructor left them ({@code null} for an object property).
 *
 * <p>A row already in the identity map (of the load, or of the unit of work) keeps its object, with
 * whatever columns that object was loaded with: load_only narrows the statement, it never empties
 * properties of an object loaded in full earlier. A unit of work that flushes a narrowed object
 * writes only what the application changed (its snapshot holds the same {@code null}s).
 *
 * @param columnNames the names of the columns asked for, in order
 */
public record LoadOnly(Set<String> columnNames) {

    /** @throws IllegalArgumentException when no column is named */
    public LoadOnly {
        columnNames = Set.copyOf(columnNames);
        if (columnNames.isEmpty()) {
            throw new IllegalArgumentException("load_only needs at least one column");
        }
    }

    /**
     * The option's columns of {@code relationship}'s target.
     *
     * @throws IllegalArgumentException when a column is not an attribute of the target entity,
     *     naming the relationship, the entity and the column
     */
    static LoadOnly of(Relationship<?, ?> relationship, List<? extends SqlColumn<?>> columns) {
        Set<String> names = new LinkedHashSet<>();
        EntityType<?> target = relationship.target();
        for (SqlColumn<?> column : columns) {
            if (target.attributeFor(column).isEmpty()) {
                throw new IllegalArgumentException("loadOnly on " + relationship.qualifiedName() + ": " + column.name()
                        + " is not a column of " + target.name() + " (table " + target.tableName() + ")");
            }
            names.add(column.name());
        }
        return new LoadOnly(names);
    }

    /**
     * Whether the loader selects {@code attribute} of the target of {@code option}: a column asked for,
     * a key or version column, a column of the option's join or order, or one a chained option joins on.
     */
    boolean selects(Load option, Attribute<?, ?> attribute) {
        String name = attribute.columnName();
        if (columnNames.contains(name)) {
            return true;
        }
        EntityType<?> target = option.relationship().target();
        for (Attribute<?, ?> id : target.idAttributes()) {
            if (id.columnName().equals(name)) {
                return true;
            }
        }
        if (target.versionAttribute().map(version -> version.columnName().equals(name)).orElse(false)) {
            return true;
        }
        Relationship<?, ?> relationship = option.relationship();
        List<JoinColumns> ownJoin = relationship.secondary().isPresent() ? relationship.secondaryJoin() : relationship.ownerJoin();
        for (JoinColumns pair : ownJoin) {
            if (pair.right().name().equals(name)) {
                return true;
            }
        }
        for (SortSpecification order : LoaderStatements.targetOrder(option)) {
            if (order instanceof SqlColumn<?> column && column.name().equals(name)) {
                return true;
            }
        }
        for (Load child : option.children()) {
            for (JoinColumns pair : child.relationship().ownerJoin()) {
                if (pair.left().name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
