package dev.relkit.mapper.tree;

import dev.relkit.relation.PrefixedColumns;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code tree_node}. Aliasable: the table is joined to itself once per tree level
 * ({@code children}, {@code children_children}, ...).
 */
public final class TreeNodeDynamicSqlSupport {

    public static final TreeNodeTable treeNode = new TreeNodeTable();
    public static final SqlColumn<Integer> id = treeNode.id;
    public static final SqlColumn<Integer> parentId = treeNode.parentId;
    public static final SqlColumn<String> name = treeNode.name;

    private TreeNodeDynamicSqlSupport() {
    }

    public static final class TreeNodeTable extends AliasableSqlTable<TreeNodeTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> parentId = column("parent_id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public TreeNodeTable() {
            super("tree_node", TreeNodeTable::new);
        }

        /** The columns of one row on this (aliased) table, aliased {@code prefix + column name} (unaliased for ""). */
        public BasicColumn[] columns(String prefix) {
            return PrefixedColumns.of(prefix, this);
        }
    }
}
