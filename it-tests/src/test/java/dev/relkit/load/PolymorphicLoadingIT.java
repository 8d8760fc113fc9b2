package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.inheritance.CompanyMapper;
import dev.relkit.mapper.inheritance.PersonMapper;
import dev.relkit.model.inheritance.Company;
import dev.relkit.model.inheritance.Engineer;
import dev.relkit.model.inheritance.Manager;
import dev.relkit.model.inheritance.Person;
import dev.relkit.relation.Relationship;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.relkit.mapper.inheritance.CompanyDynamicSqlSupport.company;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.COMPANY;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.EMPLOYEES;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.EMPLOYER;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON;
import static dev.relkit.mapper.inheritance.EngineerDynamicSqlSupport.engineer;
import static dev.relkit.mapper.inheritance.PersonDynamicSqlSupport.person;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mybatis.dynamic.sql.SqlBuilder.isLike;
import static org.mybatis.dynamic.sql.SqlBuilder.isNotEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * The polymorphic {@code Company.employees} through the loader. It loads through its declared
 * select-in statement {@code PersonMapper.selectByCompanyIds}, which outer-joins the subtype tables
 * and maps rows with the discriminating {@code personResult}: each employee comes back as its own
 * subtype ({@link Engineer}, {@link Manager} or plain {@link Person}) with its subtype columns, in
 * one statement for all companies. The relationship also names the hierarchy
 * ({@code polymorphic(PERSON_HIERARCHY)}), so the statements the loader generates (subquery, select-in
 * with criteria or joined relationships) outer-join the same subtype tables.
 */
@RelkitTest
class PolymorphicLoadingIT {

    /**
     * The many-to-one inverses relkit sets on the children it loads (back-populates); MyBatis's own
     * joined statements, the reference graphs here, leave them null.
     */
    private static final String[] INVERSES = {"employees.company"};

    /** One statement per level up to 1000 parents, so "constant in N" shows as one number. */
    private static final int CHUNK = 1000;

    @Test
    void selectInGivesEachRowItsSubtypeWithSubtypeColumnsInOneStatement(
            SqlSession session, CompanyMapper companies, StatementRecorder statements) {
        List<Company> reference = companies.selectAllWithEmployees();
        session.clearCache();
        List<Company> loaded = companies.selectAll();

        List<RecordedStatement> run = statements.record(() ->
                ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(selectIn(EMPLOYEES))));

        assertThat(run).singleElement().satisfies(statement -> {
            assertThat(statement.oneLineSql()).contains("FROM person LEFT JOIN engineer ON engineer.id = person.id"
                    + " LEFT JOIN manager ON manager.id = person.id WHERE person.company_id IN");
            assertThat(statement.parameters()).containsExactly(1, 2, 3);
        });
        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).withStrictTypeChecking().isEqualTo(reference);
        assertThat(loaded.get(0).getEmployees()).extracting(Person::getName, Object::getClass).containsExactly(
                tuple("Mr. Krabs", Manager.class), tuple("SpongeBob", Engineer.class),
                tuple("Squidward", Engineer.class), tuple("Patrick", Person.class));
        assertThat(loaded.get(0).getEmployees().get(0)).isInstanceOfSatisfying(Manager.class, krabs -> {
            assertThat(krabs.getManagerName()).isEqualTo("Eugene H. Krabs");
            assertThat(krabs.getBudget()).isEqualByComparingTo("100000.00");
        });
        assertThat(loaded.get(1).getEmployees()).extracting(Person::getName).containsExactly("Plankton", "Karen");
        assertThat(loaded.get(1).getEmployees().get(1)).isInstanceOfSatisfying(Engineer.class, karen -> {
            assertThat(karen.getPrimaryLanguage()).isNull();
            assertThat(karen.getEngineerLevel()).isEqualTo("principal");
        });
        assertThat(loaded.get(2).getEmployees()).as("Weenie Hut Jr has no employees").isEmpty();
    }

    @Test
    void selectInThenTheEmployersOwnCompanyIsTheParentObject(SqlSession session, CompanyMapper companies,
                                                             StatementRecorder statements) {
        List<Company> loaded = companies.selectAll();

        statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(loaded, LoadPlan.of(selectIn(EMPLOYEES).selectIn(EMPLOYER))));

        assertThat(loaded.get(0).getEmployees()).allSatisfy(p -> assertThat(p.getCompany()).isSameAs(loaded.get(0)));
        assertThat(loaded.get(1).getEmployees()).allSatisfy(p -> assertThat(p.getCompany()).isSameAs(loaded.get(1)));
    }

    @Test
    void subqueryJoinsTheSubtypeTablesFromTheHierarchyAndGivesEachRowItsSubtypeInTwoStatements(
            SqlSession session, CompanyMapper companies, StatementRecorder statements) {
        List<Company> reference = companies.selectAllWithEmployees();
        session.clearCache();
        var allCompanies = select(company.id, company.name).from(company).orderBy(company.id);

        List<Company> loaded = new ArrayList<>();
        List<RecordedStatement> run = statements.record(() -> loaded.addAll(ReferenceCatalogue.loader(session)
                .query(COMPANY, allCompanies, LoadPlan.of(subquery(EMPLOYEES)))));

        assertThat(run).as("the companies, then every employee of them: 2 statements").hasSize(2);
        assertThat(run.get(1).oneLineSql()).isEqualTo("select person.id, person.company_id, person.name, person.type,"
                + " engineer.primary_language, engineer.engineer_level, manager.manager_name, manager.budget"
                + " from person left join engineer on engineer.id = person.id left join manager on manager.id = person.id"
                + " where person.company_id in (select relkit_parent.id from (select company.id, company.name from company"
                + " order by id) relkit_parent) order by id");
        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).withStrictTypeChecking().isEqualTo(reference);
        assertThat(loaded.get(0).getEmployees()).extracting(Person::getName, Object::getClass).containsExactly(
                tuple("Mr. Krabs", Manager.class), tuple("SpongeBob", Engineer.class),
                tuple("Squidward", Engineer.class), tuple("Patrick", Person.class));
        assertThat(loaded.get(0).getEmployees().get(1)).isInstanceOfSatisfying(Engineer.class, spongeBob -> {
            assertThat(spongeBob.getPrimaryLanguage()).isEqualTo("Java");
            assertThat(spongeBob.getEngineerLevel()).isEqualTo("senior");
        });
        assertThat(loaded.get(1).getEmployees()).extracting(Person::getName, Object::getClass)
                .containsExactly(tuple("Plankton", Manager.class), tuple("Karen", Engineer.class));
        assertThat(((Manager) loaded.get(1).getEmployees().get(0)).getBudget()).isEqualByComparingTo("3.50");
        assertThat(loaded.get(2).getEmployees()).isEmpty();
    }

    @Test
    void selectInWithCriteriaOnASubtypeColumnRunsTheGeneratedStatementInsteadOfTheDeclaredOne(
            SqlSession session, CompanyMapper companies, StatementRecorder statements) {
        List<Company> loaded = companies.selectAll();

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session)
                .load(loaded, LoadPlan.of(selectIn(EMPLOYEES).where(engineer.engineerLevel, isNotEqualTo("junior")))));

        assertThat(run).singleElement().satisfies(statement -> {
            assertThat(statement.oneLineSql()).isEqualTo("select person.id, person.company_id, person.name, person.type,"
                    + " engineer.primary_language, engineer.engineer_level, manager.manager_name, manager.budget"
                    + " from person left join engineer on engineer.id = person.id left join manager on manager.id = person.id"
                    + " where person.company_id in (?,?,?) and engineer.engineer_level <> ? order by id");
            assertThat(statement.parameters()).containsExactly(1, 2, 3, "junior");
        });
        assertThat(loaded.get(0).getEmployees()).as("SQL's <> drops rows whose level is NULL: only engineers remain")
                .extracting(Person::getName, Object::getClass).containsExactly(tuple("SpongeBob", Engineer.class));
        assertThat(loaded.get(1).getEmployees()).singleElement().isInstanceOfSatisfying(Engineer.class, karen -> {
            assertThat(karen.getName()).isEqualTo("Karen");
            assertThat(karen.getPrimaryLanguage()).isNull();
            assertThat(karen.getEngineerLevel()).isEqualTo("principal");
            assertThat(karen.getCompanyId()).isEqualTo(2);
        });
        assertThat(loaded.get(2).getEmployees()).isEmpty();
    }

    @Test
    void selectInWithTheEmployerJoinedGivesEverySubtypeItsCompanyInOneStatement(
            SqlSession session, CompanyMapper companies, StatementRecorder statements) {
        List<Company> loaded = companies.selectAll();

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session)
                .load(loaded, LoadPlan.of(selectIn(EMPLOYEES).joined(EMPLOYER))));

        assertThat(loaded.get(0).getEmployees()).extracting(Person::getName, Object::getClass).containsExactly(
                tuple("Mr. Krabs", Manager.class), tuple("SpongeBob", Engineer.class),
                tuple("Squidward", Engineer.class), tuple("Patrick", Person.class));
        assertThat(((Manager) loaded.get(0).getEmployees().get(0)).getManagerName()).isEqualTo("Eugene H. Krabs");
        assertThat(loaded.get(0).getEmployees()).as("the discriminator's cases map the joined company too")
                .allSatisfy(p -> assertThat(p.getCompany()).isSameAs(loaded.get(0)));
        assertThat(loaded.get(1).getEmployees()).extracting(Person::getName, Object::getClass)
                .containsExactly(tuple("Plankton", Manager.class), tuple("Karen", Engineer.class));
        assertThat(loaded.get(1).getEmployees()).allSatisfy(p -> assertThat(p.getCompany()).isSameAs(loaded.get(1)));
    }

    @Test
    void aDeclaredStatementWithoutTheHierarchyRefusesWhatOnlyAGeneratedStatementCouldGive(
            SqlSession session, CompanyMapper companies) {
        Relationship<Company, Person> declaredOnly = Relationship.oneToMany("employees", COMPANY, PERSON)
                .on(company.id, person.companyId)
                .list(Company::getEmployees, Company::setEmployees)
                .selectInStatement(PersonMapper.NAMESPACE + ".selectByCompanyIds", "companyIds")
                .build();

        assertThatThrownBy(() -> ReferenceCatalogue.loader(session).query(COMPANY,
                select(company.id, company.name).from(company), LoadPlan.of(subquery(declaredOnly))))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Company.employees").hasMessageContaining("selectByCompanyIds")
                .hasMessageContaining("selectIn").hasMessageContaining("polymorphic(...)");
        assertThatThrownBy(() -> ReferenceCatalogue.loader(session).load(companies.selectAll(),
                LoadPlan.of(selectIn(declaredOnly).where(person.name, isNotEqualTo("Patrick")))))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Company.employees").hasMessageContaining("extra criteria")
                .hasMessageContaining("polymorphic(...)");
        assertThatThrownBy(() -> Relationship.oneToMany("employees", COMPANY, PERSON)
                .on(company.id, person.companyId).list(Company::getEmployees).polymorphic(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("Company.employees");
    }

    @Test
    void joinedTrustsTheJoinedQuery(SqlSession session, CompanyMapper companies, StatementRecorder statements) {
        List<Company> joinedXml = companies.selectAllWithEmployees();
        List<Company> joinedDynamic = companies.selectAllWithEmployeesDynamic();

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(joinedXml, LoadPlan.of(joined(EMPLOYEES)));
            ReferenceCatalogue.loader(session).load(joinedDynamic, LoadPlan.of(joined(EMPLOYEES)));
        });

        assertThat(joinedDynamic).usingRecursiveComparison().ignoringFields(INVERSES).withStrictTypeChecking().isEqualTo(joinedXml);
        assertThat(joinedXml.get(0).getEmployees()).extracting(Object::getClass)
                .containsExactly(Manager.class, Engineer.class, Engineer.class, Person.class);
    }

    @Test
    void lazyLoadsOneCompanysEmployeesAsTheirSubtypesOnFirstTouch(SqlSession session, CompanyMapper companies,
                                                                  StatementRecorder statements) {
        List<Company> loaded = companies.selectAll();
        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(lazy(EMPLOYEES))));

        List<Person> chumBucket = loaded.get(1).getEmployees();
        assertThat(statements.assertCount(1, chumBucket::size)).isEqualTo(2);
        assertThat(chumBucket).extracting(Person::getName, Object::getClass)
                .containsExactly(tuple("Plankton", Manager.class), tuple("Karen", Engineer.class));
        assertThat(((Manager) chumBucket.get(0)).getBudget()).isEqualByComparingTo(new BigDecimal("3.50"));
    }

    @Test
    void raiseAndNoLoadCostNoStatement(SqlSession session, CompanyMapper companies, StatementRecorder statements) {
        List<Company> raising = companies.selectAll();
        session.clearCache();
        List<Company> notLoaded = companies.selectAllWithEmployees();

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(raising, LoadPlan.of(raise(EMPLOYEES)));
            ReferenceCatalogue.loader(session).load(notLoaded, LoadPlan.of(noLoad(EMPLOYEES)));
        });

        assertThatThrownBy(() -> raising.get(0).getEmployees().get(0))
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Company.employees").hasMessageContaining("Company#1");
        assertThat(notLoaded).allSatisfy(c -> assertThat(c.getEmployees()).isEmpty());
    }

    @ParameterizedTest(name = "{0} companies")
    @ValueSource(ints = {1, 10, 1000})
    void everyStrategyCostsTheSameStatementsWhateverTheNumberOfCompanies(
            int companyCount, SqlSession session, CompanyMapper companies, StatementRecorder statements) {
        generateCompanies(session, companyCount);
        List<Company> reference = generated(companies.selectAllWithEmployees());
        assertThat(reference).hasSize(companyCount);
        List<Company> bySelectIn = generated(companies.selectAll());
        session.clearCache();
        List<Company> lazyCompanies = generated(companies.selectAll());
        session.clearCache();
        List<Company> raising = generated(companies.selectAll());
        session.clearCache();
        List<Company> notLoaded = generated(companies.selectAll());

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, CHUNK).load(bySelectIn, LoadPlan.of(selectIn(EMPLOYEES))));
        session.clearCache();
        var generatedCompanies = select(company.id, company.name).from(company)
                .where(company.name, isLike("gen company %")).orderBy(company.id);
        List<Company> bySubquery = generated(statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(COMPANY, generatedCompanies, LoadPlan.of(subquery(EMPLOYEES)))));
        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(reference, LoadPlan.of(joined(EMPLOYEES)));
            ReferenceCatalogue.loader(session).load(lazyCompanies, LoadPlan.of(lazy(EMPLOYEES)));
            ReferenceCatalogue.loader(session).load(raising, LoadPlan.of(raise(EMPLOYEES)));
            ReferenceCatalogue.loader(session).load(notLoaded, LoadPlan.of(noLoad(EMPLOYEES)));
        });

        assertThat(bySelectIn).usingRecursiveComparison().ignoringFields(INVERSES).withStrictTypeChecking().isEqualTo(reference);
        assertThat(bySubquery).usingRecursiveComparison().ignoringFields(INVERSES).withStrictTypeChecking().isEqualTo(reference);
        assertThat(bySelectIn).allSatisfy(c -> {
            String number = c.getName().substring("gen company ".length());
            assertThat(c.getEmployees()).extracting(Person::getName, Object::getClass).containsExactly(
                    tuple("gen engineer " + number, Engineer.class), tuple("gen manager " + number, Manager.class),
                    tuple("gen person " + number, Person.class));
            assertThat(((Engineer) c.getEmployees().get(0)).getPrimaryLanguage()).isEqualTo("Kotlin " + number);
            assertThat(((Manager) c.getEmployees().get(1)).getManagerName()).isEqualTo("boss " + number);
        });
        session.clearCache(); // with one company the lazy statement equals the select-in's, which the session cached
        List<Person> lastEmployees = lazyCompanies.get(companyCount - 1).getEmployees();
        assertThat(statements.assertCount(1, lastEmployees::size)).isEqualTo(3);
        assertThat(lastEmployees.get(1)).isInstanceOf(Manager.class);
        Company lastRaising = raising.get(companyCount - 1);
        assertThatThrownBy(() -> lastRaising.getEmployees().size())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Company.employees").hasMessageContaining("Company#" + lastRaising.getId());
        assertThat(notLoaded).allSatisfy(c -> assertThat(c.getEmployees()).isEmpty());
    }

    /**
     * {@code count} companies "gen company i", each with an engineer, a manager and a plain person,
     * inserted in that order (so by person id).
     */
    private static void generateCompanies(SqlSession session, int count) {
        GeneratedRows.insert(session,
                "INSERT INTO company (name) SELECT CONCAT('gen company ', seq) FROM " + GeneratedRows.sequence(count),
                "INSERT INTO person (company_id, name, type)"
                        + " SELECT id, CONCAT('gen engineer ', SUBSTRING(name, 13)), 'engineer' FROM company WHERE name LIKE 'gen company %'",
                "INSERT INTO person (company_id, name, type)"
                        + " SELECT id, CONCAT('gen manager ', SUBSTRING(name, 13)), 'manager' FROM company WHERE name LIKE 'gen company %'",
                "INSERT INTO person (company_id, name, type)"
                        + " SELECT id, CONCAT('gen person ', SUBSTRING(name, 13)), 'person' FROM company WHERE name LIKE 'gen company %'",
                "INSERT INTO engineer (id, primary_language, engineer_level)"
                        + " SELECT id, CONCAT('Kotlin ', SUBSTRING(name, 14)), 'junior' FROM person WHERE name LIKE 'gen engineer %'",
                "INSERT INTO manager (id, manager_name, budget)"
                        + " SELECT id, CONCAT('boss ', SUBSTRING(name, 13)), 1000.00 FROM person WHERE name LIKE 'gen manager %'");
    }

    private static List<Company> generated(List<Company> companies) {
        return companies.stream().filter(c -> c.getName().startsWith("gen company ")).toList();
    }
}
