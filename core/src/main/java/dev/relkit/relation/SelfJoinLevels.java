package dev.relkit.relation;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SortSpecification;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import static org.mybatis.dynamic.sql.SqlBuilder.sortColumn;

/**
 * A self-referential relationship joined a fixed number of times, one level per join: level 0 is
 * the table itself, level {@code i} is the table under the role alias repeated {@code i} times
 * ({@code children}, {@code children_children}, ...) with its columns under the prefix repeated
 * {@code i} times ({@code c_}, {@code c_c_}, ...), the stacked prefixes a recursive nested resultMap
 * reads. Every join condition comes from the relationship declaration.
 *
 * <pre>{@code
 * SelfJoinLevels<TreeNodeTable> levels = SelfJoinLevels.of(NODE_CHILDREN, treeNode, "c_", 2);
 * levels.leftJoinLevels(select(levels.selectList(TreeNodeTable::columns)).from(levels.level(0)))
 * // select tree_node.id, ..., children.id as c_id, ..., children_children.id as c_c_id, ...
 * // from tree_node left join tree_node children on children.parent_id = tree_node.id
 * //   left join tree_node children_children on children_children.parent_id = children.id
 * }</pre>
 *
 * @param <A> the table class
 */
public final class SelfJoinLevels<A extends AliasableSqlTable<A>> {

    private final Relationship<?, ?> relationship;
    private final List<A> tables;
    private final List<String> aliases;
    private final List<String> prefixes;

    private SelfJoinLevels(Relationship<?, ?> relationship, List<A> tables, List<String> aliases, List<String> prefixes) {
        this.relationship = relationship;
        this.tables = List.copyOf(tables);
        this.aliases = List.copyOf(aliases);
        this.prefixes = List.copyOf(prefixes);
    }

    /**
     * @param relationship a self-referential relationship ({@code children}, {@code subordinates}, or a parent reference)
     * @param table        the entity's table, unaliased: level 0
     * @param prefix       the column prefix of one level ({@code c_})
     * @param depth        how many levels to join below (or above) level 0, at least 1
     * @throws IllegalArgumentException when the relationship is not self-referential or the depth is below 1
     */
    public static <A extends AliasableSqlTable<A>> SelfJoinLevels<A> of(Relationship<?, ?> relationship, A table,
                                                                       String prefix, int depth) {
        if (relationship.owner().javaType() != relationship.target().javaType()) {
            throw new IllegalArgumentException(relationship.qualifiedName() + " points from " + relationship.owner().name()
                    + " to " + relationship.target().name() + ": only a self-referential relationship joins in levels");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth of " + relationship.qualifiedName() + " must be at least 1, was " + depth);
        }
        List<A> tables = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        tables.add(table);
        aliases.add(table.tableNameAtRuntime());
        prefixes.add("");
        for (int level = 1; level <= depth; level++) {
            String alias = String.join("_", Collections.nCopies(level, relationship.roleAlias()));
            tables.add(table.withAlias(alias));
            aliases.add(alias);
            prefixes.add(prefix.repeat(level));
        }
        return new SelfJoinLevels<>(relationship, tables, aliases, prefixes);
    }

    /** The number of joined levels (level 0 not counted). */
    public int depth() {
        return tables.size() - 1;
    }

    /** The table instance of a level (0 is the unaliased table). */
    public A level(int level) {
        return tables.get(level);
    }

    /** The table alias of a level ({@code children_children} for level 2). */
    public String alias(int level) {
        return aliases.get(level);
    }

    /** The column prefix of a level ({@code c_c_} for level 2, empty for level 0). */
    public String prefix(int level) {
        return prefixes.get(level);
    }

    /** Every level's columns under its prefix, level 0 first. */
    public BasicColumn[] selectList(BiFunction<A, String, BasicColumn[]> columns) {
        List<BasicColumn[]> lists = new ArrayList<>();
        for (int level = 0; level < tables.size(); level++) {
            lists.add(columns.apply(tables.get(level), prefixes.get(level)));
        }
        return PrefixedColumns.concat(lists.toArray(BasicColumn[][]::new));
    }

    /** Left-joins every level to the one above it with the relationship's condition. */
    public QueryExpressionDSL<SelectModel>.JoinSpecificationFinisher leftJoinLevels(QueryExpressionDSL<SelectModel> from) {
        QueryExpressionDSL<SelectModel>.JoinSpecificationFinisher joined =
                RelationshipJoins.on(from.leftJoin(level(1)), relationship, level(0), level(1));
        for (int level = 2; level <= depth(); level++) {
            joined = RelationshipJoins.on(joined.leftJoin(level(level)), relationship, level(level - 1), level(level));
        }
        return joined;
    }

    /** Sorts by a column of every joined level (level 1 first), e.g. to keep children in key order. */
    public SortSpecification[] orderByLevels(SqlColumn<?> column) {
        SortSpecification[] sorts = new SortSpecification[depth()];
        for (int level = 1; level <= depth(); level++) {
            sorts[level - 1] = sortColumn(alias(level), column);
        }
        return sorts;
    }
}
