package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.mapper.hero.TeamMapper;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.load.DetachedInstanceException;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import dev.relkit.load.RelkitJacksonModule;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.relkit.mapper.hero.HeroRelationships.WINTER_HEROES;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jackson and relkit's lazy stand-ins: serialising loads (lazy) or fails naming the relationship. */
@RelkitTest
class LazySerializationIT {

    private final ObjectMapper json = new ObjectMapper().registerModule(new RelkitJacksonModule());

    @Test
    void serialisingALazyReferenceLoadsItAndWritesTheRealObject(SqlSession session, HeroMapper heroes,
                                                                 StatementRecorder statements) throws Exception {
        Hero deadpond = heroes.selectAll().get(0);
        ReferenceCatalogue.loader(session).load(List.of(deadpond), LoadPlan.of(lazy(WINTER_TEAM)));

        String written = statements.assertCount(1, () -> write(deadpond.getWinterTeam()));

        assertThat(written).isEqualTo(
                "{\"id\":1,\"name\":\"Preventers\",\"headquarters\":\"Sharp Tower\",\"winterHeroes\":[],\"summerHeroes\":[]}");
    }

    @Test
    void serialisingARaisingCollectionFailsWithTheRelationshipAndKey(SqlSession session, TeamMapper teams) {
        Team preventers = teams.selectAll().get(0);
        ReferenceCatalogue.loader(session).load(List.of(preventers), LoadPlan.of(raise(WINTER_HEROES)));

        assertThatThrownBy(() -> json.writeValueAsString(preventers))
                .isInstanceOf(JsonMappingException.class)
                .hasRootCauseInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Team.winterHeroes of Team#1 is not loaded");
    }

    @Test
    void serialisingADetachedLazyCollectionFailsWithTheDetachedError(SqlSessionFactory factory) {
        Team preventers;
        try (SqlSession own = factory.openSession()) {
            preventers = own.getMapper(TeamMapper.class).selectAll().get(0);
            ReferenceCatalogue.loader(own).load(List.of(preventers), LoadPlan.of(lazy(WINTER_HEROES)));
        }
        Team detached = preventers;

        assertThatThrownBy(() -> json.writeValueAsString(detached))
                .isInstanceOf(JsonMappingException.class)
                .hasRootCauseInstanceOf(org.apache.ibatis.executor.ExecutorException.class)
                .hasMessageContaining("Team.winterHeroes of Team#1 cannot be loaded lazily");
        assertThatThrownBy(() -> detached.getWinterHeroes().size()).isInstanceOf(DetachedInstanceException.class);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
