package com.example.legacy;

import com.example.legacy.mapper.LegacyRelationships;
import com.example.legacy.model.Employee;
import dev.relkit.Relkit;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;

import static com.example.legacy.mapper.DepartmentDynamicSqlSupport.department;
import static com.example.legacy.mapper.EmployeeDynamicSqlSupport.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An entity resultMap an application already had, reading prefixed labels ({@code emp_id}), is
 * rejected when relkit is bound, with one line per attribute naming entity, property, label and
 * column, and saying what to change; no database needed.
 */
class LegacyResultMapBindTest {

    private static final String PREFIXED_MAPPER = "com/example/legacy/legacymaps/PrefixedEmployeeMapper.xml";

    /** Employee declared over the legacy resultMap instead of {@code EmployeeMapper.employeeResult}. */
    private static final EntityType<Employee> EMPLOYEE_FROM_PREFIXED_MAP = EntityType.builder(Employee.class, employee)
            .generatedId("id", employee.id, Employee::getId, Employee::setId)
            .column("name", employee.empName, Employee::getName, Employee::setName)
            .column("departmentId", employee.deptId, Employee::getDepartmentId, Employee::setDepartmentId)
            .column("hiredOn", employee.hireDt, Employee::getHiredOn, Employee::setHiredOn)
            .resultMap("com.example.legacy.legacymaps.PrefixedEmployeeMapper.employeeRow")
            .build();

    private static final Relationship<Employee, com.example.legacy.model.Department> DEPARTMENT_OF_PREFIXED =
            Relationship.manyToOne("department", EMPLOYEE_FROM_PREFIXED_MAP, LegacyRelationships.DEPARTMENT)
                    .on(employee.deptId, department.deptId)
                    .reference(Employee::getDepartment, Employee::setDepartment)
                    .build();

    private static Configuration applicationConfigurationWithPrefixedMap() throws IOException {
        Configuration configuration;
        try (Reader reader = Resources.getResourceAsReader(LegacyApplication.MYBATIS_CONFIG)) {
            configuration = new XMLConfigBuilder(reader).parse();
        }
        try (InputStream in = Resources.getResourceAsStream(PREFIXED_MAPPER)) {
            new XMLMapperBuilder(in, configuration, PREFIXED_MAPPER, configuration.getSqlFragments()).parse();
        }
        configuration.getMappedStatementNames();
        return configuration;
    }

    @Test
    void bindRejectsAResultMapThatReadsPrefixedLabelsNamingEntityPropertyAndColumn() throws IOException {
        Configuration configuration = applicationConfigurationWithPrefixedMap();

        assertThatThrownBy(() -> Relkit.bind(configuration, Metamodel.of(List.of(DEPARTMENT_OF_PREFIXED))))
                .isInstanceOfSatisfying(Relkit.RelkitBindException.class, e -> {
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.problems().get(0))
                            .startsWith("Employee.id: its resultMap com.example.legacy.legacymaps.PrefixedEmployeeMapper.employeeRow"
                                    + " reads it from the column label 'emp_id', but relkit's generated statements select the column id")
                            .contains("give the entity a resultMap that reads 'id'")
                            .contains("columnPrefix");
                    assertThat(e.problems().get(1)).startsWith("Employee.departmentId:").contains("'emp_dept_id'", "dept_id");
                    assertThat(e.problems().get(2)).startsWith("Employee.hiredOn:").contains("'emp_hire_dt'", "hire_dt");
                })
                .hasMessageContaining("relkit cannot bind these declarations");
    }

    @Test
    void aLabelThatIsTheColumnsOwnLegacyNameIsAccepted() throws IOException {
        Configuration configuration = applicationConfigurationWithPrefixedMap();

        // emp_name is the column's own name: mapped to the property name, it needs no alias
        assertThatThrownBy(() -> Relkit.bind(configuration, Metamodel.of(List.of(DEPARTMENT_OF_PREFIXED))))
                .isInstanceOfSatisfying(Relkit.RelkitBindException.class,
                        e -> assertThat(e.problems()).noneMatch(problem -> problem.startsWith("Employee.name")));
    }

    @Test
    void theApplicationsOwnDeclarationsBind() throws IOException {
        Configuration configuration = applicationConfigurationWithPrefixedMap();

        Relkit relkit = Relkit.bind(configuration, LegacyRelationships.METAMODEL);

        assertThat(relkit.metamodel().relationships()).hasSize(LegacyRelationships.ALL.size());
    }
}
