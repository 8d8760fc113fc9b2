package dev.relkit.model.inheritance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTest {

    @Test
    void everyConstructorSetsItsClassesDiscriminator() {
        List<Person> people = List.of(
                new Person(), new Person("Patrick"),
                new Engineer(), new Engineer("SpongeBob", "Java", "senior"),
                new Manager(),
                new Manager("Mr. Krabs", "Eugene H. Krabs", new BigDecimal("100000.00")));

        assertThat(people).extracting(Person::getType).containsExactly(
                "person", "person", "engineer", "engineer", "manager", "manager");
    }

    @Test
    void subclassToStringIncludesTheInheritedColumns() {
        Engineer spongebob = new Engineer("SpongeBob", "Java", "senior");
        spongebob.setId(2);
        spongebob.setCompanyId(1);
        spongebob.setCompany(new Company("Krusty Krab"));

        assertThat(spongebob).hasToString("Engineer{id=2, companyId=1, name='SpongeBob',"
                + " type='engineer', primaryLanguage='Java', engineerLevel='senior'}");
    }
}
