package dev.relkit.mapper.composite;

import dev.relkit.model.composite.Customer;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;

import static dev.relkit.mapper.composite.CustomerDynamicSqlSupport.customer;
import static dev.relkit.mapper.composite.CustomerOrderDynamicSqlSupport.customerOrder;
import static dev.relkit.mapper.composite.CustomerOrderLineDynamicSqlSupport.customerOrderLine;

/**
 * A composite foreign key: an order is keyed by (order number, customer), and its lines reference it
 * with both columns. Order number 1 exists for several customers, so every join, {@code EXISTS} and
 * resultMap of {@code CustomerOrder.lines} uses the two columns together.
 *
 * <pre>
 * customer.id ◄── customer_order.customer_id                       Customer.orders ◄──► CustomerOrder.customer
 * (customer_order.id, customer_id) ◄── (line.order_id, customer_id)   CustomerOrder.lines ◄──► CustomerOrderLine.order
 * </pre>
 */
public final class CompositeRelationships {

    public static final EntityType<Customer> CUSTOMER = EntityType.fromTable(Customer.class, customer)
            .generatedId(customer.id)
            .resultMap(CustomerMapper.NAMESPACE + ".customerResult")
            .build();

    /** Keyed by the pair (id, customerId), both assigned by the application. */
    public static final EntityType<CustomerOrder> CUSTOMER_ORDER = EntityType.fromTable(CustomerOrder.class, customerOrder)
            .id(customerOrder.id)
            .id(customerOrder.customerId)
            .resultMap(CustomerOrderMapper.NAMESPACE + ".customerOrderResult")
            .build();

    public static final EntityType<CustomerOrderLine> CUSTOMER_ORDER_LINE = EntityType.fromTable(CustomerOrderLine.class, customerOrderLine)
            .generatedId(customerOrderLine.id)
            .resultMap(CustomerOrderMapper.NAMESPACE + ".customerOrderLineResult")
            .build();

    /** {@code Customer.orders}: one-to-many by {@code customer_order.customer_id}, by order number. */
    public static final RelationshipPair<Customer, CustomerOrder> ORDERS_PAIR = Relationship.oneToMany("orders", CUSTOMER, CUSTOMER_ORDER)
            .on(customer.id, customerOrder.customerId)
            .list(Customer::getOrders)
            .orderBy(customerOrder.id)
            .withInverse("customer", inverse -> inverse.reference(CustomerOrder::getCustomer, CustomerOrder::setCustomer))
            .build();
    public static final Relationship<Customer, CustomerOrder> ORDERS = ORDERS_PAIR.relationship();
    /** {@code CustomerOrder.customer}: the inverse of {@link #ORDERS}. */
    public static final Relationship<CustomerOrder, Customer> ORDER_CUSTOMER = ORDERS_PAIR.inverse();

    /**
     * {@code CustomerOrder.lines}: one-to-many over the two-column foreign key; deleting an order deletes
     * its lines, and a line taken out of the list is deleted (a line cannot exist without its order). The role alias is
     * {@code order_lines}, not the derived {@code lines}, which is a reserved word in MariaDB.
     */
    public static final RelationshipPair<CustomerOrder, CustomerOrderLine> LINES_PAIR = Relationship.oneToMany("lines", CUSTOMER_ORDER, CUSTOMER_ORDER_LINE)
            .on(customerOrder.id, customerOrderLine.orderId)
            .on(customerOrder.customerId, customerOrderLine.customerId)
            .list(CustomerOrder::getLines, CustomerOrder::setLines)
            .orderBy(customerOrderLine.id)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN) // a line belongs to its order
            .roleAlias("order_lines")
            .withInverse("order", inverse -> inverse
                    .reference(CustomerOrderLine::getOrder, CustomerOrderLine::setOrder)
                    .roleAlias("line_order"))
            .build();
    public static final Relationship<CustomerOrder, CustomerOrderLine> LINES = LINES_PAIR.relationship();
    /**
     * {@code CustomerOrderLine.order}: the inverse of {@link #LINES}, over the same two columns. The
     * role alias is {@code line_order}, because {@code order} is a reserved word.
     */
    public static final Relationship<CustomerOrderLine, CustomerOrder> LINE_ORDER = LINES_PAIR.inverse();

    /** Every relationship of the composite-key domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(ORDERS, ORDER_CUSTOMER, LINES, LINE_ORDER);

    private CompositeRelationships() {
    }
}
