package dev.relkit.relation;

import org.mybatis.dynamic.sql.AndOrCriteriaGroup;
import org.mybatis.dynamic.sql.ColumnAndConditionCriterion;
import org.mybatis.dynamic.sql.ExistsCriterion;
import org.mybatis.dynamic.sql.ExistsPredicate;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.VisitableCondition;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;

import java.util.ArrayList;
import java.util.List;

import static org.mybatis.dynamic.sql.SqlBuilder.and;
import static org.mybatis.dynamic.sql.SqlBuilder.constant;
import static org.mybatis.dynamic.sql.SqlBuilder.exists;
import static org.mybatis.dynamic.sql.SqlBuilder.group;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isNotEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isNotNull;
import static org.mybatis.dynamic.sql.SqlBuilder.isNull;
import static org.mybatis.dynamic.sql.SqlBuilder.notExists;
import static org.mybatis.dynamic.sql.SqlBuilder.or;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Comparisons of a relationship with an object, built from the relationship declaration: the
 * counterparts of SQLAlchemy's {@code Address.user == u}, {@code Address.user != u},
 * {@code Address.user == None}, {@code User.addresses.contains(a)} and
 * {@code with_parent(u, User.addresses)}.
 *
 * <table>
 *   <caption>What each comparison renders (user_account 1:n address by address.user_id)</caption>
 *   <tr><th>SQLAlchemy</th><th>relkit</th><th>SQL</th></tr>
 *   <tr><td>{@code Address.user == u}</td><td>{@code refersTo(ADDRESS_USER, u)}</td>
 *       <td>{@code address.user_id = ?} (u's key)</td></tr>
 *   <tr><td>{@code Address.user != u}</td><td>{@code doesNotReferTo(ADDRESS_USER, u)}</td>
 *       <td>{@code (address.user_id <> ? or address.user_id is null)}</td></tr>
 *   <tr><td>{@code Address.user == None}</td><td>{@code refersTo(ADDRESS_USER, null)}</td>
 *       <td>{@code address.user_id is null}</td></tr>
 *   <tr><td>{@code User.profile == None}</td><td>{@code refersTo(PROFILE, null)}</td>
 *       <td>{@code not exists (select 1 from user_profile profile where profile.user_id = user_account.id)}</td></tr>
 *   <tr><td>{@code User.addresses.contains(a)}</td><td>{@code contains(ADDRESSES, a)}</td>
 *       <td>{@code user_account.id = ?} (a's {@code user_id})</td></tr>
 *   <tr><td>{@code Post.tags.contains(t)}</td><td>{@code contains(TAGS, t)}</td>
 *       <td>{@code exists (select 1 from post_tag tags_link join tag tags on ... where tags_link.post_id = post.id and tags.id = ?)}</td></tr>
 *   <tr><td>{@code with_parent(u, User.addresses)}</td><td>{@code withParent(u, ADDRESSES)}</td>
 *       <td>{@code address.user_id = ?} (u's key)</td></tr>
 * </table>
 *
 * <p>mybatis-dynamic-sql drops the parentheses of a criterion that stands alone in the WHERE clause
 * and keeps them where it meets other criteria ({@code where city = ? and (address.user_id <> ? or
 * address.user_id is null)}), so an {@code OR} or a composite-key {@code AND} never binds to the
 * caller's criteria.
 *
 * <p>The values bound are read from the object through the attributes the relationship's join
 * columns map to (never by reflection), one equality per column, so composite keys compare every
 * column. Columns of the query's table are qualified with the entity's table name, or with the alias
 * given to the {@code ...From} variants when the query aliases that table.
 *
 * <p>Every comparison with an object requires that object to be persistent: an object whose key is
 * unset (a new object, not yet inserted) is rejected with an {@link IllegalArgumentException} naming
 * the entity and the relationship, because SQL compared with its missing key would silently match
 * nothing. A persistent object whose foreign-key value is {@code null} is compared as SQL compares
 * {@code null}: the equality matches no row.
 */
public final class InstanceComparisons {

    private InstanceComparisons() {
    }

    /**
     * {@code Relationship == target} for a single-valued relationship. A many-to-one compares the
     * owner's foreign key with the target's referenced columns ({@code address.user_id = ?}); a
     * one-to-one declared from the side without the foreign key compares the owner's referenced
     * columns with the target's foreign key ({@code user_account.id = ?}). A {@code null} target
     * means "has no target": {@code IS NULL} on the owner's foreign key, or {@code NOT EXISTS} when
     * the foreign key is on the target's table.
     */
    public static <O, T> SqlCriterion refersTo(Relationship<O, T> relationship, T target) {
        return refersToFrom(relationship.owner().tableName(), relationship, target);
    }

    /** {@link #refersTo} for a query that aliases the owner's table. */
    public static <O, T> SqlCriterion refersToFrom(String ownerAlias, Relationship<O, T> relationship, T target) {
        SqlIdentifier.alias("InstanceComparisons.refersToFrom owner alias", ownerAlias);
        requireReference(relationship, "refersTo");
        if (target == null) {
            return ownerHoldsForeignKey(relationship)
                    ? allColumns(ownerColumns(relationship, ownerAlias), isNullCondition())
                    : criterion(notExists(RelationshipPredicates.correlated(relationship, ownerAlias)));
        }
        requirePersistent(relationship.target(), target, relationship);
        return equalities(ownerColumns(relationship, ownerAlias), targetValues(relationship, target));
    }

    /**
     * {@code Relationship != target}, NULL-aware as SQLAlchemy renders it: an owner whose foreign
     * key is {@code null} is "not equal" too, so a many-to-one renders
     * {@code (address.user_id <> ? or address.user_id is null)} (each column for a composite key).
     * A one-to-one from the side without the foreign key renders
     * {@code not exists (... and profile.id = ?)}. A {@code null} target means "has a target".
     */
    public static <O, T> SqlCriterion doesNotReferTo(Relationship<O, T> relationship, T target) {
        return doesNotReferToFrom(relationship.owner().tableName(), relationship, target);
    }

    /** {@link #doesNotReferTo} for a query that aliases the owner's table. */
    public static <O, T> SqlCriterion doesNotReferToFrom(String ownerAlias, Relationship<O, T> relationship, T target) {
        SqlIdentifier.alias("InstanceComparisons.doesNotReferToFrom owner alias", ownerAlias);
        requireReference(relationship, "doesNotReferTo");
        if (target == null) {
            return ownerHoldsForeignKey(relationship)
                    ? allColumns(ownerColumns(relationship, ownerAlias), isNotNullCondition())
                    : criterion(exists(RelationshipPredicates.correlated(relationship, ownerAlias)));
        }
        requirePersistent(relationship.target(), target, relationship);
        if (!ownerHoldsForeignKey(relationship)) {
            return criterion(notExists(targetKeyIn(relationship, ownerAlias, target)));
        }
        List<SqlColumn<Object>> columns = ownerColumns(relationship, ownerAlias);
        List<Object> values = targetValues(relationship, target);
        List<AndOrCriteriaGroup> alternatives = new ArrayList<>();
        for (int i = 1; i < columns.size(); i++) {
            alternatives.add(or(columns.get(i), isNotEqualTo(values.get(i))));
        }
        for (SqlColumn<Object> column : columns) {
            alternatives.add(or(column, isNull()));
        }
        // parenthesised, so that the OR cannot bind to criteria the caller adds around it
        return group(columns.get(0), isNotEqualTo(values.get(0)), alternatives);
    }

    /**
     * {@code Collection.contains(element)}. One-to-many compares the owner's referenced columns with
     * the element's foreign key ({@code user_account.id = ?}, bound to {@code address.user_id}), as
     * SQLAlchemy does; many-to-many tests the link table with a correlated {@code EXISTS} that
     * compares the element's key.
     */
    public static <O, T> SqlCriterion contains(Relationship<O, T> relationship, T element) {
        return containsFrom(relationship.owner().tableName(), relationship, element);
    }

    /** {@link #contains} for a query that aliases the owner's table. */
    public static <O, T> SqlCriterion containsFrom(String ownerAlias, Relationship<O, T> relationship, T element) {
        SqlIdentifier.alias("InstanceComparisons.containsFrom owner alias", ownerAlias);
        if (!relationship.isCollection()) {
            throw new IllegalArgumentException("contains() takes a collection relationship, but "
                    + relationship.qualifiedName() + " is a " + relationship.kind() + " reference: use refersTo()");
        }
        if (element == null) {
            throw new IllegalArgumentException("contains() on " + relationship.qualifiedName()
                    + " needs an element of type " + relationship.target().name() + ", not null");
        }
        requirePersistent(relationship.target(), element, relationship);
        if (relationship.secondary().isPresent()) {
            return criterion(exists(targetKeyIn(relationship, ownerAlias, element)));
        }
        return equalities(ownerColumns(relationship, ownerAlias), targetValues(relationship, element));
    }

    /**
     * SQLAlchemy's {@code with_parent(parent, relationship)}: the criterion that selects, from the
     * relationship's target table, the targets of this parent. One-to-many renders
     * {@code address.user_id = ?} with the parent's key; many-to-one renders
     * {@code user_account.id = ?} with the parent's foreign key; many-to-many renders
     * {@code exists (select 1 from post_tag tags_link where tags_link.post_id = ? and tags_link.tag_id = tag.id)}.
     */
    public static <O, T> SqlCriterion withParent(O parent, Relationship<O, T> relationship) {
        return withParentFrom(relationship.target().tableName(), parent, relationship);
    }

    /** {@link #withParent} for a query that aliases the target's table. */
    public static <O, T> SqlCriterion withParentFrom(String targetAlias, O parent, Relationship<O, T> relationship) {
        SqlIdentifier.alias("InstanceComparisons.withParentFrom target alias", targetAlias);
        if (parent == null) {
            throw new IllegalArgumentException("withParent() on " + relationship.qualifiedName()
                    + " needs a parent of type " + relationship.owner().name() + ", not null");
        }
        requirePersistent(relationship.owner(), parent, relationship);
        List<JoinColumns> ownerJoin = relationship.ownerJoin();
        List<Object> parentValues = new ArrayList<>(ownerJoin.size());
        for (JoinColumns pair : ownerJoin) {
            parentValues.add(attribute(relationship.owner(), pair.left(), relationship).get(parent));
        }
        if (relationship.secondary().isEmpty()) {
            List<SqlColumn<Object>> targetColumns = new ArrayList<>(ownerJoin.size());
            for (JoinColumns pair : ownerJoin) {
                targetColumns.add(column(pair.right()).qualifiedWith(targetAlias));
            }
            return equalities(targetColumns, parentValues);
        }
        String linkAlias = relationship.roleAlias() + "_link";
        QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder link =
                select(constant("1")).from(relationship.secondary().orElseThrow(), linkAlias).where();
        for (int i = 0; i < ownerJoin.size(); i++) {
            link = link.and(column(ownerJoin.get(i).right()), isEqualTo(parentValues.get(i)));
        }
        for (JoinColumns pair : relationship.secondaryJoin()) {
            link = link.and(column(pair.left()), isEqualTo(column(pair.right()).qualifiedWith(targetAlias)));
        }
        return criterion(exists(link));
    }

    /**
     * The correlated subquery of the relationship, narrowed to the one target whose primary key
     * equals the object's.
     */
    private static <O, T> QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder targetKeyIn(
            Relationship<O, T> relationship, String ownerAlias, T target) {
        QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder where =
                RelationshipPredicates.correlated(relationship, ownerAlias);
        for (Attribute<T, ?> id : relationship.target().idAttributes()) {
            where = where.and(column(id.column()), isEqualTo(id.get(target)));
        }
        return where;
    }

    /** Many-to-one: the owner's join columns are its foreign key. Other kinds reference the owner's key. */
    private static boolean ownerHoldsForeignKey(Relationship<?, ?> relationship) {
        return relationship.kind() == RelationshipKind.MANY_TO_ONE;
    }

    /** The owner's join columns, qualified for the outer query. */
    private static List<SqlColumn<Object>> ownerColumns(Relationship<?, ?> relationship, String ownerAlias) {
        return relationship.ownerJoin().stream()
                .map(pair -> column(pair.left()).qualifiedWith(ownerAlias))
                .toList();
    }

    /** The target's values of the join columns (its key for many-to-one, its foreign key otherwise). */
    private static <O, T> List<Object> targetValues(Relationship<O, T> relationship, T target) {
        List<Object> values = new ArrayList<>();
        for (JoinColumns pair : relationship.ownerJoin()) {
            values.add(attribute(relationship.target(), pair.right(), relationship).get(target));
        }
        return values;
    }

    private static <E> Attribute<E, ?> attribute(EntityType<E> entity, SqlColumn<?> column, Relationship<?, ?> relationship) {
        return entity.attributeFor(column).orElseThrow(() -> new IllegalStateException(
                relationship.qualifiedName() + " joins on " + entity.tableName() + "." + column.name()
                        + ", but " + entity.name() + " declares no attribute for that column"));
    }

    private static <E> void requirePersistent(EntityType<E> entity, E object, Relationship<?, ?> relationship) {
        if (entity.keyOf(object) == null) {
            throw new IllegalArgumentException("Cannot compare " + relationship.qualifiedName() + " with a new "
                    + entity.name() + " that has no key yet (" + object + "): insert it first, so "
                    + entity.name() + "." + entity.idAttributes().get(0).property() + " is set");
        }
    }

    private static void requireReference(Relationship<?, ?> relationship, String operator) {
        if (relationship.isCollection()) {
            throw new IllegalArgumentException(operator + "() takes a single-valued relationship, but "
                    + relationship.qualifiedName() + " is a " + relationship.kind() + " collection: use contains()");
        }
    }

    /** {@code a = ?} for one column, {@code (a = ? and b = ?)} for several. */
    private static SqlCriterion equalities(List<SqlColumn<Object>> columns, List<Object> values) {
        List<VisitableCondition<Object>> conditions = new ArrayList<>();
        for (Object value : values) {
            conditions.add(isEqualTo(value));
        }
        return conjunction(columns, conditions);
    }

    private static SqlCriterion allColumns(List<SqlColumn<Object>> columns, VisitableCondition<Object> condition) {
        return conjunction(columns, columns.stream().map(column -> condition).toList());
    }

    private static SqlCriterion conjunction(List<SqlColumn<Object>> columns, List<VisitableCondition<Object>> conditions) {
        if (columns.size() == 1) {
            return ColumnAndConditionCriterion.withColumn(columns.get(0)).withCondition(conditions.get(0)).build();
        }
        List<AndOrCriteriaGroup> more = new ArrayList<>();
        for (int i = 1; i < columns.size(); i++) {
            more.add(and(columns.get(i), conditions.get(i)));
        }
        return group(columns.get(0), conditions.get(0), more);
    }

    private static VisitableCondition<Object> isNullCondition() {
        return isNull();
    }

    private static VisitableCondition<Object> isNotNullCondition() {
        return isNotNull();
    }

    private static SqlCriterion criterion(ExistsPredicate predicate) {
        return new ExistsCriterion.Builder().withExistsPredicate(predicate).build();
    }

    @SuppressWarnings("unchecked")
    private static SqlColumn<Object> column(SqlColumn<?> column) {
        return (SqlColumn<Object>) column;
    }
}
