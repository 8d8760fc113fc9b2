package com.example.legacy.spring;

import com.example.legacy.model.Department;
import com.example.legacy.model.Employee;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.RelkitSession;
import dev.relkit.spring.RelkitSessions;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

import static com.example.legacy.mapper.LegacyRelationships.DEPARTMENT;
import static com.example.legacy.mapper.LegacyRelationships.DEPARTMENT_EMPLOYEES;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE_DEPARTMENT;
import static dev.relkit.load.Loading.selectIn;

/**
 * The HR application's personnel operations in Spring transactions (programmatic, with Spring's
 * {@link TransactionTemplate}, as many older Spring applications do it; {@code @Transactional} works the
 * same). relkit's unit of work takes part in the transaction: Spring commits it, or rolls it back
 * together with everything else the transaction wrote.
 */
public final class PersonnelService {

    private final RelkitSessions relkit;
    private final TransactionTemplate transactions;

    public PersonnelService(RelkitSessions relkit, TransactionTemplate transactions) {
        this.relkit = relkit;
        this.transactions = transactions;
    }

    /** A department with its staff: the department by key, its employees by one select-in statement. */
    public Department departmentWithStaff(int departmentId) {
        return transactions.execute(status -> {
            RelkitSession unit = relkit.session();
            Department department = unit.get(DEPARTMENT, departmentId);
            if (department == null) {
                throw new IllegalArgumentException("No department " + departmentId);
            }
            unit.load(DEPARTMENT, List.of(department), LoadPlan.of(selectIn(DEPARTMENT_EMPLOYEES)));
            return department;
        });
    }

    /**
     * Moves employees to another department in one transaction: all of them, or none when one of them
     * does not exist (the exception rolls the transaction back, with the moves already flushed).
     */
    public void transferAll(List<Integer> employeeIds, int toDepartmentId) {
        transactions.executeWithoutResult(status -> {
            RelkitSession unit = relkit.session();
            Department to = unit.get(DEPARTMENT, toDepartmentId);
            for (Integer id : employeeIds) {
                Employee moving = unit.get(EMPLOYEE, id);
                if (moving == null) {
                    throw new IllegalArgumentException("No employee " + id);
                }
                unit.backReferences().set(EMPLOYEE_DEPARTMENT, moving, to);
                unit.flush();
            }
        });
    }
}
