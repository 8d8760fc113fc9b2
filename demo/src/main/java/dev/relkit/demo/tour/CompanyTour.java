package dev.relkit.demo.tour;

import dev.relkit.mapper.company.CompanyRelationships;
import dev.relkit.mapper.company.DepartmentMapper;
import dev.relkit.mapper.company.EmployeeMapper;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import dev.relkit.relation.AdjacencyList;

import java.util.List;

/**
 * Departments and employees: the one-to-many department / employees seen from both sides, and the
 * self-referential manager / subordinates, each scenario one statement.
 */
final class CompanyTour implements TourSection {

    private static final AdjacencyList<Employee> ORG_CHART =
            AdjacencyList.of(CompanyRelationships.MANAGER, CompanyRelationships.SUBORDINATES);

    @Override
    public String title() {
        return "One-to-many both sides and a self-referential adjacency list: departments and employees";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/department_employee.sql");

        List<Department> departments = tour.scenario(
                "Departments with their employees, one outer join (XML); each employee's department is its ancestor",
                session -> session.getMapper(DepartmentMapper.class).selectAllWithEmployees());
        int same = 0;
        int total = 0;
        for (Department department : departments) {
            tour.show(department.getName() + ": " + (department.getEmployees().isEmpty() ? "(no employees)"
                    : String.join(", ", department.getEmployees().stream().map(Employee::getName).toList())));
            for (Employee employee : department.getEmployees()) {
                total++;
                if (employee.getDepartment() == department) {
                    same++;
                }
            }
        }
        tour.show("employee.getDepartment() is the same object that lists it: " + same + " of " + total);

        List<Employee> employees = tour.scenario("Employees with their department, many-to-one (dynamic SQL)",
                session -> session.getMapper(EmployeeMapper.class).selectAllWithDepartmentDynamic());
        employees.forEach(employee -> tour.show(employee.getName() + " -> "
                + (employee.getDepartment() == null ? "no department" : employee.getDepartment().getName())));

        Employee tom = tour.scenario("Tom Becker with his manager and subordinates, employee joined to itself twice (XML)",
                session -> session.getMapper(EmployeeMapper.class).selectWithManagerAndSubordinatesById(4));
        tour.show(tom.getName() + ", managed by " + tom.getManager().getName() + ", manages "
                + String.join(", ", tom.getSubordinates().stream().map(Employee::getName).toList()));
        tour.show("every subordinate's manager is this Tom object: "
                + tom.getSubordinates().stream().allMatch(subordinate -> subordinate.getManager() == tom));

        Employee sam = tour.scenario("Sam Okafor's management chain, manager joined three levels up (dynamic SQL)",
                session -> session.getMapper(EmployeeMapper.class).selectManagementChainDynamic(6));
        StringBuilder chain = new StringBuilder(sam.getName());
        for (Employee manager = sam.getManager(); manager != null; manager = manager.getManager()) {
            chain.append(" -> ").append(manager.getName());
        }
        tour.show(chain.toString());

        Employee olivia = tour.scenario("Olivia Reed's org chart, subordinates joined three levels down (dynamic SQL)",
                session -> session.getMapper(EmployeeMapper.class).selectOrgChartDynamic(1));
        ORG_CHART.walk(olivia, (depth, employee, manager) -> tour.show("  ".repeat(depth) + employee.getName()
                + (manager == null ? "" : "  (manager: " + employee.getManager().getName() + ")")));
    }
}
