package dev.relkit.mapper.composite;

import dev.relkit.model.composite.Customer;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.util.List;

import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CompositeRelationships.ORDERS;
import static dev.relkit.mapper.composite.CustomerDynamicSqlSupport.customer;
import static dev.relkit.mapper.composite.CustomerOrderDynamicSqlSupport.customerOrder;
import static dev.relkit.mapper.composite.CustomerOrderLineDynamicSqlSupport.customerOrderLine;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Customers with their orders and each order's lines, two levels deep in one statement. The order
 * resultMap is applied under {@code o_} and its lines under {@code l_}, so prefixes stack: a line's
 * product is read from {@code o_l_product}.
 */
public interface CustomerMapper extends CommonCountMapper {

    String NAMESPACE = "dev.relkit.mapper.composite.CustomerMapper";

    /** The order table in the role of {@code Customer.orders}. */
    CustomerOrderDynamicSqlSupport.CustomerOrderTable orders = customerOrder.withAlias(ORDERS.roleAlias());
    /** The line table in the role of {@code CustomerOrder.lines}. */
    CustomerOrderLineDynamicSqlSupport.CustomerOrderLineTable orderLines = customerOrderLine.withAlias(LINES.roleAlias());

    BasicColumn[] withOrdersSelectList = {
            customer.id, customer.name,
            orders.id.as("o_id"), orders.customerId.as("o_customer_id"), orders.placedAt.as("o_placed_at"),
            orderLines.id.as("o_l_id"), orderLines.orderId.as("o_l_order_id"), orderLines.customerId.as("o_l_customer_id"),
            orderLines.product.as("o_l_product"), orderLines.quantity.as("o_l_quantity")};

    // ---- XML statements (CustomerMapper.xml) ----

    /** Every customer with orders and lines, customers without orders included (one statement). */
    List<Customer> selectAllWithOrdersAndLines();

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("customerWithOrdersResult")
    List<Customer> selectManyWithOrders(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithOrdersAndLines} with both joins taken from {@code ORDERS} and {@code LINES}. */
    default List<Customer> selectAllWithOrdersAndLinesDynamic() {
        return selectManyWithOrders(selectAllWithOrdersAndLinesStatement());
    }

    /** The rendered statement of {@link #selectAllWithOrdersAndLinesDynamic}. */
    static SelectStatementProvider selectAllWithOrdersAndLinesStatement() {
        var withOrders = RelationshipJoins.on(select(withOrdersSelectList).from(customer).leftJoin(orders),
                ORDERS, customer, orders);
        return RelationshipJoins.on(withOrders.leftJoin(orderLines), LINES, orders, orderLines)
                .orderBy(customer.id, orders.id.as("o_id"), orderLines.id.as("o_l_id"))
                .build()
                .render(MYBATIS3);
    }
}
