package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.join.JoinCondition;
import org.mybatis.dynamic.sql.select.join.JoinCriterion;

import java.util.List;

import static org.mybatis.dynamic.sql.SqlBuilder.and;
import static org.mybatis.dynamic.sql.SqlBuilder.equalTo;
import static org.mybatis.dynamic.sql.SqlBuilder.stringConstant;

/**
 * Completes a mybatis-dynamic-sql join with the ON condition of a relationship declaration, so a
 * query never re-types a join condition the relationship already knows.
 *
 * <pre>{@code
 * HeroTable hero = HeroDynamicSqlSupport.hero;
 * TeamTable winterTeam = TeamDynamicSqlSupport.team.withAlias("winter_team");
 * var query = RelationshipJoins.on(select(...).from(hero).join(winterTeam), WINTER_TEAM, hero, winterTeam);
 * // ... from hero join team winter_team on hero.winter_team_id = winter_team.id
 * }</pre>
 *
 * <p>The owner and target arguments are the table instances used in the query (aliased with
 * {@code AliasableSqlTable.withAlias} where a table appears more than once); the relationship's
 * columns are re-bound to those instances so they render with the right alias.
 */
public final class RelationshipJoins {

    private RelationshipJoins() {
    }

    /**
     * Joins a many-to-one, one-to-one or one-to-many relationship's target.
     *
     * @throws IllegalArgumentException for a many-to-many relationship (use {@link #onLink} and {@link #onTarget})
     */
    public static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher on(
            QueryExpressionDSL<R>.JoinSpecificationStarter join, Relationship<?, ?> relationship,
            SqlTable ownerTable, SqlTable targetTable) {
        if (relationship.secondary().isPresent()) {
            throw new IllegalArgumentException(relationship.qualifiedName()
                    + " is many-to-many: join its link table with onLink(...) and its target with onTarget(...)");
        }
        QueryExpressionDSL<R>.JoinSpecificationFinisher finisher = complete(join, relationship.ownerJoin(), ownerTable, targetTable);
        relationship.typeColumn().ifPresent(type -> {
            // one type of a generic foreign key: the key side's type column names this type
            SqlTable keySide = relationship.kind() == RelationshipKind.MANY_TO_ONE ? ownerTable : targetTable;
            @SuppressWarnings({"unchecked", "rawtypes"})
            JoinCondition<Object> isType = (JoinCondition) equalTo(stringConstant(type.value()));
            finisher.and(rebind(type.column(), keySide), isType);
        });
        return finisher;
    }

    /** Joins a many-to-many relationship's link table to the owner. */
    public static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher onLink(
            QueryExpressionDSL<R>.JoinSpecificationStarter join, Relationship<?, ?> relationship,
            SqlTable ownerTable, SqlTable linkTable) {
        requireSecondary(relationship);
        return complete(join, relationship.ownerJoin(), ownerTable, linkTable);
    }

    /** Joins a many-to-many relationship's target to its link table. */
    public static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher onTarget(
            QueryExpressionDSL<R>.JoinSpecificationStarter join, Relationship<?, ?> relationship,
            SqlTable linkTable, SqlTable targetTable) {
        requireSecondary(relationship);
        return complete(join, relationship.secondaryJoin(), linkTable, targetTable);
    }

    private static void requireSecondary(Relationship<?, ?> relationship) {
        if (relationship.secondary().isEmpty()) {
            throw new IllegalArgumentException(relationship.qualifiedName() + " has no link table: join it with on(...)");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher complete(
            QueryExpressionDSL<R>.JoinSpecificationStarter join, List<JoinColumns> columns,
            SqlTable leftTable, SqlTable rightTable) {
        JoinColumns first = columns.get(0);
        JoinCriterion<?>[] more = new JoinCriterion<?>[columns.size() - 1];
        for (int i = 1; i < columns.size(); i++) {
            JoinColumns pair = columns.get(i);
            SqlColumn right = rebind(pair.right(), rightTable);
            more[i - 1] = and(right, equalTo(rebind(pair.left(), leftTable)));
        }
        SqlColumn right = rebind(first.right(), rightTable);
        return join.on(right, equalTo(rebind(first.left(), leftTable)), more);
    }

    /** The same column on another instance of its table (an alias), so it renders with that alias. */
    static SqlColumn<Object> rebind(SqlColumn<?> column, SqlTable table) {
        if (column.table() == table) {
            @SuppressWarnings("unchecked")
            SqlColumn<Object> same = (SqlColumn<Object>) column;
            return same;
        }
        return table.column(column.name());
    }
}
