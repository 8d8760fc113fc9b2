package dev.relkit.relation;

import org.mybatis.dynamic.sql.AndOrCriteriaGroup;
import org.mybatis.dynamic.sql.BindableColumn;
import org.mybatis.dynamic.sql.ExistsPredicate;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.VisitableCondition;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;

import java.util.List;

import static org.mybatis.dynamic.sql.SqlBuilder.constant;
import static org.mybatis.dynamic.sql.SqlBuilder.equalTo;
import static org.mybatis.dynamic.sql.SqlBuilder.exists;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.notExists;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Correlated {@code EXISTS} filters built from relationship declarations: SQLAlchemy's
 * {@code has()} (single-valued relationships) and {@code any()} (collections).
 *
 * <pre>{@code
 * select(...).from(hero)
 *     .where(has(WINTER_TEAM, team.name, isEqualTo("Preventers")))
 *     .and(has(SUMMER_TEAM, team.name, isEqualTo("Z-Force")))
 * // where exists (select 1 from team winter_team
 * //               where winter_team.id = hero.winter_team_id and winter_team.name = ?)
 * //   and exists (select 1 from team summer_team where summer_team.id = hero.summer_team_id and ...)
 * }</pre>
 *
 * <p>Criteria on the target are written against the target's base columns ({@code team.name}); the
 * subquery selects from the target's table under the relationship's role alias, so they render as
 * {@code winter_team.name}. The owner's columns are qualified with the owner's table name, or with
 * the alias given to the {@code ...From} variants when the outer query aliases the owner.
 */
public final class RelationshipPredicates {

    private RelationshipPredicates() {
    }

    /** {@code EXISTS} a target of a single-valued relationship (it is not null). */
    public static ExistsPredicate has(Relationship<?, ?> relationship) {
        requireReference(relationship, "has");
        return exists(correlated(relationship, relationship.owner().tableName()));
    }

    /** {@code EXISTS} a target of a single-valued relationship matching one condition. */
    public static <V> ExistsPredicate has(Relationship<?, ?> relationship, BindableColumn<V> targetColumn,
                                          VisitableCondition<V> condition, AndOrCriteriaGroup... more) {
        requireReference(relationship, "has");
        return exists(correlated(relationship, relationship.owner().tableName()).and(targetColumn, condition, more));
    }

    /** {@link #has(Relationship, BindableColumn, VisitableCondition, AndOrCriteriaGroup...)} for an aliased owner. */
    public static <V> ExistsPredicate hasFrom(String ownerAlias, Relationship<?, ?> relationship,
                                              BindableColumn<V> targetColumn, VisitableCondition<V> condition,
                                              AndOrCriteriaGroup... more) {
        requireReference(relationship, "has");
        return exists(correlated(relationship, ownerAlias).and(targetColumn, condition, more));
    }

    /** {@code EXISTS} at least one element of a collection relationship. */
    public static ExistsPredicate any(Relationship<?, ?> relationship) {
        requireCollection(relationship, "any");
        return exists(correlated(relationship, relationship.owner().tableName()));
    }

    /** {@code EXISTS} an element of a collection relationship matching a condition. */
    public static <V> ExistsPredicate any(Relationship<?, ?> relationship, BindableColumn<V> targetColumn,
                                          VisitableCondition<V> condition, AndOrCriteriaGroup... more) {
        requireCollection(relationship, "any");
        return exists(correlated(relationship, relationship.owner().tableName()).and(targetColumn, condition, more));
    }

    /** {@code NOT EXISTS} any element: the negated {@code any()} ("users with no addresses"). */
    public static ExistsPredicate none(Relationship<?, ?> relationship) {
        requireCollection(relationship, "none");
        return notExists(correlated(relationship, relationship.owner().tableName()));
    }

    /**
     * The correlated subquery {@code select 1 from target role_alias where <join to owner>}, open for
     * further criteria. Public so that other helpers (instance comparisons, loaders) share it.
     */
    public static QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder correlated(
            Relationship<?, ?> relationship, String ownerQualifier) {
        SqlIdentifier.qualifier(relationship.qualifiedName() + " owner alias", ownerQualifier);
        String alias = relationship.roleAlias();
        List<JoinColumns> ownerJoin = relationship.ownerJoin();
        if (relationship.secondary().isEmpty()) {
            QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder where =
                    select(constant("1")).from(relationship.target().table(), alias).where();
            return typed(correlate(where, ownerJoin, ownerQualifier), relationship, ownerQualifier);
        }
        String linkAlias = relationship.linkAlias();
        var from = select(constant("1")).from(relationship.secondary().orElseThrow(), linkAlias)
                .join(relationship.target().table(), alias);
        List<JoinColumns> toTarget = relationship.secondaryJoin();
        var joined = from.on(column(toTarget.get(0).right()), equalTo(column(toTarget.get(0).left())));
        for (JoinColumns pair : toTarget.subList(1, toTarget.size())) {
            joined = joined.and(column(pair.right()), equalTo(column(pair.left())));
        }
        return correlate(joined.where(), ownerJoin, ownerQualifier);
    }

    /** One type of a generic foreign key: the key side's type column must name that type. */
    private static QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder typed(
            QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder where, Relationship<?, ?> relationship,
            String ownerQualifier) {
        if (relationship.typeColumn().isEmpty()) {
            return where;
        }
        TypeColumn type = relationship.typeColumn().get();
        SqlColumn<String> column = relationship.kind() == RelationshipKind.MANY_TO_ONE
                ? type.column().qualifiedWith(ownerQualifier) : type.column();
        return where.and(column, isEqualTo(type.value()));
    }

    private static QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder correlate(
            QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder where, List<JoinColumns> ownerJoin,
            String ownerQualifier) {
        for (JoinColumns pair : ownerJoin) {
            // right = the target's (or link table's) column, rendered with the subquery's alias;
            // left = the owner's column, qualified explicitly because it belongs to the outer query
            where = where.and(column(pair.right()), isEqualTo(column(pair.left()).qualifiedWith(ownerQualifier)));
        }
        return where;
    }

    @SuppressWarnings("unchecked")
    private static SqlColumn<Object> column(SqlColumn<?> column) {
        return (SqlColumn<Object>) column;
    }

    private static void requireReference(Relationship<?, ?> relationship, String operator) {
        if (relationship.isCollection()) {
            throw new IllegalArgumentException(operator + "() takes a single-valued relationship, but "
                    + relationship.qualifiedName() + " is a " + relationship.kind() + " collection: use any()");
        }
    }

    private static void requireCollection(Relationship<?, ?> relationship, String operator) {
        if (!relationship.isCollection()) {
            throw new IllegalArgumentException(operator + "() takes a collection relationship, but "
                    + relationship.qualifiedName() + " is a " + relationship.kind() + " reference: use has()");
        }
    }
}
