package dev.relkit.inheritance;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.inheritance.CompanyMapper;
import dev.relkit.mapper.inheritance.PersonMapper;
import dev.relkit.model.inheritance.Company;
import dev.relkit.model.inheritance.Engineer;
import dev.relkit.model.inheritance.Manager;
import dev.relkit.model.inheritance.Person;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joined-table inheritance on the seed's Krusty Krab staff: every person comes back as the class its
 * {@code type} names, with its subtype's columns, from one statement, in XML and in dynamic SQL.
 */
@RelkitTest
class InheritanceIT {

    @Test
    void companiesCarryEmployeesOfEachSubtypeFromOneStatementInXml(CompanyMapper companies, StatementRecorder statements) {
        List<Company> all = statements.assertCount(1, companies::selectAllWithEmployees);

        assertThat(all.get(0).getEmployees()).extracting(Object::getClass)
                .containsExactly(Manager.class, Engineer.class, Engineer.class, Person.class);
        assertThat(all.get(1).getEmployees()).extracting(Object::getClass).containsExactly(Manager.class, Engineer.class);
        assertThat(all).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(allCompanies());
    }

    @Test
    void companiesCarryEmployeesOfEachSubtypeFromOneStatementInDynamicSql(CompanyMapper companies, StatementRecorder statements) {
        List<Company> all = statements.assertCount(1, companies::selectAllWithEmployeesDynamic);

        assertThat(all.get(0).getEmployees()).extracting(Object::getClass)
                .containsExactly(Manager.class, Engineer.class, Engineer.class, Person.class);
        assertThat(all.get(1).getEmployees()).extracting(Object::getClass).containsExactly(Manager.class, Engineer.class);
        assertThat(all).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(allCompanies());
    }

    @Test
    void employeeClassesFollowTheDiscriminator(CompanyMapper companies, StatementRecorder statements) {
        Company krustyKrab = statements.assertCount(1, () -> companies.selectWithEmployeesById(1));

        assertThat(krustyKrab.getEmployees()).extracting(Object::getClass)
                .containsExactly(Manager.class, Engineer.class, Engineer.class, Person.class);
        assertThat(krustyKrab).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(allCompanies().get(0));
    }

    @Test
    void companyWithoutEmployeesHasAnEmptyCollection(CompanyMapper companies, StatementRecorder statements) {
        Company weenieHut = statements.assertCount(1, () -> companies.selectWithEmployeesById(3));

        assertThat(weenieHut).usingRecursiveComparison().isEqualTo(company(3, "Weenie Hut Jr"));
        assertThat(weenieHut.getEmployees()).isEmpty();
    }

    @Test
    void anyEmployeesLeavesOutTheCompanyWithNone(CompanyMapper companies, StatementRecorder statements) {
        List<Company> having = statements.assertCount(1, companies::selectHavingEmployeesDynamic);

        assertThat(having).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(new ArrayList<>(allCompanies().subList(0, 2)));
    }

    @Test
    void allPersonsArePolymorphicInXmlAndDynamicSql(PersonMapper persons, StatementRecorder statements) {
        List<Person> expected = allPersons();

        List<Person> fromXml = statements.assertCount(1, persons::selectAll);
        List<Person> fromDynamicSql = statements.assertCount(1, persons::selectAllDynamic);

        for (List<Person> loaded : List.of(fromXml, fromDynamicSql)) {
            // strict type checking accepts an actual base class for an expected subclass: check classes exactly
            assertThat(loaded).extracting(Object::getClass).containsExactly(
                    Manager.class, Engineer.class, Engineer.class, Person.class, Manager.class, Engineer.class);
            assertThat(loaded).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(expected);
        }
    }

    @Test
    void engineersOnlyComeFromTheInnerJoinInXmlAndDynamicSql(PersonMapper persons, StatementRecorder statements) {
        List<Person> expected = new ArrayList<>(List.of(allPersons().get(1), allPersons().get(2), allPersons().get(5)));

        assertThat(statements.assertCount(1, persons::selectEngineers))
                .usingRecursiveComparison().withStrictTypeChecking().isEqualTo(expected);
        assertThat(statements.assertCount(1, persons::selectEngineersDynamic))
                .usingRecursiveComparison().withStrictTypeChecking().isEqualTo(expected);
    }

    @Test
    void selectInLoadsEmployeesOfSeveralCompaniesWithTheirSubtypesInOneStatement(PersonMapper persons,
                                                                                 StatementRecorder statements) {
        // companies 2 and 3: Chum Bucket's two employees, Weenie Hut Jr has none
        List<Person> expected = new ArrayList<>(allPersons().subList(4, 6));

        List<Person> fromXml = statements.assertCount(1, () -> persons.selectByCompanyIds(List.of(2, 3)));
        List<Person> fromDynamicSql = statements.assertCount(1, () -> persons.selectByCompanyIdsDynamic(List.of(2, 3)));

        for (List<Person> loaded : List.of(fromXml, fromDynamicSql)) {
            assertThat(loaded).extracting(Object::getClass).containsExactly(Manager.class, Engineer.class);
            assertThat(loaded).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(expected);
        }
    }

    @Test
    void criteriaOnSubtypeColumnsSelectAcrossSubtypesInXmlAndDynamicSql(PersonMapper persons, StatementRecorder statements) {
        BigDecimal minBudget = new BigDecimal("1000");
        List<Person> expected = new ArrayList<>(List.of(allPersons().get(0), allPersons().get(1)));

        List<Person> fromXml = statements.assertCount(1, () -> persons.selectByLanguageOrMinBudget("Java", minBudget));
        List<Person> fromDynamicSql = statements.assertCount(1,
                () -> persons.selectByLanguageOrMinBudgetDynamic("Java", minBudget));

        for (List<Person> loaded : List.of(fromXml, fromDynamicSql)) {
            assertThat(loaded).extracting(Object::getClass).containsExactly(Manager.class, Engineer.class);
            assertThat(loaded).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(expected);
        }
    }

    // strict type checking compares the containers too, so expected lists are ArrayLists as MyBatis builds them

    /** The seed's companies and their staff, as the joined query must build them. */
    static List<Company> allCompanies() {
        List<Person> persons = allPersons();
        Company krustyKrab = company(1, "Krusty Krab");
        krustyKrab.getEmployees().addAll(persons.subList(0, 4));
        Company chumBucket = company(2, "Chum Bucket");
        chumBucket.getEmployees().addAll(persons.subList(4, 6));
        return new ArrayList<>(List.of(krustyKrab, chumBucket, company(3, "Weenie Hut Jr")));
    }

    static List<Person> allPersons() {
        Person patrick = new Person("Patrick");
        patrick.setId(4);
        patrick.setCompanyId(1);
        return new ArrayList<>(List.of(
                manager(1, 1, "Mr. Krabs", "Eugene H. Krabs", new BigDecimal("100000.00")),
                engineer(2, 1, "SpongeBob", "Java", "senior"),
                engineer(3, 1, "Squidward", "Python", "junior"),
                patrick,
                manager(5, 2, "Plankton", "Sheldon J. Plankton", new BigDecimal("3.50")),
                engineer(6, 2, "Karen", null, "principal")));
    }

    private static Company company(int id, String name) {
        Company company = new Company(name);
        company.setId(id);
        return company;
    }

    private static Engineer engineer(int id, int companyId, String name, String language, String level) {
        Engineer engineer = new Engineer(name, language, level);
        engineer.setId(id);
        engineer.setCompanyId(companyId);
        return engineer;
    }

    private static Manager manager(int id, int companyId, String name, String managerName, BigDecimal budget) {
        Manager manager = new Manager(name, managerName, budget);
        manager.setId(id);
        manager.setCompanyId(companyId);
        return manager;
    }
}
