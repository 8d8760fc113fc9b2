package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

/** {@link TestDatabase#restoreRows()}: the rows the scripts left, put back table by table. */
@RelkitTest(mappers = TeamNameMapper.class, scripts = "dev/relkit/harness/sidekick.sql", isolation = Isolation.OWN_DATABASE)
class RestoreRowsIT {

    private static final String HEROES = "select concat(id, ':', name, ':', coalesce(winter_team_id, '-')) from hero order by id";

    @BeforeEach
    void restoreRows(TestDatabase database) {
        database.restoreRows();
    }

    @Test
    void nothingChangedRestoresNothing(TestDatabase database, StatementRecorder statements) {
        assertThat(database.restoreRows()).isEmpty();
        assertThat(statements.record(database::restoreRows)).as("restoring runs on a connection of its own").isEmpty();
    }

    @Test
    void committedInsertsUpdatesAndDeletesAreUndoneAcrossForeignKeys(TestDatabase database, DataSource dataSource)
            throws SQLException {
        PlainStatements.run(dataSource,
                "insert into team (name) values ('Avengers')",
                "update hero set name = 'Deadpool' where id = 1",
                "delete from sidekick",
                "delete from team where id = 1");

        assertThat(RelkitExtensionIT.strings(dataSource, HEROES)).as("the delete cascaded").isEmpty();

        assertThat(database.restoreRows()).containsExactly("hero", "sidekick", "team");

        assertThat(RelkitExtensionIT.strings(dataSource, "select concat(id, ':', name) from team order by id"))
                .containsExactly("1:Preventers", "2:Z-Force");
        assertThat(RelkitExtensionIT.strings(dataSource, HEROES)).containsExactly("1:Deadpond:1", "2:Rusty-Man:1");
        assertThat(RelkitExtensionIT.strings(dataSource, "select name from sidekick")).containsExactly("Dolphin Boy");
    }

    @Test
    void generatedIdsRepeatAfterARestore(TestDatabase database, SqlSessionFactory factory) {
        Hero first = insertCommitted(factory, new Hero("Spider-Boy", "Pedro Parqueador", null));
        database.restoreRows();
        Hero again = insertCommitted(factory, new Hero("Tarantula", "Natalia Roman-on", 32));

        assertThat(List.of(first.getId(), again.getId())).containsExactly(3, 3);
    }

    @Test
    void aRolledBackInsertStillMovesTheCounterAndIsPutBack(TestDatabase database, SqlSessionFactory factory) {
        try (SqlSession session = factory.openSession()) {
            session.getMapper(TeamNameMapper.class).insertHero(new Hero("Spider-Boy", "Pedro Parqueador", null));
            session.rollback(true);
        }

        assertThat(database.restoreRows()).as("no row changed, the counter did").containsExactly("hero");
    }

    @Test
    void theSharedDatabaseKeepsNoCopy() {
        TestDatabase shared = SharedServer.acquire().database(TestDatabase.defaultScriptsAnd(List.of()));

        assertThatThrownBy(shared::restoreRows)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(shared.name())
                .hasMessageContaining("reloadScripts()");
    }

    private static Hero insertCommitted(SqlSessionFactory factory, Hero hero) {
        try (SqlSession session = factory.openSession()) {
            session.getMapper(TeamNameMapper.class).insertHero(hero);
            session.commit();
        }
        return hero;
    }
}
