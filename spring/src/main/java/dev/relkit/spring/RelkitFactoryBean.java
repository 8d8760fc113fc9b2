package dev.relkit.spring;

import dev.relkit.Relkit;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Polymorphism;
import dev.relkit.relation.Relationship;

import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.mapper.MapperFactoryBean;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.Assert;

/**
 * Binds relkit at start-up in a Spring configuration, the way mybatis-spring's
 * {@code SqlSessionFactoryBean} builds the factory: a bean that depends on the
 * {@code SqlSessionFactory}, so relkit is bound once MyBatis has read every mapper and before the
 * application's beans open sessions.
 *
 * <pre>{@code
 * <bean id="relkit" class="dev.relkit.spring.RelkitFactoryBean">
 *   <property name="sqlSessionFactory" ref="sqlSessionFactory"/>
 *   <property name="basePackages" value="com.example.orders.mapper"/>
 *   <property name="chunkSize" value="200"/>
 * </bean>
 * <bean id="relkitSessions" class="dev.relkit.spring.RelkitSessions">
 *   <constructor-arg ref="relkit"/>
 *   <constructor-arg ref="sqlSessionTemplate"/>
 * </bean>
 * }</pre>
 *
 * <p>The relationships are those of {@link #setMetamodel}, {@link #setRelationships} and the
 * {@code public static final} declarations of the classes in {@link #setBasePackages} (see
 * {@link RelationshipDeclarations}); at least one source must be given. A declaration that does not
 * match MyBatis's configuration fails the start-up with relkit's {@code RelkitBindException}, which
 * lists every problem.
 *
 * <p>relkit's executor plugin is added to the configuration by the binding; a session opened before
 * (by a bean that uses a mapper while the context starts, before this bean exists) cannot run relkit's
 * statements. Where that can happen, give the {@code SqlSessionFactoryBean} the plugin itself
 * ({@code plugins = new GeneratedStatementInterceptor()}).
 */
public class RelkitFactoryBean implements FactoryBean<Relkit>, InitializingBean, BeanClassLoaderAware, BeanFactoryAware {

    private SqlSessionFactory sqlSessionFactory;
    private Metamodel metamodel;
    private final List<Relationship<?, ?>> relationships = new ArrayList<>();
    private final List<String> basePackages = new ArrayList<>();
    private Integer chunkSize;
    private boolean compiledResultMaps;
    private final List<EntityType<?>> entities = new ArrayList<>();
    private final List<Polymorphism<?>> hierarchies = new ArrayList<>();
    private ClassLoader classLoader;
    private BeanFactory beanFactory;
    private Relkit relkit;

    /** The factory whose configuration relkit is bound to (required). */
    public void setSqlSessionFactory(SqlSessionFactory sqlSessionFactory) {
        this.sqlSessionFactory = sqlSessionFactory;
    }

    /** A metamodel built by the application. */
    public void setMetamodel(Metamodel metamodel) {
        this.metamodel = metamodel;
    }

    /** Relationships given one by one (for example {@code MyRelationships.ALL}). */
    public void setRelationships(List<? extends Relationship<?, ?>> relationships) {
        this.relationships.clear();
        this.relationships.addAll(relationships);
    }

    /** Packages whose classes' {@code public static final} relationship, entity and hierarchy constants are read. */
    public void setBasePackages(String... basePackages) {
        this.basePackages.clear();
        this.basePackages.addAll(List.of(basePackages));
    }

    /** Keys per select-in statement ({@code Relkit.Builder.chunkSize}); relkit's default unless set. */
    public void setChunkSize(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    /** Maps every resultMap statement with relkit's compiled resultMaps ({@code Relkit.Builder.compiledResultMaps}). */
    public void setCompiledResultMaps(boolean compiledResultMaps) {
        this.compiledResultMaps = compiledResultMaps;
    }

    /** Entities units of work manage that take part in no relationship ({@code Relkit.Builder.entities}). */
    public void setEntities(List<? extends EntityType<?>> entities) {
        this.entities.clear();
        this.entities.addAll(entities);
    }

    /** Joined-table hierarchies written polymorphically ({@code Relkit.Builder.polymorphic}). */
    public void setPolymorphic(List<? extends Polymorphism<?>> hierarchies) {
        this.hierarchies.clear();
        this.hierarchies.addAll(hierarchies);
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void afterPropertiesSet() {
        Assert.notNull(sqlSessionFactory, "RelkitFactoryBean needs a sqlSessionFactory");
        initializeMappers(beanFactory);
        RelationshipDeclarations declarations = new RelationshipDeclarations();
        if (metamodel != null) {
            declarations.add(metamodel);
        }
        declarations.addRelationships(relationships);
        declarations.scan(classLoader, basePackages);
        entities.forEach(declarations::addEntity);
        hierarchies.forEach(declarations::addHierarchy);
        Assert.state(!declarations.isEmpty(), "RelkitFactoryBean found no relationship declarations: set metamodel,"
                + " relationships or basePackages");
        Relkit.Builder builder = builder(sqlSessionFactory, declarations);
        if (chunkSize != null) {
            builder.chunkSize(chunkSize);
        }
        if (compiledResultMaps) {
            builder.compiledResultMaps();
        }
        relkit = builder.bind();
    }

    /**
     * Initializes every {@link MapperFactoryBean} of the context ({@code @MapperScan},
     * {@code <mybatis:scan>}, mybatis-spring-boot's scanning), each of which adds its mapper interface,
     * and so the XML beside it, to MyBatis's configuration only when it is initialized: relkit checks its
     * declarations against those mappers' resultMaps, so they must be there before it binds.
     */
    public static void initializeMappers(BeanFactory beanFactory) {
        if (beanFactory instanceof ListableBeanFactory beans) {
            beans.getBeansOfType(MapperFactoryBean.class);
        }
    }

    /**
     * A binding of {@code declarations} to the factory's configuration, its entities and hierarchies set,
     * ready for options and {@code bind()}: the one binding path of the factory bean and of relkit's
     * Spring Boot auto-configuration.
     */
    public static Relkit.Builder builder(SqlSessionFactory sqlSessionFactory, RelationshipDeclarations declarations) {
        return Relkit.builder(sqlSessionFactory.getConfiguration(), declarations.metamodel())
                .entities(declarations.entitiesOutsideRelationships().toArray(EntityType<?>[]::new))
                .polymorphic(declarations.hierarchies().toArray(Polymorphism<?>[]::new));
    }

    @Override
    public Relkit getObject() {
        return relkit;
    }

    @Override
    public Class<?> getObjectType() {
        return Relkit.class;
    }
}
