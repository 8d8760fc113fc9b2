package dev.relkit.mapper.composite;

import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.relation.RelationshipPredicates.any;
import static org.assertj.core.api.Assertions.assertThat;

/** The composite-key mappers' dynamic-SQL statements, as exact SQL; CompositeKeyIT runs them on MariaDB. */
class CompositeKeyStatementTest {

    private static final String ORDER_WITH_LINES = "select customer_order.id, customer_order.customer_id,"
            + " customer_order.placed_at,"
            + " order_lines.id as l_id, order_lines.order_id as l_order_id, order_lines.customer_id as l_customer_id,"
            + " order_lines.product as l_product, order_lines.quantity as l_quantity"
            + " from customer_order left join customer_order_line order_lines"
            + " on order_lines.order_id = customer_order.id and order_lines.customer_id = customer_order.customer_id";

    @Test
    void linesJoinComparesBothForeignKeyColumns() {
        assertThat(CustomerOrderMapper.selectAllWithLinesStatement().getSelectStatement())
                .isEqualTo(ORDER_WITH_LINES + " order by customer_id, id, l_id");
    }

    @Test
    void anyLinesCorrelatesOnBothColumns() {
        assertThat(CustomerOrderMapper.selectHavingLinesStatement().getSelectStatement())
                .isEqualTo(ORDER_WITH_LINES
                        + " where exists (select 1 from customer_order_line order_lines"
                        + " where order_lines.order_id = customer_order.id"
                        + " and order_lines.customer_id = customer_order.customer_id)"
                        + " order by customer_id, id, l_id");
    }

    @Test
    void anyLinesOnItsOwnRendersBothCorrelations() {
        var statement = org.mybatis.dynamic.sql.SqlBuilder.select(CustomerOrderDynamicSqlSupport.id)
                .from(CustomerOrderDynamicSqlSupport.customerOrder)
                .where(any(LINES))
                .build()
                .render(org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3);

        assertThat(statement.getSelectStatement()).isEqualTo("select id from customer_order"
                + " where exists (select 1 from customer_order_line order_lines"
                + " where order_lines.order_id = customer_order.id"
                + " and order_lines.customer_id = customer_order.customer_id)");
    }

    @Test
    void lineOrderJoinComparesBothColumnsTheOtherWay() {
        assertThat(CustomerOrderMapper.selectLinesWithOrderStatement().getSelectStatement())
                .isEqualTo("select customer_order_line.id, customer_order_line.order_id, customer_order_line.customer_id,"
                        + " customer_order_line.product, customer_order_line.quantity,"
                        + " line_order.id as o_id, line_order.customer_id as o_customer_id, line_order.placed_at as o_placed_at"
                        + " from customer_order_line join customer_order line_order"
                        + " on line_order.id = customer_order_line.order_id"
                        + " and line_order.customer_id = customer_order_line.customer_id"
                        + " order by id");
    }

    @Test
    void customersJoinOrdersThenLinesWithStackedPrefixes() {
        assertThat(CustomerMapper.selectAllWithOrdersAndLinesStatement().getSelectStatement())
                .isEqualTo("select customer.id, customer.name,"
                        + " orders.id as o_id, orders.customer_id as o_customer_id, orders.placed_at as o_placed_at,"
                        + " order_lines.id as o_l_id, order_lines.order_id as o_l_order_id,"
                        + " order_lines.customer_id as o_l_customer_id,"
                        + " order_lines.product as o_l_product, order_lines.quantity as o_l_quantity"
                        + " from customer left join customer_order orders on orders.customer_id = customer.id"
                        + " left join customer_order_line order_lines"
                        + " on order_lines.order_id = orders.id and order_lines.customer_id = orders.customer_id"
                        + " order by id, o_id, o_l_id");
    }
}
