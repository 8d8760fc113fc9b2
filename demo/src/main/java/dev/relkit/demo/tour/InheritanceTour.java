package dev.relkit.demo.tour;

import dev.relkit.mapper.inheritance.CompanyMapper;
import dev.relkit.mapper.inheritance.PersonMapper;
import dev.relkit.model.inheritance.Company;
import dev.relkit.model.inheritance.Engineer;
import dev.relkit.model.inheritance.Manager;
import dev.relkit.model.inheritance.Person;

import java.math.BigDecimal;
import java.util.List;

/**
 * Joined-table inheritance: {@code person} with the discriminator {@code type}, subtype tables
 * {@code engineer} and {@code manager}. Each query outer-joins the subtype tables once and MyBatis's
 * {@code <discriminator>} builds the right class per row.
 */
final class InheritanceTour implements TourSection {

    @Override
    public String title() {
        return "Joined-table inheritance: a company's polymorphic employees";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/company_person.sql");

        List<Company> companies = tour.scenario(
                "Companies with employees of every subtype: person LEFT JOIN engineer LEFT JOIN manager (XML)",
                session -> session.getMapper(CompanyMapper.class).selectAllWithEmployees());
        companies.forEach(company -> {
            tour.show(company.getName() + (company.getEmployees().isEmpty() ? ": no employees" : ":"));
            company.getEmployees().forEach(person -> tour.show("  " + describe(person)));
        });

        List<Person> persons = tour.scenario("Every person, polymorphically (dynamic SQL, joins from PERSON_HIERARCHY)",
                session -> session.getMapper(PersonMapper.class).selectAllDynamic());
        persons.forEach(person -> tour.show(describe(person)));

        List<Engineer> engineers = tour.scenario("Engineers only: person JOIN engineer (dynamic SQL)",
                session -> session.getMapper(PersonMapper.class).selectEngineersDynamic());
        engineers.forEach(engineer -> tour.show(describe(engineer)));

        List<Person> filtered = tour.scenario(
                "Criteria on subtype columns: engineers coding Java or managers with a budget of 1000 or more",
                session -> session.getMapper(PersonMapper.class)
                        .selectByLanguageOrMinBudgetDynamic("Java", new BigDecimal("1000")));
        filtered.forEach(person -> tour.show(describe(person)));

        List<Company> staffed = tour.scenario("Companies with any employee: EXISTS from Company.employees",
                session -> session.getMapper(CompanyMapper.class).selectHavingEmployeesDynamic());
        tour.show("staffed: " + staffed.stream().map(Company::getName).toList());
    }

    private static String describe(Person person) {
        String kind = person.getClass().getSimpleName();
        if (person instanceof Engineer engineer) {
            return kind + " " + engineer.getName() + " (" + engineer.getEngineerLevel() + ", "
                    + (engineer.getPrimaryLanguage() == null ? "no primary language" : engineer.getPrimaryLanguage()) + ")";
        }
        if (person instanceof Manager manager) {
            return kind + " " + manager.getName() + " (" + manager.getManagerName() + ", budget " + manager.getBudget() + ")";
        }
        return kind + " " + person.getName();
    }
}
