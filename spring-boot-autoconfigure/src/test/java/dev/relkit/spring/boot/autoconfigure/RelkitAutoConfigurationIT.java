package dev.relkit.spring.boot.autoconfigure;

import dev.relkit.Relkit;
import dev.relkit.load.DetachedInstanceException;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.relation.BackReferences;
import dev.relkit.spring.RelkitSessions;
import dev.relkit.spring.boot.autoconfigure.shop.Customer;
import dev.relkit.spring.boot.autoconfigure.shop.CustomerMapper;
import dev.relkit.spring.boot.autoconfigure.shop.HarnessDataSource;
import dev.relkit.spring.boot.autoconfigure.shop.PurchaseOrder;
import dev.relkit.spring.boot.autoconfigure.shop.ShopApplication;
import dev.relkit.spring.boot.autoconfigure.shop.ShopService;
import dev.relkit.sql.GeneratedStatementInterceptor;

import java.util.List;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static dev.relkit.spring.boot.autoconfigure.shop.ShopRelationships.CUSTOMER;
import static dev.relkit.spring.boot.autoconfigure.shop.ShopRelationships.CUSTOMER_ORDERS;
import static dev.relkit.spring.boot.autoconfigure.shop.ShopRelationships.ORDER_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Boot application on mybatis-spring-boot-starter that adds relkit's auto-configuration and nothing
 * else: relkit bound at start-up to its factory with the declarations of its package and the
 * {@code relkit.*} properties, and its beans working inside the application's transactions.
 */
@SpringBootTest(classes = ShopApplication.class, properties = "relkit.chunk-size=2")
@Import(HarnessDataSource.class)
class RelkitAutoConfigurationIT {

    @Autowired
    Relkit relkit;

    @Autowired
    RelkitSessions relkitSessions;

    @Autowired
    RelationshipLoader loader;

    @Autowired
    BackReferences backReferences;

    @Autowired
    SqlSessionFactory sqlSessionFactory;

    @Autowired
    ShopService shop;

    @Autowired
    CustomerMapper customers;

    @AfterEach
    void noConnectionIsLeftLent() {
        assertThat(HarnessDataSource.activeConnections()).as("connections still lent by the pool").isZero();
        HarnessDataSource.removeRowsAddedByTests();
    }

    @Test
    void bindsTheApplicationsFactoryWithTheDeclarationsOfItsPackage() {
        assertThat(relkit.configuration()).isSameAs(sqlSessionFactory.getConfiguration());
        assertThat(relkit.metamodel().relationships()).containsExactlyInAnyOrder(ORDER_CUSTOMER, CUSTOMER_ORDERS);
        assertThat(relkit.chunkSize()).isEqualTo(2);
        assertThat(relkitSessions.loader()).isSameAs(loader);
        assertThat(backReferences).isNotNull();
        assertThat(sqlSessionFactory.getConfiguration().getInterceptors())
                .as("the plugin is in the configuration mybatis-spring-boot built, so every session has it")
                .hasAtLeastOneElementOfType(GeneratedStatementInterceptor.class);
    }

    @Test
    void loadsEveryCustomersOrdersWithTheConfiguredChunkSize() {
        // 3 customers, 2 keys per select-in statement: the customers' statement and two select-ins
        List<Customer> all = HarnessDataSource.database().statements().assertCount(3, shop::customersWithOrders);

        assertThat(all).flatExtracting(Customer::getOrders).extracting(PurchaseOrder::getReference)
                .containsExactly("A-1", "A-2", "G-1", "E-1");
    }

    @Test
    void flushCommitsWithTheTransaction() {
        shop.write(unit -> {
            Customer barbara = new Customer("Barbara");
            barbara.getOrders().add(new PurchaseOrder("B-1"));
            unit.add(barbara);
            return barbara;
        });

        assertThat(customers.countByName("Barbara")).isEqualTo(1);
    }

    @Test
    void flushIsRolledBackWithTheTransaction() {
        assertThatThrownBy(() -> shop.write(unit -> {
            unit.add(new Customer("Barbara"));
            unit.flush();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(customers.countByName("Barbara")).isZero();
    }

    @Test
    void requiresNewInnerCallCommitsWhileTheOuterRollsBack() {
        assertThatThrownBy(() -> shop.write(outer -> {
            outer.add(new Customer("Outer"));
            outer.flush();
            shop.writeInNewTransaction(inner -> inner.get(CUSTOMER, 1).getOrders().add(new PurchaseOrder("A-3")));
            throw new IllegalStateException("outer rolls back");
        })).hasMessage("outer rolls back");

        assertThat(customers.countByName("Outer")).isZero();
        assertThat(shop.customersWithOrders().get(0).getOrders()).extracting(PurchaseOrder::getReference)
                .containsExactly("A-1", "A-2", "A-3");
    }

    @Test
    void lazyOrdersLoadInTheTransactionAndAreDetachedAfterIt() {
        List<Customer> all = shop.customersTouchingTheFirstsOrders();

        assertThat(all.get(0).getOrders()).hasSize(2);
        assertThatThrownBy(() -> all.get(1).getOrders().size())
                .isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("Customer.orders");
    }
}
