package dev.relkit.mapper.tree;

import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The tree mappers' dynamic-SQL statements, as exact SQL; TreeNodeMapperIT and CategoryMapperIT run them on MariaDB. */
class TreeMapperStatementTest {

    private static String columns(String alias, String prefix) {
        return alias + ".id as " + prefix + "id, " + alias + ".parent_id as " + prefix + "parent_id, "
                + alias + ".name as " + prefix + "name";
    }

    @Test
    void treeNodeSubtreeJoinsTheChildrenRoleOncePerLevelWithStackedPrefixes() {
        SelectStatementProvider statement = TreeNodeMapper.selectSubtreeStatement(1, 3);

        assertThat(statement.getSelectStatement()).isEqualTo("select tree_node.id, tree_node.parent_id, tree_node.name, "
                + columns("children", "c_") + ", " + columns("children_children", "c_c_") + ", "
                + columns("children_children_children", "c_c_c_")
                + " from tree_node left join tree_node children on children.parent_id = tree_node.id"
                + " left join tree_node children_children on children_children.parent_id = children.id"
                + " left join tree_node children_children_children on children_children_children.parent_id = children_children.id"
                + " where tree_node.id = #{parameters.p1,jdbcType=INTEGER}"
                + " order by children.id, children_children.id, children_children_children.id");
        assertThat(statement.getParameters()).containsEntry("p1", 1);
    }

    @Test
    void categorySubtreeUsesTheSameLevelsForItsOwnTable() {
        assertThat(CategoryMapper.selectSubtreeStatement(1, 1).getSelectStatement())
                .isEqualTo("select category.id, category.parent_id, category.name, " + columns("children", "c_")
                        + " from category left join category children on children.parent_id = category.id"
                        + " where category.id = #{parameters.p1,jdbcType=INTEGER} order by children.id");
    }
}
