package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relkit.model.hero.Hero;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

@RelkitTest(mappers = TeamNameMapper.class, isolation = Isolation.OWN_DATABASE)
class OwnDatabaseIT {

    @Test
    void committedWritesStayInTheClassesOwnDatabase(TestDatabase database, SqlSessionFactory factory,
            DataSource dataSource) throws SQLException {
        assertThat(database.name()).startsWith("relkit_");
        try (SqlSession session = factory.openSession()) {
            session.getMapper(TeamNameMapper.class).insertHero(new Hero("Spider-Boy", "Pedro Parqueador", null));
            session.commit();
        }

        assertThat(RelkitExtensionIT.strings(dataSource, "select name from hero order by id"))
                .containsExactly("Deadpond", "Rusty-Man", "Spider-Boy");
        TestDatabase shared = SharedServer.acquire().database(TestDatabase.referenceSchemaAnd(List.of()));
        assertThat(RelkitExtensionIT.strings(shared.dataSource(), "select name from hero order by id"))
                .as("the shared database").containsExactly("Deadpond", "Rusty-Man");

        database.reloadScripts();

        assertThat(RelkitExtensionIT.strings(dataSource, "select name from hero order by id"))
                .containsExactly("Deadpond", "Rusty-Man");
    }
}
