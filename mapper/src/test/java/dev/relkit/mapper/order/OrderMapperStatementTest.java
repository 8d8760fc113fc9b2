package dev.relkit.mapper.order;

import dev.relkit.mapper.XmlStatements;
import dev.relkit.relation.RelationshipOrder;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The order mapper's dynamic-SQL statements, as exact SQL; OrderMapperIT runs them on MariaDB. */
class OrderMapperStatementTest {

    private static final String SELECT_AND_JOINS = "select purchase_order.id, purchase_order.customer_name,"
            + " purchase_order.placed_at,"
            + " order_items.id as oi_id, order_items.order_id as oi_order_id, order_items.item_id as oi_item_id,"
            + " order_items.quantity as oi_quantity, order_items.price_paid as oi_price_paid,"
            + " item.id as oi_i_id, item.description as oi_i_description, item.price as oi_i_price"
            + " from purchase_order left join order_item order_items on order_items.order_id = purchase_order.id"
            + " left join item item on item.id = order_items.item_id";

    @Test
    void ordersJoinTheirLinesAndEachLinesItemUnderRoleAliases() {
        SelectStatementProvider statement = OrderMapper.selectAllWithItemsStatement();

        assertThat(statement.getSelectStatement()).isEqualTo(SELECT_AND_JOINS + " order by id, order_items.id");
    }

    @Test
    void oneOrderIsFilteredByItsId() {
        SelectStatementProvider statement = OrderMapper.selectWithItemsByIdStatement(2);

        assertThat(statement.getSelectStatement()).isEqualTo(SELECT_AND_JOINS
                + " where purchase_order.id = #{parameters.p1,jdbcType=INTEGER} order by id, order_items.id");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void xmlOrderByFollowsTheDeclaredLineOrder() {
        String order = " ORDER BY purchase_order.id, " + RelationshipOrder.sql(OrderRelationships.ORDER_ITEMS);

        assertThat(XmlStatements.sql(OrderMapper.NAMESPACE, "selectAllWithItems")).endsWith(order);
        assertThat(XmlStatements.sql(OrderMapper.NAMESPACE, "selectWithItemsById")).endsWith(order);
    }
}
