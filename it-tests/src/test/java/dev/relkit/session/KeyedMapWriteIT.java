package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.tree.TreeRelationships;
import dev.relkit.model.tree.TreeNode;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.EntityState;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import javax.sql.DataSource;

import static dev.relkit.mapper.tree.TreeRelationships.NODE_CHILDREN;
import static dev.relkit.mapper.tree.TreeRelationships.TREE_NODE;
import static dev.relkit.load.Loading.selectIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed-map collection {@code TreeNode.children} (by name; {@code UNIQUE (parent_id, name)};
 * cascades save-update, delete and delete-orphan) written by the unit of work: put, replace, remove
 * and move become inserts, deletes and updates, checked by plain JDBC after each flush, commit and
 * rollback. Seed: rootnode (1) has node1 (2), node3 (3), node2 (4; children subnode1 5, subnode2 6)
 * and node4 (7); otherroot (12) has node1 (13).
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class KeyedMapWriteIT {

    private static final Metamodel TREES = Metamodel.of(TreeRelationships.ALL);
    private static final String ROOT_CHILDREN = "select id, name from tree_node where parent_id = 1 order by id";

    private final BackReferences backReferences = new BackReferences(TREES);
    private RelkitSession unit;
    private TreeNode root;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        unit = ReferenceCatalogue.session(factory.openSession(false));
        root = unit.get(TREE_NODE, 1);
        unit.load(TREE_NODE, List.of(root), LoadPlan.of(selectIn(NODE_CHILDREN)));
        assertThat(root.getChildren()).containsOnlyKeys("node1", "node3", "node2", "node4");
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    @Test
    void puttingANewNodeUnderANameInsertsItWithTheParentsId(StatementRecorder statements, DataSource dataSource) {
        TreeNode node5 = new TreeNode("node5");
        backReferences.add(NODE_CHILDREN, root, node5);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).singleElement().satisfies(insert -> {
            assertThat(insert.oneLineSql()).isEqualTo("insert into tree_node (parent_id, name) values (?, ?)");
            assertThat(insert.parameters()).containsExactly(1, "node5");
        });
        List<String> expected = List.of("2|node1", "3|node3", "4|node2", "7|node4", node5.getId() + "|node5");
        assertThat(Rows.read(unit.sqlSession().getConnection(), ROOT_CHILDREN)).containsExactlyElementsOf(expected);
        unit.rollback();
        assertThat(Rows.committed(dataSource, ROOT_CHILDREN)).containsExactly("2|node1", "3|node3", "4|node2", "7|node4");
        assertThat(node5.getId()).isNull();
        assertThat(unit.state(node5)).as("brought in by cascade, it is brought in again by the next flush").isEqualTo(EntityState.DETACHED);
        unit.commit();
        assertThat(Rows.committed(dataSource, ROOT_CHILDREN))
                .containsExactly("2|node1", "3|node3", "4|node2", "7|node4", node5.getId() + "|node5");
    }

    @Test
    void replacingTheNodeUnderANameDeletesTheOldRowBeforeInsertingTheNewOne(StatementRecorder statements, DataSource dataSource) {
        TreeNode oldNode1 = root.getChildren().get("node1");
        TreeNode newNode1 = new TreeNode("node1");
        backReferences.add(NODE_CHILDREN, root, newNode1); // put("node1", ...) replaces the old entry

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, parent_id, name from tree_node where parent_id in (?) order by id",
                "delete from tree_node where id = ?",
                "insert into tree_node (parent_id, name) values (?, ?)");
        assertThat(unit.state(oldNode1)).isEqualTo(EntityState.DETACHED);
        List<String> expected = List.of("3|node3", "4|node2", "7|node4", newNode1.getId() + "|node1");
        assertThat(Rows.read(unit.sqlSession().getConnection(), ROOT_CHILDREN)).containsExactlyElementsOf(expected);
        assertThat(Rows.committed(dataSource, ROOT_CHILDREN)).as("not committed").containsExactly("2|node1", "3|node3", "4|node2", "7|node4");
        unit.commit();
        assertThat(Rows.committed(dataSource, ROOT_CHILDREN)).containsExactlyElementsOf(expected);
    }

    @Test
    void replacingANodeWithChildrenDeletesItsWholeSubtreeBeforeTheInsert(StatementRecorder statements, DataSource dataSource) {
        TreeNode newNode2 = new TreeNode("node2");
        backReferences.add(NODE_CHILDREN, root, newNode2);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).filteredOn(statement -> !statement.oneLineSql().startsWith("select"))
                .extracting(RecordedStatement::oneLineSql, statement -> statement.parameters().get(0))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("delete from tree_node where id = ?", 5L),
                        org.assertj.core.groups.Tuple.tuple("delete from tree_node where id = ?", 6L),
                        org.assertj.core.groups.Tuple.tuple("delete from tree_node where id = ?", 4L),
                        org.assertj.core.groups.Tuple.tuple("insert into tree_node (parent_id, name) values (?, ?)", 1));
        unit.commit();
        assertThat(Rows.committed(dataSource, ROOT_CHILDREN)).containsExactly("2|node1", "3|node3", "7|node4", newNode2.getId() + "|node2");
        assertThat(Rows.committed(dataSource, "select count(*) from tree_node where id in (4, 5, 6)")).containsExactly("0");
    }

    @Test
    void removingANodeDeletesItAndItsSubtree(StatementRecorder statements, DataSource dataSource) {
        root.getChildren().remove("node2");

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).filteredOn(sql -> sql.startsWith("delete"))
                .containsExactly("delete from tree_node where id = ?", "delete from tree_node where id = ?", "delete from tree_node where id = ?");
        assertThat(flushed).filteredOn(statement -> statement.oneLineSql().startsWith("delete"))
                .extracting(statement -> statement.parameters().get(0)).containsExactly(5L, 6L, 4L);
        assertThat(flushed).as("a select-in of node2's children, then one per child").hasSize(6);
        assertThat(Rows.read(unit.sqlSession().getConnection(), "select id from tree_node where id in (4, 5, 6)")).isEmpty();
        unit.commit();
        assertThat(Rows.committed(dataSource, ROOT_CHILDREN)).containsExactly("2|node1", "3|node3", "7|node4");
        assertThat(Rows.committed(dataSource, "select count(*) from tree_node")).containsExactly("10");
    }

    @Test
    void movingANodeToAnotherParentsMapUpdatesItsParentId(StatementRecorder statements, DataSource dataSource) {
        TreeNode otherRoot = unit.get(TREE_NODE, 12);
        unit.load(TREE_NODE, List.of(otherRoot), LoadPlan.of(selectIn(NODE_CHILDREN)));
        TreeNode node3 = root.getChildren().remove("node3");
        backReferences.add(NODE_CHILDREN, otherRoot, node3);
        assertThat(node3.getParent()).isSameAs(otherRoot);
        assertThat(root.getChildren()).doesNotContainKey("node3");
        assertThat(otherRoot.getChildren()).containsOnlyKeys("node1", "node3");

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).as("held by its new parent, it is no orphan").singleElement().satisfies(update -> {
            assertThat(update.oneLineSql()).isEqualTo("update tree_node set parent_id = ? where id = ?");
            assertThat(update.parameters()).containsExactly(12, 3L);
        });
        statements.assertCount(0, unit::flush);
        unit.commit();
        assertThat(Rows.committed(dataSource, "select id, parent_id, name from tree_node where id in (3, 13) order by id"))
                .containsExactly("3|12|node3", "13|12|node1");
    }
}
