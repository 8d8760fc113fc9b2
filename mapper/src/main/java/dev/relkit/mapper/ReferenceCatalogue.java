package dev.relkit.mapper;

import dev.relkit.Relkit;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.session.RelkitSession;
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
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;

/**
 * The reference catalogue's MyBatis set-up: its mappers, its settings and the metamodel of every
 * relationship it declares. The catalogue is built on relkit-core exactly as an outside application
 * would build its own; this class plays the part of that application's start-up code.
 *
 * <p>Every mapper interface lives under {@value #MAPPER_PACKAGE}, and its XML sits at the mirrored
 * resource path, so registering the package loads the interfaces and their XML together; the set-up is
 * written once, as an application writes it, in {@value #MYBATIS_CONFIG}.
 */
public final class ReferenceCatalogue {

    /** The package (and sub-packages) that holds the catalogue's mapper interfaces and XML. */
    public static final String MAPPER_PACKAGE = "dev.relkit.mapper";

    /** The catalogue's {@code mybatis-config.xml}: the settings below and every mapper of the catalogue. */
    public static final String MYBATIS_CONFIG = "dev/relkit/mapper/mybatis-config.xml";

    private ReferenceCatalogue() {
    }

    /**
     * A configuration read from {@value #MYBATIS_CONFIG}, the catalogue's one statement of its set-up, on
     * {@code environment}.
     *
     * <p>Settings: lazy loading on but never aggressive, and no method (not even {@code toString},
     * {@code equals} or {@code hashCode}) triggers a lazy load by surprise; explicit resultMaps only
     * (auto-mapping stays {@code PARTIAL}), generated keys on, results mapped through relkit's compiled
     * resultMaps, and relkit's {@code GeneratedStatementInterceptor} on every session, so sessions opened
     * before the catalogue is bound run relkit's statements too; then relkit's fragments and every
     * catalogue mapper.
     */
    public static Configuration newConfiguration(Environment environment) {
        try (Reader reader = Resources.getResourceAsReader(MYBATIS_CONFIG)) {
            // empty variables, as new Configuration() has them: callers set relkit's switches there
            Configuration configuration = new XMLConfigBuilder(reader, null, new Properties()).parse();
            configuration.setEnvironment(environment);
            return configuration;
        } catch (IOException e) {
            throw new UncheckedIOException("The catalogue's " + MYBATIS_CONFIG + " is missing from the classpath", e);
        }
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
