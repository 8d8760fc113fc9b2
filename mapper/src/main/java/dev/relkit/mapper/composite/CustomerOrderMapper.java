package dev.relkit.mapper.composite;

import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.util.List;

import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CompositeRelationships.LINE_ORDER;
import static dev.relkit.mapper.composite.CustomerOrderDynamicSqlSupport.customerOrder;
import static dev.relkit.mapper.composite.CustomerOrderLineDynamicSqlSupport.customerOrderLine;
import static dev.relkit.relation.RelationshipPredicates.any;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Orders with their lines over the composite foreign key ({@code order_id}, {@code customer_id}), and
 * lines with their order. Every join and {@code EXISTS} comes from {@link CompositeRelationships} and
 * therefore compares both columns; the resultMaps declare both key columns as {@code <id>}, so the
 * rows of order (1, Alice) and order (1, Bob) never collapse into one object.
 */
public interface CustomerOrderMapper extends CommonCountMapper {

    String NAMESPACE = "dev.relkit.mapper.composite.CustomerOrderMapper";

    /** The line table in the role of {@code CustomerOrder.lines}. */
    CustomerOrderLineDynamicSqlSupport.CustomerOrderLineTable orderLines = customerOrderLine.withAlias(LINES.roleAlias());
    /** The order table in the role of {@code CustomerOrderLine.order}. */
    CustomerOrderDynamicSqlSupport.CustomerOrderTable lineOrder = customerOrder.withAlias(LINE_ORDER.roleAlias());

    /** Order columns, then each line's columns under the prefix {@code l_} ({@code customerOrderWithLinesResult}). */
    BasicColumn[] withLinesSelectList = {
            customerOrder.id, customerOrder.customerId, customerOrder.placedAt,
            orderLines.id.as("l_id"), orderLines.orderId.as("l_order_id"), orderLines.customerId.as("l_customer_id"),
            orderLines.product.as("l_product"), orderLines.quantity.as("l_quantity")};

    /** Line columns, then its order's columns under the prefix {@code o_} ({@code customerOrderLineWithOrderResult}). */
    BasicColumn[] lineWithOrderSelectList = {
            customerOrderLine.id, customerOrderLine.orderId, customerOrderLine.customerId,
            customerOrderLine.product, customerOrderLine.quantity,
            lineOrder.id.as("o_id"), lineOrder.customerId.as("o_customer_id"), lineOrder.placedAt.as("o_placed_at")};

    // ---- XML statements (CustomerOrderMapper.xml) ----

    /** Every order, own columns only (no lines), by customer then order number; one statement. */
    List<CustomerOrder> selectAll();

    /** Every order with its lines, by customer and order number (one statement). */
    List<CustomerOrder> selectAllWithLines();

    /** One order, identified by both key columns, with its lines; null when there is none. */
    CustomerOrder selectWithLinesByKey(@Param("id") int id, @Param("customerId") int customerId);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("customerOrderWithLinesResult")
    List<CustomerOrder> selectManyWithLines(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("customerOrderLineWithOrderResult")
    List<CustomerOrderLine> selectManyLinesWithOrder(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithLines} with the two-column join taken from {@code LINES}. */
    default List<CustomerOrder> selectAllWithLinesDynamic() {
        return selectManyWithLines(selectAllWithLinesStatement());
    }

    /** Orders that have at least one line ({@code any(LINES)}, correlated on both columns), with their lines. */
    default List<CustomerOrder> selectHavingLinesDynamic() {
        return selectManyWithLines(selectHavingLinesStatement());
    }

    /** Every line with its order, joined over both columns by {@code LINE_ORDER}. */
    default List<CustomerOrderLine> selectLinesWithOrderDynamic() {
        return selectManyLinesWithOrder(selectLinesWithOrderStatement());
    }

    /** The rendered statement of {@link #selectAllWithLinesDynamic}. */
    static SelectStatementProvider selectAllWithLinesStatement() {
        return withLines()
                .orderBy(customerOrder.customerId, customerOrder.id, orderLines.id.as("l_id"))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectHavingLinesDynamic}. */
    static SelectStatementProvider selectHavingLinesStatement() {
        return withLines()
                .where(any(LINES))
                .orderBy(customerOrder.customerId, customerOrder.id, orderLines.id.as("l_id"))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectLinesWithOrderDynamic}. */
    static SelectStatementProvider selectLinesWithOrderStatement() {
        return RelationshipJoins.on(select(lineWithOrderSelectList).from(customerOrderLine).join(lineOrder),
                        LINE_ORDER, customerOrderLine, lineOrder)
                .orderBy(customerOrderLine.id)
                .build()
                .render(MYBATIS3);
    }

    private static QueryExpressionDSL<SelectModel>.JoinSpecificationFinisher withLines() {
        return RelationshipJoins.on(select(withLinesSelectList).from(customerOrder).leftJoin(orderLines),
                LINES, customerOrder, orderLines);
    }
}
