package dev.relkit.spring.boot.autoconfigure;

import dev.relkit.Relkit;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.relation.Metamodel;
import dev.relkit.resultmap.CompiledResultMapInterceptor;
import dev.relkit.spring.RelkitSessions;
import dev.relkit.spring.boot.autoconfigure.shop.CustomerMapper;
import dev.relkit.spring.boot.autoconfigure.shop.HarnessDataSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static dev.relkit.spring.boot.autoconfigure.shop.ShopRelationships.CUSTOMER_ORDERS;
import static dev.relkit.spring.boot.autoconfigure.shop.ShopRelationships.ORDER_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

/** What each {@code relkit.*} property, a {@code Metamodel} bean and a customizer change, on MariaDB. */
class RelkitAutoConfigurationOptionsIT {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MybatisAutoConfiguration.class, RelkitAutoConfiguration.class))
            .withUserConfiguration(ShopMappers.class);

    @Configuration(proxyBeanMethods = false)
    @MapperScan(basePackageClasses = CustomerMapper.class, annotationClass = org.apache.ibatis.annotations.Mapper.class)
    @Import(HarnessDataSource.class)
    static class ShopMappers {
    }

    @Test
    void readsTheDeclarationsOfTheNamedPackagesWithRelkitsDefaults() {
        contexts.withPropertyValues("relkit.metamodel-packages=dev.relkit.spring.boot.autoconfigure.shop")
                .run(context -> {
                    Relkit relkit = context.getBean(Relkit.class);
                    assertThat(relkit.metamodel().relationships()).containsExactlyInAnyOrder(ORDER_CUSTOMER, CUSTOMER_ORDERS);
                    assertThat(relkit.chunkSize()).isEqualTo(RelationshipLoader.DEFAULT_CHUNK_SIZE);
                    assertThat(context).hasSingleBean(RelkitSessions.class).hasSingleBean(RelationshipLoader.class)
                            .doesNotHaveBean(CompiledResultMapInterceptor.class);
                });
    }

    @Test
    void takesTheMetamodelBeanAndScansNothingElse() {
        contexts.withBean(Metamodel.class, () -> Metamodel.of(List.of(CUSTOMER_ORDERS, ORDER_CUSTOMER)))
                .run(context -> assertThat(context.getBean(Relkit.class).metamodel().relationships())
                        .as("the bean's relationships, in the bean's order")
                        .containsExactly(CUSTOMER_ORDERS, ORDER_CUSTOMER));
    }

    @Test
    void installsCompiledResultMapsForEverySession() {
        contexts.withPropertyValues("relkit.metamodel-packages=dev.relkit.spring.boot.autoconfigure.shop",
                        "relkit.compiled-result-maps=true")
                .run(context -> assertThat(context.getBean(SqlSessionFactory.class).getConfiguration().getInterceptors())
                        .filteredOn(CompiledResultMapInterceptor.class::isInstance).hasSize(1));
    }

    @Test
    void callsCustomizersWithTheBuilder() {
        AtomicInteger calls = new AtomicInteger();
        contexts.withPropertyValues("relkit.metamodel-packages=dev.relkit.spring.boot.autoconfigure.shop")
                .withBean(RelkitBuilderCustomizer.class, () -> builder -> {
                    calls.incrementAndGet();
                    builder.chunkSize(7);
                })
                .run(context -> {
                    assertThat(context.getBean(Relkit.class).chunkSize()).isEqualTo(7);
                    assertThat(calls).hasValue(1);
                });
    }

    @Test
    void bindsNothingWhenDisabled() {
        contexts.withPropertyValues("relkit.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Relkit.class).doesNotHaveBean(RelkitSessions.class));
    }

    @Test
    void failsTheStartUpNamingAPackageWithoutClasses() {
        contexts.withPropertyValues("relkit.metamodel-packages=dev.relkit.spring.boot.autoconfigure.nosuchpackage")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("dev.relkit.spring.boot.autoconfigure.nosuchpackage"));
    }
}
