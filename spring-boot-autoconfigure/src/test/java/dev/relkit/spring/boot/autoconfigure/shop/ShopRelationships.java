package dev.relkit.spring.boot.autoconfigure.shop;

import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;

import java.sql.JDBCType;

import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

/**
 * The test shop's tables and declarations, found by the auto-configuration in the application's
 * package: a customer's orders (lazy by default) and each order's customer.
 */
public final class ShopRelationships {

    public static final CustomerTable customer = new CustomerTable();
    public static final OrderTable purchaseOrder = new OrderTable();

    public static final EntityType<Customer> CUSTOMER = EntityType.builder(Customer.class, customer)
            .generatedId("id", customer.id, Customer::getId, Customer::setId)
            .column("name", customer.name, Customer::getName, Customer::setName)
            .resultMap(CustomerMapper.NAMESPACE + ".customerResult")
            .build();

    public static final EntityType<PurchaseOrder> PURCHASE_ORDER = EntityType.builder(PurchaseOrder.class, purchaseOrder)
            .generatedId("id", purchaseOrder.id, PurchaseOrder::getId, PurchaseOrder::setId)
            .column("reference", purchaseOrder.reference, PurchaseOrder::getReference, PurchaseOrder::setReference)
            .column("customerId", purchaseOrder.customerId, PurchaseOrder::getCustomerId, PurchaseOrder::setCustomerId)
            .resultMap(CustomerMapper.NAMESPACE + ".orderResult")
            .build();

    public static final Relationship<PurchaseOrder, Customer> ORDER_CUSTOMER =
            Relationship.manyToOne("customer", PURCHASE_ORDER, CUSTOMER)
                    .on(purchaseOrder.customerId, customer.id)
                    .reference(PurchaseOrder::getCustomer, PurchaseOrder::setCustomer)
                    .backPopulates("orders")
                    .build();

    public static final Relationship<Customer, PurchaseOrder> CUSTOMER_ORDERS =
            Relationship.oneToMany("orders", CUSTOMER, PURCHASE_ORDER)
                    .on(customer.id, purchaseOrder.customerId)
                    .list(Customer::getOrders, Customer::setOrders)
                    .orderBy(purchaseOrder.id)
                    .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
                    .backPopulates("customer")
                    .build();

    private ShopRelationships() {
    }

    public static final class CustomerTable extends SqlTable {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public CustomerTable() {
            super("boot_customer");
        }
    }

    public static final class OrderTable extends SqlTable {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> reference = column("reference", JDBCType.VARCHAR);
        public final SqlColumn<Integer> customerId = column("customer_id", JDBCType.INTEGER);

        public OrderTable() {
            super("boot_order");
        }
    }
}
