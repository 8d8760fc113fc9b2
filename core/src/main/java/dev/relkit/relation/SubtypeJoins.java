package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;

import static org.mybatis.dynamic.sql.SqlBuilder.equalTo;

/**
 * Joins the subtype tables of a {@link Polymorphism} to its base table, so a query returns every
 * row of the hierarchy with its subtype's columns (SQLAlchemy's {@code with_polymorphic("*")}):
 *
 * <pre>{@code
 * var query = SubtypeJoins.leftJoinSubtypes(select(...).from(person), PERSON_HIERARCHY, person);
 * // ... from person left join engineer on engineer.id = person.id left join manager on manager.id = person.id
 * }</pre>
 *
 * <p>Subtype tables are joined under their own table names (each appears once in such a query);
 * the join columns come from the hierarchy's declaration, re-bound to the base table instance given.
 */
public final class SubtypeJoins {

    private SubtypeJoins() {
    }

    /** Outer-joins every subtype table, in declaration order, to a query that selects from the base table. */
    public static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher leftJoinSubtypes(
            QueryExpressionDSL<R> query, Polymorphism<?> hierarchy, SqlTable baseTable) {
        var subtypes = hierarchy.subtypes();
        var joined = complete(query.leftJoin(subtypes.get(0).entity().table()), subtypes.get(0), baseTable);
        return leftJoinRest(joined, hierarchy, baseTable, 1);
    }

    /** Outer-joins every subtype table after a join that brought in the base table (a relationship's target). */
    public static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher leftJoinSubtypes(
            QueryExpressionDSL<R>.JoinSpecificationFinisher query, Polymorphism<?> hierarchy, SqlTable baseTable) {
        return leftJoinRest(query, hierarchy, baseTable, 0);
    }

    /** Inner-joins one subtype's table: the query returns only rows of that subtype (SQLAlchemy's {@code select(Engineer)}). */
    public static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher joinSubtype(
            QueryExpressionDSL<R> query, Polymorphism<?> hierarchy, Class<?> subtype, SqlTable baseTable) {
        Polymorphism.Subtype<?, ?> declared = hierarchy.subtypes().stream()
                .filter(candidate -> candidate.entity().javaType() == subtype)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(hierarchy.target().name() + " hierarchy: "
                        + subtype.getName() + " is not declared as a subtype"));
        return complete(query.join(declared.entity().table()), declared, baseTable);
    }

    private static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher leftJoinRest(
            QueryExpressionDSL<R>.JoinSpecificationFinisher query, Polymorphism<?> hierarchy, SqlTable baseTable,
            int from) {
        var joined = query;
        var subtypes = hierarchy.subtypes();
        for (int i = from; i < subtypes.size(); i++) {
            joined = complete(joined.leftJoin(subtypes.get(i).entity().table()), subtypes.get(i), baseTable);
        }
        return joined;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R> QueryExpressionDSL<R>.JoinSpecificationFinisher complete(
            QueryExpressionDSL<R>.JoinSpecificationStarter join, Polymorphism.Subtype<?, ?> subtype, SqlTable baseTable) {
        SqlTable subtypeTable = subtype.entity().table();
        var columns = subtype.join();
        SqlColumn right = RelationshipJoins.rebind(columns.get(0).right(), subtypeTable);
        var finisher = join.on(right, equalTo(RelationshipJoins.rebind(columns.get(0).left(), baseTable)));
        for (JoinColumns pair : columns.subList(1, columns.size())) {
            SqlColumn more = RelationshipJoins.rebind(pair.right(), subtypeTable);
            finisher = finisher.and(more, equalTo(RelationshipJoins.rebind(pair.left(), baseTable)));
        }
        return finisher;
    }
}
