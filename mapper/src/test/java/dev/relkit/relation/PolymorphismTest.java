package dev.relkit.relation;

import dev.relkit.model.inheritance.Company;
import dev.relkit.model.inheritance.Engineer;
import dev.relkit.model.inheritance.Manager;
import dev.relkit.model.inheritance.Person;
import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.inheritance.CompanyDynamicSqlSupport.company;
import static dev.relkit.mapper.inheritance.EngineerDynamicSqlSupport.engineer;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.COMPANY;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.EMPLOYEES;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.EMPLOYER;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.ENGINEER;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.MANAGER;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON_HIERARCHY;
import static dev.relkit.mapper.inheritance.PersonDynamicSqlSupport.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolymorphismTest {

    @Test
    void mapsDiscriminatorValuesToSubtypesAndBack() {
        assertThat(PERSON_HIERARCHY.identities()).containsExactly("person", "engineer", "manager");
        assertThat(PERSON_HIERARCHY.subtypeFor("engineer")).get().extracting(Polymorphism.Subtype::entity).isSameAs(ENGINEER);
        assertThat(PERSON_HIERARCHY.subtypeFor("manager")).get().extracting(Polymorphism.Subtype::entity).isSameAs(MANAGER);
        assertThat(PERSON_HIERARCHY.subtypeFor("person")).isEmpty();
        assertThat(PERSON_HIERARCHY.identityOf(Manager.class)).isEqualTo("manager");
        assertThat(PERSON_HIERARCHY.identityOf(Person.class)).isEqualTo("person");
        assertThat(PERSON_HIERARCHY.target()).isSameAs(PERSON);
        assertThat(PERSON_HIERARCHY.subtypes().get(0).join())
                .containsExactly(new JoinColumns(person.id, engineer.id));
    }

    @Test
    void findsTheSubtypeAClassIsStoredAsIncludingASubclassOfIt() {
        class EngineerProxy extends Engineer {
        }
        assertThat(PERSON_HIERARCHY.subtypeOf(Engineer.class)).get().extracting(Polymorphism.Subtype::entity).isSameAs(ENGINEER);
        assertThat(PERSON_HIERARCHY.subtypeOf(EngineerProxy.class)).get().extracting(Polymorphism.Subtype::identity).isEqualTo("engineer");
        assertThat(PERSON_HIERARCHY.subtypeOf(Manager.class)).get().extracting(Polymorphism.Subtype::entity).isSameAs(MANAGER);
        assertThat(PERSON_HIERARCHY.subtypeOf(Person.class)).isEmpty();
        assertThat(PERSON_HIERARCHY.subtypeOf(String.class)).isEmpty();
    }

    @Test
    void aRelationshipCarriesTheHierarchyOfItsTargetForGeneratedStatements() {
        assertThat(EMPLOYEES.polymorphism()).containsSame(PERSON_HIERARCHY);
        assertThat(EMPLOYER.polymorphism()).isEmpty();

        EntityType<Person> otherPerson = EntityType.builder(Person.class, person)
                .id("id", person.id, Person::getId, Person::setId).build();
        Polymorphism<Person> otherHierarchy = Polymorphism.builder(otherPerson, person.type, "person")
                .subtype("engineer", ENGINEER, person.id, engineer.id).build();
        assertThatThrownBy(() -> Relationship.oneToMany("employees", COMPANY, PERSON)
                .on(company.id, person.companyId).list(Company::getEmployees).polymorphic(otherHierarchy).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Company.employees").hasMessageContaining("not at the target Person");
    }

    @Test
    void unknownDiscriminatorValueIsAnErrorNamingTheHierarchyAndTheKnownValues() {
        assertThatThrownBy(() -> PERSON_HIERARCHY.subtypeFor("intern"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Person hierarchy: no subtype has discriminator type = 'intern' (known: [person, engineer, manager])");
    }

    @Test
    void duplicateDiscriminatorValueIsRejected() {
        var builder = Polymorphism.builder(PERSON, person.type, "person")
                .subtype("engineer", ENGINEER, person.id, engineer.id);
        assertThatThrownBy(() -> builder.subtype("engineer", ENGINEER, person.id, engineer.id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Person hierarchy: discriminator value 'engineer' is declared twice (Engineer)");
    }

    @Test
    void hierarchyWithoutSubtypesIsRejected() {
        assertThatThrownBy(() -> Polymorphism.builder(PERSON, person.type, "person").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Person hierarchy declares no subtype");
    }

    @Test
    void joiningAnUndeclaredSubtypeIsAnError() {
        assertThatThrownBy(() -> SubtypeJoins.joinSubtype(org.mybatis.dynamic.sql.SqlBuilder.select(person.id).from(person),
                PERSON_HIERARCHY, Engineer.class.getSuperclass(), person))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Person hierarchy: dev.relkit.model.inheritance.Person is not declared as a subtype");
    }
}
