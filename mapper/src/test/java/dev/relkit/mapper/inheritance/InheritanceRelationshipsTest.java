package dev.relkit.mapper.inheritance;

import dev.relkit.relation.Metamodel;
import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.inheritance.InheritanceRelationships.ALL;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.EMPLOYEES;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.EMPLOYER;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON_HIERARCHY;
import static org.assertj.core.api.Assertions.assertThat;

class InheritanceRelationshipsTest {

    @Test
    void employeesTargetTheBaseOfTheHierarchyWithItsDiscriminatingResultMap() {
        assertThat(EMPLOYEES.target()).isSameAs(PERSON_HIERARCHY.target());
        assertThat(EMPLOYEES.target().resultMapId()).contains(PersonMapper.NAMESPACE + ".personResult");
        assertThat(PERSON_HIERARCHY.subtypes()).extracting(subtype -> subtype.entity().resultMapId().orElseThrow())
                .containsExactly(PersonMapper.NAMESPACE + ".engineerResult", PersonMapper.NAMESPACE + ".managerResult");
    }

    @Test
    void inversesPointBackAtEachOther() {
        Metamodel metamodel = Metamodel.of(ALL);

        assertThat(metamodel.inverseOf(EMPLOYEES)).contains(EMPLOYER);
        assertThat(metamodel.inverseOf(EMPLOYER)).contains(EMPLOYEES);
    }
}
