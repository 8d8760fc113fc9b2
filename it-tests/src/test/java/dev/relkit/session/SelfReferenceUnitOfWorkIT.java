package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.model.company.Employee;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;
import dev.relkit.session.EntityState;
import dev.relkit.session.FlushException;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE;
import static dev.relkit.mapper.company.CompanyRelationships.MANAGER;
import static dev.relkit.mapper.company.CompanyRelationships.SUBORDINATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows of one type that depend on each other (the reference {@code employee} table's manager
 * adjacency list), flushed in the harness's rolled-back session: ordering is per row, not per type.
 */
@RelkitTest(mappers = CascadeTestMapper.class)
class SelfReferenceUnitOfWorkIT {

    private static final Metamodel EMPLOYEES = Metamodel.of(List.of(MANAGER, SUBORDINATES));
    private final BackReferences backReferences = new BackReferences(EMPLOYEES);

    @Test
    void insertsANewManagerBeforeTheNewReportAddedFirstAndDeletesInTheReverseOrder(
            SqlSession session, StatementRecorder statements) {
        RelkitSession unit = ReferenceCatalogue.session(session);
        Employee grace = new Employee("Grace Hopper", LocalDate.of(2025, 1, 6), new BigDecimal("99000.00"));
        Employee ada = new Employee("Ada Lovelace", LocalDate.of(2025, 1, 5), new BigDecimal("130000.00"));
        backReferences.set(MANAGER, grace, ada);
        unit.add(grace); // the manager comes in by cascade, after her report

        List<RecordedStatement> inserted = statements.record(unit::flush);

        assertThat(inserted).extracting(statement -> statement.parameters().get(0)).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(grace.getManagerId()).isEqualTo(ada.getId());
        assertThat(Rows.read(session.getConnection(), "select e.name, m.name from employee e join employee m on m.id = e.manager_id"
                + " where e.id = " + grace.getId())).containsExactly("Grace Hopper|Ada Lovelace");

        unit.delete(ada);
        unit.delete(grace);
        List<RecordedStatement> deleted = statements.record(unit::flush);

        assertThat(deleted).extracting(statement -> statement.parameters().get(0))
                .containsExactly(grace.getId().longValue(), ada.getId().longValue());
        assertThat(Rows.read(session.getConnection(), "select count(*) from employee where name in ('Ada Lovelace', 'Grace Hopper')"))
                .containsExactly("0");
    }

    @Test
    void aDecimalWithAnotherScaleButTheSameValueIsNotAChange(SqlSession session, StatementRecorder statements) {
        RelkitSession unit = ReferenceCatalogue.session(session);
        Employee olivia = unit.get(EMPLOYEE, 1);
        assertThat(olivia.getSalary()).isEqualByComparingTo("250000");

        olivia.setSalary(new BigDecimal("250000"));
        statements.assertCount(0, unit::flush);
        olivia.setSalary(new BigDecimal("250000.01"));
        statements.assertCount(1, unit::flush);
    }

    @Test
    void rowsThatReferToEachOtherAreACycleErrorNamingThemAndNothingIsWritten(SqlSession session, StatementRecorder statements) {
        RelkitSession unit = ReferenceCatalogue.session(session);
        Employee first = new Employee("First", LocalDate.of(2025, 2, 1), BigDecimal.ONE);
        Employee second = new Employee("Second", LocalDate.of(2025, 2, 2), BigDecimal.ONE);
        first.setManager(second);
        second.setManager(first);
        unit.add(first);

        statements.assertCount(0, () -> assertThatThrownBy(unit::flush).isInstanceOf(FlushException.class)
                .hasMessageContaining("cycle").hasMessageContaining("Employee#new"));

        assertThat(List.of(first, second)).extracting(unit::state).containsOnly(EntityState.NEW);
        assertThat(Arrays.asList(first.getId(), second.getId(), first.getManagerId())).containsOnlyNulls();
    }
}
