package dev.relkit.bench;

import dev.relkit.mapper.ReferenceCatalogue;
import static dev.relkit.mapper.order.OrderRelationships.ORDER;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.mapper.order.PurchaseOrderDynamicSqlSupport.purchaseOrder;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.selectIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

import com.mybatisflex.core.query.QueryWrapper;
import dev.relkit.bench.flex.FlexOrder;
import dev.relkit.bench.flex.FlexOrderMapper;
import dev.relkit.bench.mybatis.NestedSelectMapper;
import dev.relkit.mapper.order.OrderMapper;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.Session;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.util.Buildable;

/** W1: every order (1,000) with its 10 order items and each line's item: an association-object graph. */
public final class OrderWorkload {

    static final String JDBC_SQL = """
            SELECT purchase_order.id, purchase_order.customer_name, purchase_order.placed_at,
                   order_items.id, order_items.order_id, order_items.item_id, order_items.quantity, order_items.price_paid,
                   item.id, item.description, item.price
            FROM purchase_order
            LEFT JOIN order_item order_items ON order_items.order_id = purchase_order.id
            LEFT JOIN item item ON item.id = order_items.item_id
            ORDER BY purchase_order.id, order_items.id""";

    public static final Workload<List<Order>> WORKLOAD = new Workload<>("W1",
            "1,000 orders x 10 order items with their item", OrderBenchmark.class, contenders(),
            OrderWorkload::snapshot, OrderWorkload::touch);

    private OrderWorkload() {
    }

    private static Map<String, Contender<List<Order>>> contenders() {
        Map<String, Contender<List<Order>>> contenders = new LinkedHashMap<>();
        contenders.put("jdbc", OrderWorkload::jdbc);
        contenders.put("jdbcSelectIn", OrderWorkload::jdbcSelectIn);
        contenders.put("relkitJoined", OrderWorkload::relkitJoined);
        contenders.put("mybatisJoined", OrderWorkload::mybatisJoined);
        contenders.put("relkitSelectIn", OrderWorkload::relkitSelectIn);
        contenders.put("relkitSelectInJoined", OrderWorkload::relkitSelectInJoined);
        contenders.put("relkitLazy", OrderWorkload::relkitLazy);
        contenders.put("mybatisNestedSelect", OrderWorkload::mybatisNestedSelect);
        contenders.put("hibernateJoinFetch", OrderWorkload::hibernateJoinFetch);
        contenders.put("hibernateBatch", OrderWorkload::hibernateBatch);
        contenders.put("flexRelations", OrderWorkload::flexRelations);
        return contenders;
    }

    /** The limit: one join, grouped by hand, one {@code Item} per item id. */
    static Object jdbc(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        try (Connection connection = environment.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(JDBC_SQL);
                ResultSet rows = statement.executeQuery()) {
            List<Order> orders = new ArrayList<>();
            Map<Integer, Item> items = new HashMap<>();
            Order current = null;
            while (rows.next()) {
                int orderId = rows.getInt(1);
                if (current == null || current.getId() != orderId) {
                    current = new Order();
                    current.setId(orderId);
                    current.setCustomerName(rows.getString(2));
                    current.setPlacedAt(rows.getObject(3, LocalDateTime.class));
                    orders.add(current);
                }
                int lineId = rows.getInt(4);
                if (rows.wasNull()) {
                    continue;
                }
                OrderItem line = new OrderItem();
                line.setId(lineId);
                line.setOrderId(rows.getInt(5));
                line.setItemId(rows.getInt(6));
                line.setQuantity(rows.getInt(7));
                line.setPricePaid(rows.getBigDecimal(8));
                int itemId = rows.getInt(9);
                Item item = items.get(itemId);
                if (item == null) {
                    item = new Item();
                    item.setId(itemId);
                    item.setDescription(rows.getString(10));
                    item.setPrice(rows.getBigDecimal(11));
                    items.put(itemId, item);
                }
                line.setItem(item);
                current.getOrderItems().add(line);
            }
            return use.apply(orders);
        } catch (SQLException e) {
            throw new IllegalStateException("W1 jdbc: " + e.getMessage(), e);
        }
    }

    /**
     * The other limit: hand-written select-in, grouped by hand. The orders, their lines by
     * {@code order_id IN} (chunks of {@value JdbcSelectIn#CHUNK}), then the lines' distinct items by {@code id IN}.
     */
    static Object jdbcSelectIn(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        try (Connection connection = environment.dataSource().getConnection()) {
            Map<Integer, Order> orders = new LinkedHashMap<>();
            JdbcSelectIn.query(connection, "SELECT id, customer_name, placed_at FROM purchase_order ORDER BY id", row -> {
                Order order = new Order();
                order.setId(row.getInt(1));
                order.setCustomerName(row.getString(2));
                order.setPlacedAt(row.getObject(3, LocalDateTime.class));
                orders.put(order.getId(), order);
            });
            List<OrderItem> lines = new ArrayList<>(orders.size() * 10);
            Map<Integer, Item> items = new HashMap<>();
            JdbcSelectIn.select(connection,
                    "SELECT id, order_id, item_id, quantity, price_paid FROM order_item WHERE order_id", " ORDER BY id",
                    orders.keySet(), row -> {
                        OrderItem line = new OrderItem();
                        line.setId(row.getInt(1));
                        line.setOrderId(row.getInt(2));
                        line.setItemId(row.getInt(3));
                        line.setQuantity(row.getInt(4));
                        line.setPricePaid(row.getBigDecimal(5));
                        orders.get(line.getOrderId()).getOrderItems().add(line);
                        lines.add(line);
                        items.put(line.getItemId(), null);
                    });
            JdbcSelectIn.select(connection, "SELECT id, description, price FROM item WHERE id", "",
                    new ArrayList<>(items.keySet()), row -> {
                        Item item = new Item();
                        item.setId(row.getInt(1));
                        item.setDescription(row.getString(2));
                        item.setPrice(row.getBigDecimal(3));
                        items.put(item.getId(), item);
                    });
            for (OrderItem line : lines) {
                line.setItem(items.get(line.getItemId()));
            }
            return use.apply(new ArrayList<>(orders.values()));
        } catch (SQLException e) {
            throw new IllegalStateException("W1 jdbcSelectIn: " + e.getMessage(), e);
        }
    }

    /** relkit joined: the XML statement {@code OrderMapper.selectAllWithItems}, one nested resultMap. */
    static Object relkitJoined(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        return joined(environment.sessionFactory(), use);
    }

    /** The same statement as {@link #relkitJoined}, its rows mapped by MyBatis itself (relkit's compiled resultMaps off). */
    static Object mybatisJoined(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        return joined(environment.mybatisMappedSessionFactory(), use);
    }

    private static Object joined(SqlSessionFactory sessions, Function<? super List<Order>, ?> use) {
        try (SqlSession session = sessions.openSession(true)) {
            return use.apply(session.getMapper(OrderMapper.class).selectAllWithItems());
        }
    }

    /** relkit select-in: orders, then lines by {@code order_id IN}, then items by {@code id IN}. */
    static Object relkitSelectIn(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(ReferenceCatalogue.loader(session).query(ORDER, allOrders(),
                    LoadPlan.of(selectIn(ORDER_ITEMS).selectIn(ORDER_ITEM_ITEM))));
        }
    }

    /** relkit select-in for the lines with their items joined into the same statement. */
    static Object relkitSelectInJoined(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(ReferenceCatalogue.loader(session).query(ORDER, allOrders(),
                    LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));
        }
    }

    /** relkit lazy on both relationships; {@code use} touches every line and item. */
    static Object relkitLazy(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(ReferenceCatalogue.loader(session).query(ORDER, allOrders(),
                    LoadPlan.of(lazy(ORDER_ITEMS).lazy(ORDER_ITEM_ITEM))));
        }
    }

    /** Plain MyBatis nested selects (what users write today): one select per order and per item. */
    static Object mybatisNestedSelect(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(session.getMapper(NestedSelectMapper.class).selectAllOrders());
        }
    }

    /** Hibernate 7: one JPQL query fetch-joining lines and items (read-only session). */
    static Object hibernateJoinFetch(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        try (Session session = environment.hibernate().openSession()) {
            session.setDefaultReadOnly(true);
            return use.apply(session.createSelectionQuery("""
                    select o from PurchaseOrder o
                    left join fetch o.orderItems line
                    left join fetch line.item
                    order by o.id, line.id""", Order.class).getResultList());
        }
    }

    /** Hibernate 7: the orders, then lines and items batch-fetched as {@code use} touches them. */
    static Object hibernateBatch(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        try (Session session = environment.hibernate().openSession()) {
            session.setDefaultReadOnly(true);
            return use.apply(session.createSelectionQuery("select o from PurchaseOrder o order by o.id", Order.class)
                    .getResultList());
        }
    }

    /** MyBatis-Flex: the orders, then lines and items by Flex's relation loading (batched IN). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object flexRelations(BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        List<FlexOrder> orders = environment.flex().getMapper(FlexOrderMapper.class)
                .selectListWithRelationsByQuery(QueryWrapper.create().orderBy("id", true));
        List<Order> graph = (List) orders;
        return use.apply(graph);
    }

    private static Buildable<SelectModel> allOrders() {
        return select(purchaseOrder.id, purchaseOrder.customerName, purchaseOrder.placedAt)
                .from(purchaseOrder)
                .orderBy(purchaseOrder.id);
    }

    record OrderValues(Integer id, String customerName, LocalDateTime placedAt, List<LineValues> lines) {
    }

    record LineValues(Integer id, Integer orderId, Integer itemId, Integer quantity, BigDecimal pricePaid,
            Integer itemIdOfItem, String description, BigDecimal price) {
    }

    static Object snapshot(List<Order> orders) {
        List<OrderValues> values = new ArrayList<>(orders.size());
        for (Order order : orders) {
            List<LineValues> lines = new ArrayList<>();
            for (OrderItem line : order.getOrderItems()) {
                Item item = line.getItem();
                lines.add(new LineValues(line.getId(), line.getOrderId(), line.getItemId(), line.getQuantity(),
                        line.getPricePaid(), item == null ? null : item.getId(),
                        item == null ? null : item.getDescription(), item == null ? null : item.getPrice()));
            }
            values.add(new OrderValues(order.getId(), order.getCustomerName(), order.getPlacedAt(), lines));
        }
        return values;
    }

    static long touch(List<Order> orders) {
        long sum = 0;
        for (Order order : orders) {
            sum += order.getId() + order.getCustomerName().length() + order.getPlacedAt().getMinute();
            for (OrderItem line : order.getOrderItems()) {
                Item item = line.getItem();
                sum += line.getId() + line.getQuantity() + line.getPricePaid().scale()
                        + item.getId() + item.getDescription().length() + item.getPrice().scale();
            }
        }
        return sum;
    }
}
