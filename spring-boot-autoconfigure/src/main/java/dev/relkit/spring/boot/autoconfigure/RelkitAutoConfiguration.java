package dev.relkit.spring.boot.autoconfigure;

import dev.relkit.Relkit;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.relation.BackReferences;
import dev.relkit.relation.Metamodel;
import dev.relkit.resultmap.CompiledResultMapInterceptor;
import dev.relkit.spring.RelationshipDeclarations;
import dev.relkit.spring.RelkitFactoryBean;
import dev.relkit.spring.RelkitSessions;
import dev.relkit.sql.GeneratedStatementInterceptor;

import java.util.List;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Binds relkit at start-up to the {@code SqlSessionFactory} that mybatis-spring-boot-starter builds
 * (or the application's own), and provides:
 * <ul>
 *   <li>{@link Relkit}, the binding; its metamodel made of every {@link Metamodel} bean and the
 *       declarations found in {@code relkit.metamodel-packages} (by default, when there is no
 *       {@code Metamodel} bean, the application's own packages); options from {@link RelkitProperties}
 *       and {@link RelkitBuilderCustomizer} beans;</li>
 *   <li>{@link RelkitSessions}, the factory of units of work in the current Spring transaction;</li>
 *   <li>{@link RelationshipLoader}, a thread-safe loader on the current transaction's session;</li>
 *   <li>{@link BackReferences} for the binding's relationships;</li>
 *   <li>relkit's executor plugin ({@link GeneratedStatementInterceptor}, and
 *       {@link CompiledResultMapInterceptor} with {@code relkit.compiled-result-maps=true}) as beans, which
 *       mybatis-spring-boot adds to the configuration it builds, so that every session has them
 *       whenever it opens.</li>
 * </ul>
 * Mapper interfaces found by mybatis-spring-boot's scanning (or {@code @MapperScan}) are registered with
 * MyBatis before relkit binds, so declarations naming their resultMaps are checked against them.
 */
@AutoConfiguration(after = MybatisAutoConfiguration.class)
@ConditionalOnClass({Relkit.class, RelkitSessions.class, SqlSessionFactory.class, SqlSessionTemplate.class})
@ConditionalOnSingleCandidate(SqlSessionFactory.class)
@ConditionalOnProperty(prefix = RelkitProperties.PREFIX, name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(RelkitProperties.class)
public class RelkitAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RelkitAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    static GeneratedStatementInterceptor relkitGeneratedStatementInterceptor() {
        return new GeneratedStatementInterceptor();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = RelkitProperties.PREFIX, name = "compiled-result-maps", havingValue = "true")
    static CompiledResultMapInterceptor relkitCompiledResultMapInterceptor() {
        return new CompiledResultMapInterceptor();
    }

    @Bean
    @ConditionalOnMissingBean
    Relkit relkit(SqlSessionFactory sqlSessionFactory, RelkitProperties properties,
            ObjectProvider<Metamodel> metamodels, ObjectProvider<RelkitBuilderCustomizer> customizers,
            ConfigurableListableBeanFactory beanFactory) {
        RelkitFactoryBean.initializeMappers(beanFactory);
        RelationshipDeclarations declarations = new RelationshipDeclarations();
        metamodels.orderedStream().forEach(declarations::add);
        List<String> packages = properties.getMetamodelPackages();
        if (packages.isEmpty() && declarations.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            packages = AutoConfigurationPackages.get(beanFactory);
        }
        declarations.scan(beanFactory.getBeanClassLoader(), packages);
        if (declarations.isEmpty()) {
            LOG.warn("relkit found no relationship declarations (no Metamodel bean, nothing in {}): set"
                    + " relkit.metamodel-packages to the packages that declare them", packages);
        }
        Relkit.Builder builder = RelkitFactoryBean.builder(sqlSessionFactory, declarations)
                .chunkSize(properties.getChunkSize());
        if (properties.isCompiledResultMaps()) {
            builder.compiledResultMaps();
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.bind();
    }

    @Bean
    @ConditionalOnMissingBean
    RelkitSessions relkitSessions(Relkit relkit, SqlSessionFactory sqlSessionFactory,
            ObjectProvider<SqlSessionTemplate> sqlSessionTemplate) {
        return new RelkitSessions(relkit, sqlSessionTemplate.getIfAvailable(() -> new SqlSessionTemplate(sqlSessionFactory)));
    }

    @Bean
    @ConditionalOnMissingBean
    RelationshipLoader relationshipLoader(RelkitSessions relkitSessions) {
        return relkitSessions.loader();
    }

    @Bean
    @ConditionalOnMissingBean
    BackReferences backReferences(Relkit relkit) {
        return relkit.backReferences();
    }
}
