package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Each test inserts a hero through its session and checks, through a separate connection, that no
 * earlier test's insert survived. Whichever runs second proves the first one was rolled back.
 */
@RelkitTest(mappers = TeamNameMapper.class)
class RollbackIsolationIT {

    private static final String SEEDED_HERO_COUNT = "2";

    @Test
    void insertOfSpiderBoyIsRolledBack(TeamNameMapper mapper, DataSource dataSource) throws SQLException {
        insertAndCheckIsolation(mapper, dataSource, new Hero("Spider-Boy", "Pedro Parqueador", null));
    }

    @Test
    void insertOfTarantulaIsRolledBack(TeamNameMapper mapper, DataSource dataSource) throws SQLException {
        insertAndCheckIsolation(mapper, dataSource, new Hero("Tarantula", "Natalia Roman-on", 32));
    }

    private static void insertAndCheckIsolation(TeamNameMapper mapper, DataSource dataSource, Hero hero)
            throws SQLException {
        assertThat(heroCount(dataSource)).as("heroes committed before this test").isEqualTo(SEEDED_HERO_COUNT);

        mapper.insertHero(hero);

        assertThat(hero.getId()).as("generated id").isNotNull();
        assertThat(mapper.countHeroes()).as("heroes seen by the test's own session").isEqualTo(3);
        assertThat(heroCount(dataSource)).as("heroes seen by another connection").isEqualTo(SEEDED_HERO_COUNT);
    }

    private static String heroCount(DataSource dataSource) throws SQLException {
        return RelkitExtensionIT.strings(dataSource, "select count(*) from hero").get(0);
    }
}
