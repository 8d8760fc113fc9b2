package com.example.legacy.service;

import com.example.legacy.mapper.ProjectMapper;
import com.example.legacy.mapper.SkillMapper;
import com.example.legacy.model.Address;
import com.example.legacy.model.Department;
import com.example.legacy.model.Employee;
import com.example.legacy.model.Project;
import com.example.legacy.model.Skill;
import dev.relkit.Relkit;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSessionFactory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import static com.example.legacy.mapper.LegacyRelationships.ASSIGNMENT_PROJECT;
import static com.example.legacy.mapper.LegacyRelationships.DEPARTMENT;
import static com.example.legacy.mapper.LegacyRelationships.DEPARTMENT_EMPLOYEES;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE_ASSIGNMENTS;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE_DEPARTMENT;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE_SKILLS;
import static com.example.legacy.mapper.LegacyRelationships.PROJECT;
import static com.example.legacy.mapper.LegacyRelationships.PROJECTS;
import static com.example.legacy.mapper.LegacyRelationships.SKILL;
import static dev.relkit.load.Loading.selectIn;

/**
 * Write-side operations. Each is one relkit unit of work on a session of its own, committed at the
 * end: the application changes objects, and the flush writes what changed, in dependency order,
 * following the declared cascades.
 */
public final class StaffingService {

    private final Relkit relkit;
    private final SqlSessionFactory sessionFactory;

    public StaffingService(Relkit relkit, SqlSessionFactory sessionFactory) {
        this.relkit = relkit;
        this.sessionFactory = sessionFactory;
    }

    /**
     * Hires an employee into a department, with a new home address and an assignment (as a
     * {@code member}) on each project named. One flush inserts the address, then the employee
     * (its {@code home_addr_id} and {@code dept_id} copied from the objects it refers to), then its
     * assignments: the save-update cascades of {@code Department.employees}, {@code Employee.homeAddress}
     * and {@code Employee.assignments} bring them in.
     *
     * @throws IllegalArgumentException naming the department or project codes that do not exist
     */
    public Employee hire(int departmentId, String name, LocalDate hiredOn, Address homeAddress,
                         Collection<String> projectCodes) {
        try (RelkitSession unit = relkit.session(sessionFactory.openSession())) {
            Department department = unit.get(DEPARTMENT, departmentId);
            if (department == null) {
                throw new IllegalArgumentException("No department " + departmentId);
            }
            List<Project> projects = projectCodes.isEmpty() ? List.of()
                    : unit.attachAll(PROJECT, unit.sqlSession().getMapper(ProjectMapper.class).selectByCodes(projectCodes));
            if (projects.size() != projectCodes.size()) {
                throw new IllegalArgumentException("Unknown project among " + projectCodes + ": found "
                        + projects.stream().map(Project::getCode).toList());
            }
            Employee hired = new Employee(name, hiredOn);
            hired.setHomeAddress(homeAddress);
            unit.backReferences().add(DEPARTMENT_EMPLOYEES, department, hired);
            PROJECTS.list(hired).addAll(projects);
            unit.commit();
            return hired;
        }
    }

    /**
     * Moves an employee to another department. {@code BackReferences} keeps both sides in step before
     * anything is written: the employee's {@code department}, the new department's {@code employees}
     * and the old one's, when it is in the unit. The flush writes one {@code UPDATE} of {@code dept_id}.
     */
    public Employee transfer(int employeeId, int toDepartmentId) {
        try (RelkitSession unit = relkit.session(sessionFactory.openSession())) {
            Employee moving = require(unit.get(EMPLOYEE, employeeId), "employee", employeeId);
            Department to = require(unit.get(DEPARTMENT, toDepartmentId), "department", toDepartmentId);
            unit.backReferences().set(EMPLOYEE_DEPARTMENT, moving, to);
            unit.commit();
            return moving;
        }
    }

    /**
     * Takes an employee off a project: the project leaves the {@code Employee.projects} proxy, which
     * takes the assignment out of {@code Employee.assignments}; delete-orphan deletes its row.
     *
     * @return whether the employee was on the project
     */
    public boolean leaveProject(int employeeId, String projectCode) {
        try (RelkitSession unit = relkit.session(sessionFactory.openSession())) {
            Employee leaving = require(unit.get(EMPLOYEE, employeeId), "employee", employeeId);
            unit.load(EMPLOYEE, List.of(leaving), LoadPlan.of(selectIn(EMPLOYEE_ASSIGNMENTS).joined(ASSIGNMENT_PROJECT)));
            boolean removed = PROJECTS.list(leaving).removeIf(project -> project.getCode().equals(projectCode));
            unit.commit();
            return removed;
        }
    }

    /**
     * Gives an employee a skill: one row in the link table {@code hr_emp_skill}, written by the flush
     * from the change to {@code Employee.skills} (and {@code Skill.employees}, the same row).
     */
    public Employee addSkill(int employeeId, String skillName) {
        try (RelkitSession unit = relkit.session(sessionFactory.openSession())) {
            Employee employee = require(unit.get(EMPLOYEE, employeeId), "employee", employeeId);
            unit.load(EMPLOYEE, List.of(employee), LoadPlan.of(selectIn(EMPLOYEE_SKILLS)));
            Skill skill = unit.sqlSession().getMapper(SkillMapper.class).selectByName(skillName);
            if (skill == null) {
                throw new IllegalArgumentException("No skill named " + skillName);
            }
            unit.backReferences().add(EMPLOYEE_SKILLS, employee, unit.attach(SKILL, skill));
            unit.commit();
            return employee;
        }
    }

    private static <T> T require(T found, String what, int id) {
        if (found == null) {
            throw new IllegalArgumentException("No " + what + " " + id);
        }
        return found;
    }
}
