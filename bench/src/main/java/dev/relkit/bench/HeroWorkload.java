package dev.relkit.bench;

import dev.relkit.mapper.ReferenceCatalogue;
import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.HeroRelationships.HERO;
import static dev.relkit.mapper.hero.HeroRelationships.SUMMER_TEAM;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.selectIn;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

import com.mybatisflex.core.query.QueryColumn;
import com.mybatisflex.core.query.QueryWrapper;
import dev.relkit.bench.flex.FlexHeroMapper;
import dev.relkit.bench.mybatis.NestedSelectMapper;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.Session;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.util.Buildable;

/** W2: one hero by id with its winter and summer team: small-query latency. */
public final class HeroWorkload {

    /** The hero loaded; its two teams differ. */
    static final int HERO_ID = 42;

    static final String JDBC_SQL = """
            SELECT hero.id, hero.name, hero.secret_name, hero.age, hero.winter_team_id, hero.summer_team_id,
                   winter_team.id, winter_team.name, winter_team.headquarters,
                   summer_team.id, summer_team.name, summer_team.headquarters
            FROM hero
            LEFT JOIN team winter_team ON winter_team.id = hero.winter_team_id
            LEFT JOIN team summer_team ON summer_team.id = hero.summer_team_id
            WHERE hero.id = ?""";

    public static final Workload<Hero> WORKLOAD = new Workload<>("W2", "one hero by id with both teams",
            HeroBenchmark.class, contenders(), HeroWorkload::snapshot, HeroWorkload::touch);

    private HeroWorkload() {
    }

    private static Map<String, Contender<Hero>> contenders() {
        Map<String, Contender<Hero>> contenders = new LinkedHashMap<>();
        contenders.put("jdbc", HeroWorkload::jdbc);
        contenders.put("relkitJoined", HeroWorkload::relkitJoined);
        contenders.put("mybatisJoined", HeroWorkload::mybatisJoined);
        contenders.put("relkitSelectIn", HeroWorkload::relkitSelectIn);
        contenders.put("relkitLazy", HeroWorkload::relkitLazy);
        contenders.put("mybatisNestedSelect", HeroWorkload::mybatisNestedSelect);
        contenders.put("hibernateJoinFetch", HeroWorkload::hibernateJoinFetch);
        contenders.put("hibernateBatch", HeroWorkload::hibernateBatch);
        contenders.put("flexRelations", HeroWorkload::flexRelations);
        return contenders;
    }

    /** The limit: one statement with both team joins. */
    static Object jdbc(BenchEnvironment environment, Function<? super Hero, ?> use) {
        try (Connection connection = environment.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(JDBC_SQL)) {
            statement.setInt(1, HERO_ID);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("W2 jdbc: no hero " + HERO_ID);
                }
                Hero loaded = new Hero();
                loaded.setId(row.getInt(1));
                loaded.setName(row.getString(2));
                loaded.setSecretName(row.getString(3));
                loaded.setAge(row.getObject(4, Integer.class));
                loaded.setWinterTeamId(row.getObject(5, Integer.class));
                loaded.setSummerTeamId(row.getObject(6, Integer.class));
                loaded.setWinterTeam(team(row, 7));
                loaded.setSummerTeam(team(row, 10));
                return use.apply(loaded);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("W2 jdbc: " + e.getMessage(), e);
        }
    }

    private static Team team(ResultSet row, int firstColumn) throws SQLException {
        Integer id = row.getObject(firstColumn, Integer.class);
        if (id == null) {
            return null;
        }
        Team team = new Team();
        team.setId(id);
        team.setName(row.getString(firstColumn + 1));
        team.setHeadquarters(row.getString(firstColumn + 2));
        return team;
    }

    /** relkit joined: the XML statement {@code HeroMapper.selectWithTeamsById}. */
    static Object relkitJoined(BenchEnvironment environment, Function<? super Hero, ?> use) {
        return joined(environment.sessionFactory(), use);
    }

    /** The same statement as {@link #relkitJoined}, its rows mapped by MyBatis itself (relkit's compiled resultMaps off). */
    static Object mybatisJoined(BenchEnvironment environment, Function<? super Hero, ?> use) {
        return joined(environment.mybatisMappedSessionFactory(), use);
    }

    private static Object joined(SqlSessionFactory sessions, Function<? super Hero, ?> use) {
        try (SqlSession session = sessions.openSession(true)) {
            return use.apply(session.getMapper(HeroMapper.class).selectWithTeamsById(HERO_ID));
        }
    }

    /** relkit select-in: the hero, then each team relationship by {@code id IN}. */
    static Object relkitSelectIn(BenchEnvironment environment, Function<? super Hero, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            List<Hero> heroes = ReferenceCatalogue.loader(session).query(HERO, heroById(),
                    LoadPlan.of(selectIn(WINTER_TEAM), selectIn(SUMMER_TEAM)));
            return use.apply(heroes.get(0));
        }
    }

    /** relkit lazy: the hero with key-only team proxies, loaded when touched. */
    static Object relkitLazy(BenchEnvironment environment, Function<? super Hero, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            List<Hero> heroes = ReferenceCatalogue.loader(session).query(HERO, heroById(),
                    LoadPlan.of(lazy(WINTER_TEAM), lazy(SUMMER_TEAM)));
            return use.apply(heroes.get(0));
        }
    }

    /** Plain MyBatis nested selects: the hero, then a select per team. */
    static Object mybatisNestedSelect(BenchEnvironment environment, Function<? super Hero, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(session.getMapper(NestedSelectMapper.class).selectHeroById(HERO_ID));
        }
    }

    /** Hibernate 7: one JPQL query fetch-joining both teams (read-only session). */
    static Object hibernateJoinFetch(BenchEnvironment environment, Function<? super Hero, ?> use) {
        try (Session session = environment.hibernate().openSession()) {
            session.setDefaultReadOnly(true);
            return use.apply(session.createSelectionQuery("""
                    select h from Hero h
                    left join fetch h.winterTeam
                    left join fetch h.summerTeam
                    where h.id = :id""", Hero.class).setParameter("id", HERO_ID).getSingleResult());
        }
    }

    /** Hibernate 7: {@code find}, then the team proxies batch-fetched as {@code use} touches them. */
    static Object hibernateBatch(BenchEnvironment environment, Function<? super Hero, ?> use) {
        try (Session session = environment.hibernate().openSession()) {
            session.setDefaultReadOnly(true);
            return use.apply(session.find(Hero.class, HERO_ID));
        }
    }

    /** MyBatis-Flex: the hero by id, then its teams by Flex's relation loading. */
    static Object flexRelations(BenchEnvironment environment, Function<? super Hero, ?> use) {
        return use.apply(environment.flex().getMapper(FlexHeroMapper.class)
                .selectOneWithRelationsByQuery(QueryWrapper.create().where(new QueryColumn("id").eq(HERO_ID))));
    }

    private static Buildable<SelectModel> heroById() {
        return select(hero.id, hero.name, hero.secretName, hero.age, hero.winterTeamId, hero.summerTeamId)
                .from(hero)
                .where(hero.id, isEqualTo(HERO_ID));
    }

    record HeroValues(Integer id, String name, String secretName, Integer age, Integer winterTeamId,
            Integer summerTeamId, TeamValues winterTeam, TeamValues summerTeam) {
    }

    record TeamValues(Integer id, String name, String headquarters) {
    }

    static Object snapshot(Hero loaded) {
        return new HeroValues(loaded.getId(), loaded.getName(), loaded.getSecretName(), loaded.getAge(),
                loaded.getWinterTeamId(), loaded.getSummerTeamId(), teamValues(loaded.getWinterTeam()),
                teamValues(loaded.getSummerTeam()));
    }

    private static TeamValues teamValues(Team team) {
        return team == null ? null : new TeamValues(team.getId(), team.getName(), team.getHeadquarters());
    }

    static long touch(Hero loaded) {
        return loaded.getId() + loaded.getName().length() + loaded.getSecretName().length() + loaded.getAge()
                + loaded.getWinterTeam().getId() + loaded.getWinterTeam().getName().length()
                + loaded.getWinterTeam().getHeadquarters().length()
                + loaded.getSummerTeam().getId() + loaded.getSummerTeam().getName().length()
                + loaded.getSummerTeam().getHeadquarters().length();
    }
}
