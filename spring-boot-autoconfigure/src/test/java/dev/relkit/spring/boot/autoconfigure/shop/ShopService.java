package dev.relkit.spring.boot.autoconfigure.shop;

import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.session.RelkitSession;
import dev.relkit.spring.RelkitSessions;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.spring.boot.autoconfigure.shop.ShopRelationships.CUSTOMER_ORDERS;

/** The shop's service, on the beans relkit's auto-configuration provides. */
@Service
public class ShopService {

    private final CustomerMapper customers;
    private final RelationshipLoader loader;
    private final RelkitSessions relkit;

    public ShopService(CustomerMapper customers, RelationshipLoader loader, RelkitSessions relkit) {
        this.customers = customers;
        this.loader = loader;
        this.relkit = relkit;
    }

    @Transactional(readOnly = true)
    public List<Customer> customersWithOrders() {
        return loader.load(customers.selectAll(), LoadPlan.of(selectIn(CUSTOMER_ORDERS)));
    }

    /** Customers with orders left lazy; {@code firstCustomersOrders} is touched inside the transaction. */
    @Transactional(readOnly = true)
    public List<Customer> customersTouchingTheFirstsOrders() {
        List<Customer> all = loader.load(customers.selectAll(), LoadPlan.of());
        all.get(0).getOrders().size();
        return all;
    }

    @Transactional
    public <T> T write(Function<RelkitSession, T> work) {
        return work.apply(relkit.session());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public <T> T writeInNewTransaction(Function<RelkitSession, T> work) {
        return work.apply(relkit.session());
    }
}
