package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.inheritance.InheritanceRelationships;
import dev.relkit.model.inheritance.Company;
import dev.relkit.model.inheritance.Engineer;
import dev.relkit.model.inheritance.Manager;
import dev.relkit.model.inheritance.Person;
import dev.relkit.relation.Metamodel;
import dev.relkit.session.EntityState;
import dev.relkit.session.FlushException;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import static dev.relkit.mapper.inheritance.InheritanceRelationships.COMPANY;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.ENGINEER;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON_HIERARCHY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes of the joined-table hierarchy {@code person} / {@code engineer} / {@code manager} through a
 * session told about {@code PERSON_HIERARCHY}, checked by plain JDBC after each flush, commit and
 * rollback. Seed: Krusty Krab (1) employs Mr. Krabs (1, manager), SpongeBob (2, engineer, Java,
 * senior), Squidward (3, engineer, Python, junior) and Patrick (4, person); Chum Bucket (2).
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class PolymorphicWriteIT {

    private static final Metamodel COMPANIES = Metamodel.of(InheritanceRelationships.ALL);
    private static final String HIERARCHY_ROWS = "select p.id, p.company_id, p.name, p.type, e.primary_language, e.engineer_level,"
            + " m.manager_name, m.budget from person p left join engineer e on e.id = p.id"
            + " left join manager m on m.id = p.id where p.id > 6 order by p.id";

    private RelkitSession unit;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        unit = ReferenceCatalogue.session(factory.openSession(false)).polymorphic(PERSON_HIERARCHY);
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    @Test
    void insertingAnEngineerWritesThePersonRowThenTheEngineerRowWithTheSameId(StatementRecorder statements, DataSource dataSource) {
        Company chumBucket = unit.get(COMPANY, 2);
        Engineer sandy = new Engineer("Sandy", "Rust", "senior");
        sandy.setCompany(chumBucket);
        Manager pearl = new Manager("Pearl", "Pearl Krabs", new BigDecimal("250.00"));
        pearl.setCompany(chumBucket);
        Person gary = new Person("Gary");
        gary.setCompany(chumBucket);
        unit.addAll(List.of(sandy, pearl, gary));

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "insert into person (company_id, name, type) values (?, ?, ?)",
                "insert into engineer (id, primary_language, engineer_level) values (?, ?, ?)",
                "insert into person (company_id, name, type) values (?, ?, ?)",
                "insert into manager (id, manager_name, budget) values (?, ?, ?)",
                "insert into person (company_id, name, type) values (?, ?, ?)");
        assertThat(flushed.get(0).parameters()).containsExactly(2, "Sandy", "engineer");
        assertThat(flushed.get(1).parameters()).containsExactly(sandy.getId(), "Rust", "senior");
        List<String> expected = List.of(
                sandy.getId() + "|2|Sandy|engineer|Rust|senior|null|null",
                pearl.getId() + "|2|Pearl|manager|null|null|Pearl Krabs|250.00",
                gary.getId() + "|2|Gary|person|null|null|null|null");
        assertThat(Rows.read(unit.sqlSession().getConnection(), HIERARCHY_ROWS)).containsExactlyElementsOf(expected);
        assertThat(Rows.committed(dataSource, "select count(*) from person")).as("not committed").containsExactly("6");
        statements.assertCount(0, unit::flush);
        unit.commit();
        assertThat(Rows.committed(dataSource, HIERARCHY_ROWS)).containsExactlyElementsOf(expected);
        assertThat(unit.get(PERSON, sandy.getId())).as("one identity for the row, keyed by the base entity").isSameAs(sandy);
    }

    @Test
    void deletingAnEngineerRemovesTheEngineerRowThenThePersonRow(StatementRecorder statements, DataSource dataSource) {
        Person squidward = statements.assertCount(1, () -> unit.get(PERSON, 3));
        assertThat(squidward).isInstanceOf(Engineer.class).usingRecursiveComparison().ignoringFields("company")
                .isEqualTo(engineer(3, 1, "Squidward", "Python", "junior"));

        unit.delete(squidward);
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql)
                .containsExactly("delete from engineer where id = ?", "delete from person where id = ?");
        String squidwardRows = "select (select count(*) from person where id = 3), (select count(*) from engineer where id = 3)";
        assertThat(Rows.read(unit.sqlSession().getConnection(), squidwardRows)).containsExactly("0|0");
        assertThat(Rows.committed(dataSource, squidwardRows)).as("not committed").containsExactly("1|1");

        unit.rollback();
        assertThat(Rows.committed(dataSource, squidwardRows)).containsExactly("1|1");
        assertThat(unit.state(squidward)).as("the delete is pending again").isEqualTo(EntityState.DELETED);
        unit.commit();
        assertThat(Rows.committed(dataSource, squidwardRows)).containsExactly("0|0");
    }

    @Test
    void changedSubtypeColumnsAreUpdatedInTheSubtypeTableAndBaseColumnsInTheBaseTable(StatementRecorder statements, DataSource dataSource) {
        Engineer spongeBob = unit.get(ENGINEER, 2);
        assertThat(spongeBob.getPrimaryLanguage()).isEqualTo("Java");

        spongeBob.setPrimaryLanguage("Kotlin");
        List<RecordedStatement> subtypeOnly = statements.record(unit::flush);
        assertThat(subtypeOnly).singleElement().satisfies(update -> {
            assertThat(update.oneLineSql()).isEqualTo("update engineer set primary_language = ? where id = ?");
            assertThat(update.parameters()).containsExactly("Kotlin", 2L);
        });

        spongeBob.setName("SpongeBob SquarePants");
        spongeBob.setEngineerLevel("staff");
        List<RecordedStatement> both = statements.record(unit::flush);
        assertThat(both).extracting(RecordedStatement::oneLineSql)
                .containsExactly("update person set name = ? where id = ?", "update engineer set engineer_level = ? where id = ?");
        statements.assertCount(0, unit::flush);
        unit.commit();

        assertThat(Rows.committed(dataSource, "select p.name, p.type, e.primary_language, e.engineer_level from person p"
                + " join engineer e on e.id = p.id where p.id = 2")).containsExactly("SpongeBob SquarePants|engineer|Kotlin|staff");
    }

    @Test
    void aFailingSubtypeInsertRollsBackThePersonRowAndTheEngineerCanBeWrittenOnceFixed(DataSource dataSource) {
        Engineer larry = new Engineer("Larry", "Go", null); // engineer_level is NOT NULL
        larry.setCompany(unit.get(COMPANY, 1));
        unit.add(larry);

        assertThatThrownBy(unit::flush).isInstanceOf(FlushException.class)
                .hasMessageStartingWith("insert of Engineer#" + "new into engineer failed:");
        assertThat(Rows.committed(dataSource, "select count(*) from person where name = 'Larry'")).containsExactly("0");
        assertThat(larry.getId()).as("the generated id is taken back").isNull();
        assertThat(unit.state(larry)).isEqualTo(EntityState.NEW);

        larry.setEngineerLevel("junior");
        unit.commit();
        assertThat(Rows.committed(dataSource, HIERARCHY_ROWS)).containsExactly(larry.getId() + "|1|Larry|engineer|Go|junior|null|null");
    }

    @Test
    void aDiscriminatorThatContradictsTheClassIsRejectedBeforeAnySql(StatementRecorder statements) {
        Engineer impostor = new Engineer("Impostor", "C", "junior");
        impostor.setType("manager");
        impostor.setCompany(unit.get(COMPANY, 1));
        unit.add(impostor);

        statements.assertCount(0, () -> assertThatThrownBy(unit::flush).isInstanceOf(FlushException.class)
                .hasMessageStartingWith("Cannot insert Engineer#new: its discriminator type is 'manager', but a Engineer is stored as 'engineer'")
                .hasMessageEndingWith("(transaction rolled back by relkit, session restored: every object is as it was before the"
                        + " transaction, the application's own changes are pending again)"));
    }

    private static Engineer engineer(Integer id, Integer companyId, String name, String language, String level) {
        Engineer engineer = new Engineer(name, language, level);
        engineer.setId(id);
        engineer.setCompanyId(companyId);
        return engineer;
    }
}
