package dev.relkit.bench;

import dev.relkit.mapper.ReferenceCatalogue;
import static dev.relkit.mapper.tree.CategoryDynamicSqlSupport.category;
import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY;
import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_CHILDREN;
import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_TREE;
import static dev.relkit.load.Loading.selectIn;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

import com.mybatisflex.core.query.QueryColumn;
import com.mybatisflex.core.query.QueryWrapper;
import com.mybatisflex.core.relation.RelationManager;
import dev.relkit.bench.flex.FlexCategoryMapper;
import dev.relkit.bench.mybatis.NestedSelectMapper;
import dev.relkit.mapper.tree.CategoryMapper;
import dev.relkit.model.tree.Category;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.Session;

/** W4: a category tree of 11,111 nodes (10 children per node) loaded from its root to depth 4. */
public final class TreeWorkload {

    static final int ROOT_ID = 1;
    static final int DEPTH = 4;

    static final String JDBC_SQL = """
            WITH RECURSIVE subtree (id, parent_id, name, depth) AS (
                SELECT category.id, category.parent_id, category.name, 0
                FROM category
                WHERE category.id = ?
                UNION ALL
                SELECT child.id, child.parent_id, child.name, subtree.depth + 1
                FROM category child
                JOIN subtree ON child.parent_id = subtree.id
                WHERE subtree.depth < ?)
            SELECT id, parent_id, name FROM subtree ORDER BY depth, id""";

    public static final Workload<Category> WORKLOAD = new Workload<>("W4",
            "a 11,111-node category tree loaded to depth 4", TreeBenchmark.class, contenders(),
            TreeWorkload::snapshot, TreeWorkload::touch);

    private TreeWorkload() {
    }

    private static Map<String, Contender<Category>> contenders() {
        Map<String, Contender<Category>> contenders = new LinkedHashMap<>();
        contenders.put("jdbc", TreeWorkload::jdbc);
        contenders.put("jdbcSelectIn", TreeWorkload::jdbcSelectIn);
        contenders.put("relkitJoined", TreeWorkload::relkitJoined);
        contenders.put("mybatisJoined", TreeWorkload::mybatisJoined);
        contenders.put("relkitRecursiveCte", TreeWorkload::relkitRecursiveCte);
        contenders.put("relkitSelectIn", TreeWorkload::relkitSelectIn);
        contenders.put("mybatisNestedSelect", TreeWorkload::mybatisNestedSelect);
        contenders.put("hibernateJoinFetch", TreeWorkload::hibernateJoinFetch);
        contenders.put("hibernateBatch", TreeWorkload::hibernateBatch);
        contenders.put("flexRelations", TreeWorkload::flexRelations);
        return contenders;
    }

    /** The limit: one recursive CTE, linked by hand through a map of categories by id. */
    static Object jdbc(BenchEnvironment environment, Function<? super Category, ?> use) {
        try (Connection connection = environment.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(JDBC_SQL)) {
            statement.setInt(1, ROOT_ID);
            statement.setInt(2, DEPTH);
            Map<Integer, Category> byId = new HashMap<>();
            Category root = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Category node = new Category();
                    node.setId(rows.getInt(1));
                    node.setParentId(rows.getObject(2, Integer.class));
                    node.setName(rows.getString(3));
                    byId.put(node.getId(), node);
                    Category parent = node.getParentId() == null ? null : byId.get(node.getParentId());
                    if (root == null) {
                        root = node;
                    } else {
                        node.setParent(parent);
                        parent.getChildren().add(node);
                    }
                }
            }
            return use.apply(root);
        } catch (SQLException e) {
            throw new IllegalStateException("W4 jdbc: " + e.getMessage(), e);
        }
    }

    /**
     * The other limit: hand-written select-in, the root by id, then each level's children by
     * {@code parent_id IN} the level above (chunks of {@value JdbcSelectIn#CHUNK}), linked by hand.
     */
    static Object jdbcSelectIn(BenchEnvironment environment, Function<? super Category, ?> use) {
        try (Connection connection = environment.dataSource().getConnection()) {
            Map<Integer, Category> level = new LinkedHashMap<>();
            JdbcSelectIn.select(connection, "SELECT id, parent_id, name FROM category WHERE id", "", List.of(ROOT_ID),
                    row -> level.put(row.getInt(1), category(row, null)));
            Category root = level.get(ROOT_ID);
            for (int depth = 0; depth < DEPTH; depth++) {
                Map<Integer, Category> parents = new HashMap<>(level);
                level.clear();
                JdbcSelectIn.select(connection, "SELECT id, parent_id, name FROM category WHERE parent_id",
                        " ORDER BY id", parents.keySet(), row -> {
                            Category child = category(row, parents);
                            level.put(child.getId(), child);
                        });
            }
            return use.apply(root);
        } catch (SQLException e) {
            throw new IllegalStateException("W4 jdbcSelectIn: " + e.getMessage(), e);
        }
    }

    private static Category category(ResultSet row, Map<Integer, Category> parents) throws SQLException {
        Category node = new Category();
        node.setId(row.getInt(1));
        node.setParentId(row.getObject(2, Integer.class));
        node.setName(row.getString(3));
        if (parents != null) {
            Category parent = parents.get(node.getParentId());
            node.setParent(parent);
            parent.getChildren().add(node);
        }
        return node;
    }

    /** relkit joined: {@code CategoryMapper.selectSubtreeDynamic}, four self-joins from the declaration. */
    static Object relkitJoined(BenchEnvironment environment, Function<? super Category, ?> use) {
        return joined(environment.sessionFactory(), use);
    }

    /** The same statement as {@link #relkitJoined}, its rows mapped by MyBatis itself (relkit's compiled resultMaps off). */
    static Object mybatisJoined(BenchEnvironment environment, Function<? super Category, ?> use) {
        return joined(environment.mybatisMappedSessionFactory(), use);
    }

    private static Object joined(SqlSessionFactory sessions, Function<? super Category, ?> use) {
        try (SqlSession session = sessions.openSession(true)) {
            return use.apply(session.getMapper(CategoryMapper.class).selectSubtreeDynamic(ROOT_ID, DEPTH));
        }
    }

    /** relkit's recursive CTE: {@code CategoryMapper.selectSubtreeRows} linked by {@code CATEGORY_TREE}. */
    static Object relkitRecursiveCte(BenchEnvironment environment, Function<? super Category, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(CATEGORY_TREE.linkSubtree(
                    session.getMapper(CategoryMapper.class).selectSubtreeRows(ROOT_ID, DEPTH)));
        }
    }

    /** relkit select-in: {@code selectIn(CATEGORY_CHILDREN).recursive(4)}, one statement per level (and chunk). */
    static Object relkitSelectIn(BenchEnvironment environment, Function<? super Category, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            List<Category> roots = ReferenceCatalogue.loader(session).query(CATEGORY,
                    select(category.id, category.parentId, category.name).from(category).where(category.id, isEqualTo(ROOT_ID)),
                    LoadPlan.of(selectIn(CATEGORY_CHILDREN).recursive(DEPTH)));
            return use.apply(roots.get(0));
        }
    }

    /** Plain MyBatis nested selects: one select of children per category, down to the leaves. */
    static Object mybatisNestedSelect(BenchEnvironment environment, Function<? super Category, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(session.getMapper(NestedSelectMapper.class).selectCategoryTree(ROOT_ID));
        }
    }

    /**
     * Hibernate 7, one statement: the categories of the top {@value #DEPTH} levels (found through their
     * parents) with their children join-fetched; the session's persistence context makes each child the
     * same object as the parent row of the level below, so the root's graph is complete to depth
     * {@value #DEPTH}. Nesting {@code left join fetch c.children c1 left join fetch c1.children} instead
     * fails: {@code children} is a {@code List} without an index column (a bag), and Hibernate refuses
     * to fetch more than one bag in a query ({@code MultipleBagFetchException}).
     */
    static Object hibernateJoinFetch(BenchEnvironment environment, Function<? super Category, ?> use) {
        try (Session session = environment.hibernate().openSession()) {
            session.setDefaultReadOnly(true);
            List<Category> levels = session.createSelectionQuery("""
                    select c from Category c
                    left join c.parent p1
                    left join p1.parent p2
                    left join fetch c.children
                    where c.id = :root or c.parentId = :root or p1.parentId = :root or p2.parentId = :root""",
                    Category.class).setParameter("root", ROOT_ID).getResultList();
            return use.apply(levels.stream().filter(node -> node.getId() == ROOT_ID).findFirst().orElseThrow());
        }
    }

    /** Hibernate 7: {@code find} the root, children batch-fetched level by level as {@code use} walks down. */
    static Object hibernateBatch(BenchEnvironment environment, Function<? super Category, ?> use) {
        try (Session session = environment.hibernate().openSession()) {
            session.setDefaultReadOnly(true);
            return use.apply(session.find(Category.class, ROOT_ID));
        }
    }

    /**
     * MyBatis-Flex: the root, then its children by Flex's self-referencing relation, one batched
     * {@code IN} per level; {@code RelationManager.setMaxDepth} (for this thread's next query) stops it at
     * depth {@value #DEPTH}, Flex's default being 3.
     */
    static Object flexRelations(BenchEnvironment environment, Function<? super Category, ?> use) {
        RelationManager.setMaxDepth(DEPTH);
        return use.apply(environment.flex().getMapper(FlexCategoryMapper.class)
                .selectOneWithRelationsByQuery(QueryWrapper.create().where(new QueryColumn("id").eq(ROOT_ID))));
    }

    /** A category as values, its children to depth {@value #DEPTH} (deeper children are not compared). */
    record NodeValues(Integer id, Integer parentId, String name, List<NodeValues> children) {
    }

    static Object snapshot(Category root) {
        return values(root, 0);
    }

    private static NodeValues values(Category node, int depth) {
        List<NodeValues> children = new ArrayList<>();
        if (depth < DEPTH) {
            for (Category child : node.getChildren()) {
                children.add(values(child, depth + 1));
            }
        }
        return new NodeValues(node.getId(), node.getParentId(), node.getName(), children);
    }

    static long touch(Category root) {
        return touch(root, 0);
    }

    private static long touch(Category node, int depth) {
        long sum = node.getId() + node.getName().length() + (node.getParentId() == null ? 0 : node.getParentId());
        if (depth < DEPTH) {
            for (Category child : node.getChildren()) {
                sum += touch(child, depth + 1);
            }
        }
        return sum;
    }
}
