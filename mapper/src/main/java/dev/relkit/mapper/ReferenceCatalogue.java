package dev.relkit.mapper;

import dev.relkit.Relkit;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.session.RelkitSession;
import dev.relkit.sql.GeneratedStatementInterceptor;
import dev.relkit.mapper.blog.BlogRelationships;
import dev.relkit.mapper.company.CompanyRelationships;
import dev.relkit.mapper.composite.CompositeRelationships;
import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.mapper.inheritance.InheritanceRelationships;
import dev.relkit.mapper.library.LibraryRelationships;
import dev.relkit.mapper.order.OrderRelationships;
import dev.relkit.mapper.sakila.SakilaRelationships;
import dev.relkit.mapper.school.SchoolRelationships;
import dev.relkit.mapper.tree.TreeRelationships;
import dev.relkit.mapper.user.UserRelationships;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import dev.relkit.resultmap.CompiledResultMapInterceptor;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;

/**
 * The reference catalogue's MyBatis set-up: its mappers, its settings and the metamodel of every
 * relationship it declares. The catalogue is built on relkit-core exactly as an outside application
 * would build its own; this class plays the part of that application's start-up code.
 *
 * <p>Every mapper interface lives under {@value #MAPPER_PACKAGE}, and its XML sits at the mirrored
 * resource path, so registering the package loads the interfaces and their XML together. The same
 * set-up as XML is {@value #MYBATIS_CONFIG}.
 */
public final class ReferenceCatalogue {

    /** The package (and sub-packages) that holds the catalogue's mapper interfaces and XML. */
    public static final String MAPPER_PACKAGE = "dev.relkit.mapper";

    /** The catalogue's {@code mybatis-config.xml}: the settings below and every mapper of the catalogue. */
    public static final String MYBATIS_CONFIG = "dev/relkit/mapper/mybatis-config.xml";

    private ReferenceCatalogue() {
    }

    /**
     * A configuration with the catalogue's settings and all of its mappers.
     *
     * <p>Settings: lazy loading on but never aggressive, and no method (not even {@code toString},
     * {@code equals} or {@code hashCode}) triggers a lazy load by surprise; explicit resultMaps only
     * (auto-mapping stays {@code PARTIAL}), generated keys on, results mapped through
     * {@link CompiledResultMapInterceptor compiled resultMaps}, and relkit's
     * {@link GeneratedStatementInterceptor} on every session, so sessions opened before the catalogue
     * is bound run relkit's statements too.
     */
    public static Configuration newConfiguration(Environment environment) {
        Configuration configuration = new Configuration(environment);
        applySettings(configuration);
        addMappers(configuration);
        return configuration;
    }

    /** Applies the catalogue's settings (see {@link #newConfiguration}) to a configuration built elsewhere. */
    public static void applySettings(Configuration configuration) {
        configuration.setUseGeneratedKeys(true);
        configuration.setAutoMappingBehavior(AutoMappingBehavior.PARTIAL);
        configuration.setLazyLoadingEnabled(true);
        configuration.setAggressiveLazyLoading(false);
        configuration.setLazyLoadTriggerMethods(Set.of());
        if (configuration.getInterceptors().stream().noneMatch(GeneratedStatementInterceptor.class::isInstance)) {
            configuration.addInterceptor(new GeneratedStatementInterceptor());
        }
        if (configuration.getInterceptors().stream().noneMatch(CompiledResultMapInterceptor.class::isInstance)) {
            configuration.addInterceptor(new CompiledResultMapInterceptor());
        }
    }

    /** Adds every catalogue mapper interface and its XML to the configuration. */
    public static void addMappers(Configuration configuration) {
        Relkit.addFragments(configuration); // the tree mappers include relkit's recursive-subtree fragment
        configuration.addMappers(MAPPER_PACKAGE);
    }

    /**
     * relkit bound to {@code configuration} with the catalogue's {@link #metamodel()}: bound the first
     * time a configuration is asked for (its start-up, in the demo and the tests), the same binding
     * afterwards.
     */
    public static Relkit relkit(Configuration configuration) {
        synchronized (BINDINGS) {
            return BINDINGS.computeIfAbsent(configuration, c -> Relkit.bind(c, METAMODEL));
        }
    }

    /** A loader on {@code session} from the catalogue's binding of the session's configuration. */
    public static RelationshipLoader loader(SqlSession session) {
        return relkit(session.getConfiguration()).loader(session);
    }

    /** As {@link #loader(SqlSession)}, with {@code chunkSize} keys per select-in statement. */
    public static RelationshipLoader loader(SqlSession session, int chunkSize) {
        return relkit(session.getConfiguration()).loader(session, chunkSize);
    }

    /** A unit of work on {@code sqlSession} from the catalogue's binding of the session's configuration. */
    public static RelkitSession session(SqlSession sqlSession) {
        return relkit(sqlSession.getConfiguration()).session(sqlSession);
    }

    /** Every relationship the catalogue declares, one metamodel for all its domains. */
    public static Metamodel metamodel() {
        return METAMODEL;
    }

    private static final Map<Configuration, Relkit> BINDINGS = new WeakHashMap<>();

    private static final Metamodel METAMODEL = Metamodel.of(Stream.of(
                    HeroRelationships.ALL, UserRelationships.ALL, CompanyRelationships.ALL, SchoolRelationships.ALL,
                    OrderRelationships.ALL, TreeRelationships.ALL, BlogRelationships.ALL, LibraryRelationships.ALL,
                    InheritanceRelationships.ALL, CompositeRelationships.ALL, SakilaRelationships.ALL)
            .<Relationship<?, ?>>flatMap(List::stream)
            .toList());
}
