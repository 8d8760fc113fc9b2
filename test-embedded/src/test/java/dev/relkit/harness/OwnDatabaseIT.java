package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

@RelkitTest(mappers = TeamNameMapper.class, isolation = Isolation.OWN_DATABASE)
class OwnDatabaseIT {

    @Test
    void committedWritesStayInTheClassesOwnDatabaseUntilItsRowsAreRestored(TestDatabase database,
            SqlSessionFactory factory, DataSource dataSource) throws SQLException {
        assertThat(database.name()).startsWith("relkit_");
        try (SqlSession session = factory.openSession()) {
            session.getMapper(TeamNameMapper.class).insertHero(new Hero("Spider-Boy", "Pedro Parqueador", null));
            session.commit();
        }

        assertThat(RelkitExtensionIT.strings(dataSource, "select name from hero order by id"))
                .containsExactly("Deadpond", "Rusty-Man", "Spider-Boy");
        TestDatabase shared = SharedServer.acquire().database(TestDatabase.defaultScriptsAnd(List.of()));
        assertThat(RelkitExtensionIT.strings(shared.dataSource(), "select name from hero order by id"))
                .as("the shared database").containsExactly("Deadpond", "Rusty-Man");

        assertThat(database.restoreRows()).containsExactly("hero");

        assertThat(RelkitExtensionIT.strings(dataSource, "select name from hero order by id"))
                .containsExactly("Deadpond", "Rusty-Man");
    }

    @Test
    void reloadingTheScriptsUndoesSchemaChangesAndKeepsRowsRestorable(TestDatabase database, DataSource dataSource)
            throws SQLException {
        PlainStatements.run(dataSource, "alter table team add column motto varchar(100) null",
                "update team set motto = 'We prevent' where id = 1");

        database.reloadScripts();

        assertThat(RelkitExtensionIT.strings(dataSource, "select column_name from information_schema.columns"
                + " where table_schema = database() and table_name = 'team' order by ordinal_position"))
                .containsExactly("id", "name");
        PlainStatements.run(dataSource, "delete from hero where id = 2");
        assertThat(database.restoreRows()).containsExactly("hero");
        assertThat(RelkitExtensionIT.strings(dataSource, "select name from hero order by id"))
                .containsExactly("Deadpond", "Rusty-Man");
    }
}
