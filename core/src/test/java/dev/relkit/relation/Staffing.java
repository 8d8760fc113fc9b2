package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.AliasableSqlTable;

import java.sql.JDBCType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small schema for declaration tests: departments and their employees (one-to-many), an employee's
 * badge (one-to-one, {@code badge.employee_id} unique), and projects staffed through
 * {@code assignment} (many-to-many). Tables and classes are written as MyBatis Generator writes them.
 */
final class Staffing {

    static final DepartmentTable department = new DepartmentTable();
    static final EmployeeTable employee = new EmployeeTable();
    static final BadgeTable badge = new BadgeTable();
    static final ProjectTable project = new ProjectTable();
    static final AssignmentTable assignment = new AssignmentTable();

    static final EntityType<Department> DEPARTMENT = EntityType.builder(Department.class, department)
            .generatedId("id", department.id, Department::getId, Department::setId)
            .column("name", department.name, Department::getName, Department::setName).build();
    static final EntityType<Employee> EMPLOYEE = EntityType.builder(Employee.class, employee)
            .generatedId("id", employee.id, Employee::getId, Employee::setId)
            .column("departmentId", employee.departmentId, Employee::getDepartmentId, Employee::setDepartmentId).build();
    static final EntityType<Badge> BADGE = EntityType.builder(Badge.class, badge)
            .generatedId("id", badge.id, Badge::getId, Badge::setId)
            .column("employeeId", badge.employeeId, Badge::getEmployeeId, Badge::setEmployeeId).build();
    static final EntityType<Project> PROJECT = EntityType.builder(Project.class, project)
            .generatedId("id", project.id, Project::getId, Project::setId).build();

    private Staffing() {
    }

    static final class DepartmentTable extends AliasableSqlTable<DepartmentTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        DepartmentTable() {
            super("department", DepartmentTable::new);
        }
    }

    static final class EmployeeTable extends AliasableSqlTable<EmployeeTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
        public final SqlColumn<Integer> departmentId = column("department_id", JDBCType.INTEGER);

        EmployeeTable() {
            super("employee", EmployeeTable::new);
        }
    }

    static final class BadgeTable extends AliasableSqlTable<BadgeTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> employeeId = column("employee_id", JDBCType.INTEGER);

        BadgeTable() {
            super("badge", BadgeTable::new);
        }
    }

    static final class ProjectTable extends AliasableSqlTable<ProjectTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);

        ProjectTable() {
            super("project", ProjectTable::new);
        }
    }

    static final class AssignmentTable extends AliasableSqlTable<AssignmentTable> {
        public final SqlColumn<Integer> employeeId = column("employee_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> projectId = column("project_id", JDBCType.INTEGER);

        AssignmentTable() {
            super("assignment", AssignmentTable::new);
        }
    }

    public static class Department {
        private Integer id;
        private String name;
        private List<Employee> employees = new ArrayList<>();

        public Integer getId() { return id; }
        public void setId(Integer id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public List<Employee> getEmployees() { return employees; }
        public void setEmployees(List<Employee> employees) { this.employees = employees; }
    }

    public static class Employee {
        private Integer id;
        private String name;
        private Integer departmentId;
        private Department department;
        private Badge badge;
        private Set<Project> projects = new HashSet<>();

        public Integer getId() { return id; }
        public void setId(Integer id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getDepartmentId() { return departmentId; }
        public void setDepartmentId(Integer departmentId) { this.departmentId = departmentId; }
        public Department getDepartment() { return department; }
        public void setDepartment(Department department) { this.department = department; }
        public Badge getBadge() { return badge; }
        public void setBadge(Badge badge) { this.badge = badge; }
        public Set<Project> getProjects() { return projects; }
        public void setProjects(Set<Project> projects) { this.projects = projects; }
    }

    public static class Badge {
        private Integer id;
        private Integer employeeId;
        private Employee employee;

        public Integer getId() { return id; }
        public void setId(Integer id) { this.id = id; }
        public Integer getEmployeeId() { return employeeId; }
        public void setEmployeeId(Integer employeeId) { this.employeeId = employeeId; }
        public Employee getEmployee() { return employee; }
        public void setEmployee(Employee employee) { this.employee = employee; }
    }

    public static class Project {
        private Integer id;
        private List<Employee> staff = new ArrayList<>();

        public Integer getId() { return id; }
        public void setId(Integer id) { this.id = id; }
        public List<Employee> getStaff() { return staff; }
        public void setStaff(List<Employee> staff) { this.staff = staff; }
    }
}
