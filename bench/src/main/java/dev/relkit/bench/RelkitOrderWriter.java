package dev.relkit.bench;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.order.Order;
import dev.relkit.session.RelkitSession;
import java.util.List;
import org.apache.ibatis.session.SqlSession;

/**
 * relkit's unit of work: {@code add} every order (its lines follow by the save-update cascade of
 * {@code Order.orderItems}), {@code flush}, change the graph, {@code flush} (the removed lines are
 * deleted as orphans), {@code commit}. The statements are relkit's; their batching, if any, too.
 */
final class RelkitOrderWriter implements OrderWriter {

    @Override
    public void write(BenchEnvironment environment, List<Order> orders, boolean changeLines) {
        try (SqlSession sqlSession = environment.sessionFactory().openSession(false);
                RelkitSession unit = ReferenceCatalogue.session(sqlSession)) {
            unit.addAll(orders);
            unit.flush();
            if (changeLines) {
                LineChanges.apply(orders);
                unit.flush();
            }
            unit.commit();
        }
    }
}
