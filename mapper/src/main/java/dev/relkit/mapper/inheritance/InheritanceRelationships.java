package dev.relkit.mapper.inheritance;

import dev.relkit.model.inheritance.Company;
import dev.relkit.model.inheritance.Engineer;
import dev.relkit.model.inheritance.Manager;
import dev.relkit.model.inheritance.Person;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Polymorphism;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;

import static dev.relkit.mapper.inheritance.CompanyDynamicSqlSupport.company;
import static dev.relkit.mapper.inheritance.EngineerDynamicSqlSupport.engineer;
import static dev.relkit.mapper.inheritance.ManagerDynamicSqlSupport.manager;
import static dev.relkit.mapper.inheritance.PersonDynamicSqlSupport.person;

/**
 * Joined-table inheritance: {@code person} is the base table with the discriminator {@code type};
 * {@code engineer} and {@code manager} hold the subtypes' columns and share the person's id. A
 * company's {@code employees} are polymorphic: each element is a {@link Person}, {@link Engineer} or
 * {@link Manager} according to its row's {@code type}.
 *
 * <pre>
 * company.id ◄── person.company_id    Company.employees ◄──► Person.company
 * person.id  ◄── engineer.id          type = 'engineer' → Engineer
 * person.id  ◄── manager.id           type = 'manager'  → Manager
 *                                     type = 'person'   → Person
 * </pre>
 */
public final class InheritanceRelationships {

    public static final EntityType<Company> COMPANY = EntityType.fromTable(Company.class, company)
            .generatedId(company.id)
            .resultMap(CompanyMapper.NAMESPACE + ".companyResult")
            .build();

    /** The base entity; its resultMap discriminates on {@code type}, so it maps every row of the hierarchy. */
    public static final EntityType<Person> PERSON = EntityType.fromTable(Person.class, person)
            .generatedId(person.id)
            .resultMap(PersonMapper.NAMESPACE + ".personResult")
            .build();

    /** The engineer subtype's own table; its key is the person's id (assigned, not generated). */
    public static final EntityType<Engineer> ENGINEER = EntityType.fromTable(Engineer.class, engineer)
            .id(engineer.id)
            .resultMap(PersonMapper.NAMESPACE + ".engineerResult")
            .build();

    /** The manager subtype's own table; its key is the person's id (assigned, not generated). */
    public static final EntityType<Manager> MANAGER = EntityType.fromTable(Manager.class, manager)
            .id(manager.id)
            .resultMap(PersonMapper.NAMESPACE + ".managerResult")
            .build();

    /** The hierarchy: discriminator {@code person.type}, one subtype table per subclass. */
    public static final Polymorphism<Person> PERSON_HIERARCHY =
            Polymorphism.builder(PERSON, person.type, Person.DISCRIMINATOR)
            .subtype(Engineer.DISCRIMINATOR, ENGINEER, person.id, engineer.id)
            .subtype(Manager.DISCRIMINATOR, MANAGER, person.id, manager.id)
            .build();

    /**
     * {@code Company.employees}: polymorphic one-to-many through {@code person.company_id}, by person id.
     * Declared after {@link #PERSON_HIERARCHY}, which it names.
     */
    public static final RelationshipPair<Company, Person> EMPLOYEES_PAIR = Relationship.oneToMany("employees", COMPANY, PERSON)
            .on(company.id, person.companyId)
            .list(Company::getEmployees, Company::setEmployees)
            .orderBy(person.id)
            .polymorphic(PERSON_HIERARCHY)
            // plain select-in and lazy loading run the mapper's own statement, which does the same joins
            .selectInStatement(PersonMapper.NAMESPACE + ".selectByCompanyIds", "companyIds")
            .withInverse("company", inverse -> inverse.reference(Person::getCompany, Person::setCompany))
            .build();
    public static final Relationship<Company, Person> EMPLOYEES = EMPLOYEES_PAIR.relationship();
    /** {@code Person.company}: the inverse many-to-one of {@link #EMPLOYEES}. */
    public static final Relationship<Person, Company> EMPLOYER = EMPLOYEES_PAIR.inverse();

    /** Every relationship of the inheritance domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(EMPLOYEES, EMPLOYER);

    private InheritanceRelationships() {
    }
}
