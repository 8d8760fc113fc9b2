package dev.relkit.load;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.mapper.company.DepartmentMapper;
import dev.relkit.mapper.company.EmployeeMapper;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import dev.relkit.model.tree.TreeNode;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.BlogRelationships.TAG;
import static dev.relkit.mapper.blog.BlogRelationships.TAG_POSTS;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;
import static dev.relkit.mapper.company.CompanyRelationships.DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE_DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.MANAGER;
import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;
import static dev.relkit.mapper.tree.TreeNodeDynamicSqlSupport.treeNode;
import static dev.relkit.mapper.tree.TreeRelationships.NODE_CHILDREN;
import static dev.relkit.mapper.tree.TreeRelationships.TREE_NODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * One row, one object, and both sides of every bidirectional relationship set, whichever strategy
 * loaded it: select-in, subquery, joined, lazy and recursive, in both directions, with a bare loader
 * (one identity map per call) and inside a {@code RelkitSession} (its identity map for its whole life).
 *
 * <p>Seeds: department_employee.sql (Engineering 1: 2, 4, 6, 8, 10, 12; Sales 2: 3, 7, 9, 13, 14;
 * Support 3: 5, 11; Legal 4: nobody; Marcus Webb 2 reports to Olivia Reed 1), tree.sql (rootnode 1 has
 * node1 2, node3 3, node2 4, node4 7; node2 has 5, 6; node4 has 8, 9; 8 has 10; 10 has 11) and
 * blog.sql (tag wendy 2 on posts 1 and 2).
 */
@RelkitTest
class GraphIdentityIT {

    // ---- one-to-many loaded: the many-to-one inverse is the loading parent ----

    @Test
    void selectInOfDepartmentEmployeesSetsEveryEmployeesDepartmentToThatDepartment(SqlSession session, StatementRecorder statements) {
        List<Department> departments = session.getMapper(DepartmentMapper.class).selectAll();

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session).load(departments, LoadPlan.of(selectIn(EMPLOYEES))));

        assertThat(departments).allSatisfy(parent -> assertThat(parent.getEmployees())
                .allSatisfy(employee -> assertThat(employee.getDepartment()).isSameAs(parent)));
        assertThat(departments.get(0).getEmployees()).hasSize(6);
    }

    @Test
    void subqueryOfDepartmentEmployeesSetsEveryEmployeesDepartmentToThatDepartment(SqlSession session, StatementRecorder statements) {
        List<Department> departments = statements.assertCount(2, () -> ReferenceCatalogue.loader(session).query(DEPARTMENT,
                select(department.id, department.name).from(department).orderBy(department.id), LoadPlan.of(subquery(EMPLOYEES))));

        assertThat(departments).hasSize(4).allSatisfy(parent -> assertThat(parent.getEmployees())
                .allSatisfy(employee -> assertThat(employee.getDepartment()).isSameAs(parent)));
        assertThat(departments.get(1).getEmployees()).hasSize(5);
    }

    @Test
    void aJoinedCollectionSetsTheInverseOfEveryMappedChild(SqlSession session, StatementRecorder statements) {
        List<Department> departments = session.getMapper(DepartmentMapper.class).selectAllWithEmployees();

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(departments, LoadPlan.of(joined(EMPLOYEES))));

        assertThat(departments).allSatisfy(parent -> assertThat(parent.getEmployees())
                .allSatisfy(employee -> assertThat(employee.getDepartment()).isSameAs(parent)));
    }

    @Test
    void aRecursiveLoadSetsEveryNodesParentAndLeavesTheLevelPastTheDepthNotLoaded(SqlSession session, StatementRecorder statements) {
        RelationshipLoader loader = ReferenceCatalogue.loader(session);
        TreeNode root = statements.assertCount(3, () -> loader.query(TREE_NODE,
                select(treeNode.id, treeNode.parentId, treeNode.name).from(treeNode).where(treeNode.id, isEqualTo(1)),
                LoadPlan.of(selectIn(NODE_CHILDREN).recursive(2)))).get(0);

        TreeNode node4 = root.getChildren().get("node4");
        TreeNode subnode3 = node4.getChildren().get("subnode3");
        assertThat(node4.getParent()).isSameAs(root);
        assertThat(subnode3.getParent()).isSameAs(node4);
        // level 3 is past the depth: not loaded, which an empty map would have hidden
        assertThat(LoadState.isUnloaded(subnode3.getChildren())).isTrue();

        TreeNode subsubnode1 = statements.assertCount(1, () -> subnode3.getChildren().get("subsubnode1"));
        assertThat(subsubnode1.getParent()).isSameAs(subnode3);
    }

    // ---- many-to-one loaded: one object per target row ----

    @Test
    void selectInOfEmployeeDepartmentGivesEveryEmployeeOfADepartmentTheSameObject(SqlSession session, StatementRecorder statements) {
        List<Employee> employees = session.getMapper(EmployeeMapper.class).selectAll();

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session).load(employees, LoadPlan.of(selectIn(EMPLOYEE_DEPARTMENT))));

        Map<Integer, Employee> byId = employees.stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
        assertThat(byId.get(2).getDepartment()).isSameAs(byId.get(4).getDepartment());
        assertThat(byId.get(1).getDepartment()).isNull();
        // Department.employees was not loaded: one employee in it would read as the whole department
        assertThat(byId.get(2).getDepartment().getEmployees()).isEmpty();
    }

    @Test
    void joinedAndSubqueryOfEmployeeDepartmentGiveEveryEmployeeOfADepartmentTheSameObject(SqlSession session,
                                                                                        StatementRecorder statements) {
        RelationshipLoader loader = ReferenceCatalogue.loader(session);
        List<Employee> joinedRows = session.getMapper(EmployeeMapper.class).selectAllWithDepartment();

        statements.assertCount(0, () -> loader.load(joinedRows, LoadPlan.of(joined(EMPLOYEE_DEPARTMENT))));
        List<Employee> bySubquery = statements.assertCount(2, () -> loader.query(EMPLOYEE,
                select(employee.id, employee.name, employee.departmentId, employee.managerId, employee.hiredAt, employee.salary)
                        .from(employee).orderBy(employee.id), LoadPlan.of(subquery(EMPLOYEE_DEPARTMENT))));

        for (List<Employee> employees : List.of(joinedRows, bySubquery)) {
            Map<Integer, Employee> byId = employees.stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
            assertThat(byId.get(2).getDepartment()).isSameAs(byId.get(4).getDepartment()).isNotNull();
            assertThat(byId.get(3).getDepartment()).isSameAs(byId.get(14).getDepartment()).isNotSameAs(byId.get(2).getDepartment());
        }
    }

    @Test
    void aLazyManagerAlreadyLoadedInTheSameCallIsThatObjectNotAStandIn(SqlSession session, StatementRecorder statements) {
        List<Employee> employees = session.getMapper(EmployeeMapper.class).selectAll();

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(employees, LoadPlan.of(lazy(MANAGER))));

        Map<Integer, Employee> byId = employees.stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
        assertThat(byId.get(2).getManager()).isSameAs(byId.get(1));
        assertThat(byId.get(4).getManager()).isSameAs(byId.get(2));
        assertThat(LoadState.isUnloaded(byId.get(2).getManager())).isFalse();
    }

    // ---- inside a session: one identity map for every call ----

    @Test
    void aSessionGivesTheSameObjectToEveryLoadAndEveryStrategy(SqlSessionFactory factory, StatementRecorder statements) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            List<Department> departments = unit.load(DEPARTMENT,
                    unit.sqlSession().getMapper(DepartmentMapper.class).selectAll(), LoadPlan.of(selectIn(EMPLOYEES)));
            Department engineering = departments.get(0);
            Employee marcus = engineering.getEmployees().get(0);
            assertThat(marcus.getDepartment()).isSameAs(engineering);
            assertThat(unit.identity(EMPLOYEE, 2)).isSameAs(marcus);
            assertThat(unit.identity(EMPLOYEE, 2L)).isSameAs(marcus); // one key normalisation

            // another statement's rows and another strategy: the session's objects again
            List<Employee> employees = statements.assertCount(2, () -> unit.load(EMPLOYEE,
                    unit.sqlSession().getMapper(EmployeeMapper.class).selectAll(), LoadPlan.of(selectIn(EMPLOYEE_DEPARTMENT))));
            assertThat(employees).contains(marcus);
            assertThat(employees.stream().filter(e -> e.getId() == 2).findFirst().orElseThrow()).isSameAs(marcus);
            assertThat(marcus.getDepartment()).isSameAs(engineering);

            // a lazy many-to-one whose target the session holds: no stand-in, no SQL
            Employee olivia = unit.identity(EMPLOYEE, 1);
            statements.assertCount(0, () -> unit.load(EMPLOYEE, List.of(marcus), LoadPlan.of(lazy(MANAGER))));
            assertThat(marcus.getManager()).isSameAs(olivia);
        }
    }

    @Test
    void aLazyCollectionInASessionLoadsTheSessionsObjectsAndSetsTheirInverse(SqlSessionFactory factory, StatementRecorder statements) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Employee lena = unit.get(EMPLOYEE, 5);
            Department support = unit.get(DEPARTMENT, 3);
            unit.load(DEPARTMENT, List.of(support), LoadPlan.of(lazy(EMPLOYEES)));

            List<Employee> staff = statements.assertCount(1, () -> new ArrayList<>(support.getEmployees()));

            assertThat(staff).extracting(Employee::getId).containsExactly(5, 11);
            assertThat(staff.get(0)).isSameAs(lena);
            assertThat(staff).allSatisfy(employee -> assertThat(employee.getDepartment()).isSameAs(support));
            assertThat(unit.identity(EMPLOYEE, 11)).isSameAs(staff.get(1));
        }
    }

    @Test
    void manyToManyLoadsInBothDirectionsShareTheSessionsObjects(SqlSessionFactory factory, StatementRecorder statements) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            List<Post> posts = statements.assertCount(2, () -> unit.load(POST,
                    unit.sqlSession().getMapper(PostMapper.class).selectAll(), LoadPlan.of(selectIn(POST_TAGS))));
            Tag wendy = unit.identity(TAG, 2);
            assertThat(posts.get(0).getTags()).contains(wendy);
            assertThat(posts.get(1).getTags()).containsExactly(wendy);

            List<Tag> tags = statements.assertCount(2, () -> unit.load(TAG,
                    unit.query(TAG, select(tag.id, tag.name, tag.slug).from(tag)), LoadPlan.of(selectIn(TAG_POSTS))));
            assertThat(tags).contains(wendy);
            assertThat(wendy.getPosts()).containsExactly(posts.get(0), posts.get(1));
            assertThat(wendy.getPosts().iterator().next()).isSameAs(posts.get(0));
        }
    }

    // ---- no silent wrong result ----

    @Test
    void joinedOverAStatementThatDoesNotMapTheRelationshipIsAnErrorNamingBoth(SqlSession session) {
        List<Department> departments = session.getMapper(DepartmentMapper.class).selectAll();

        assertThatThrownBy(() -> ReferenceCatalogue.loader(session).load(departments, LoadPlan.of(joined(EMPLOYEES))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Department.employees")
                .hasMessageContaining(DepartmentMapper.class.getName() + ".selectAll");
    }

    @Test
    void joinedManyToOneOverAListOfUnknownOriginIsAnErrorWhenAForeignKeyIsSetButNotTheReference(SqlSession session) {
        List<Employee> copied = new ArrayList<>(session.getMapper(EmployeeMapper.class).selectAll());

        assertThatThrownBy(() -> ReferenceCatalogue.loader(session).load(copied, LoadPlan.of(joined(EMPLOYEE_DEPARTMENT))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Employee.department");
    }
}
