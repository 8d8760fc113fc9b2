package dev.relkit.bench;

import dev.relkit.bench.mybatis.OrderWriteMapper;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import java.util.List;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;

/**
 * MyBatis's {@code BATCH} executor with the mapper calls ordered by hand ({@link OrderWriteMapper}): the
 * orders, {@code flushStatements()} (their generated keys are read back), the lines with their orders'
 * ids, {@code flushStatements()}, then the updates and deletes, and a commit, which flushes them.
 */
final class MyBatisBatchOrderWriter implements OrderWriter {

    @Override
    public void write(BenchEnvironment environment, List<Order> orders, boolean changeLines) {
        try (SqlSession session = environment.sessionFactory().openSession(ExecutorType.BATCH)) {
            OrderWriteMapper mapper = session.getMapper(OrderWriteMapper.class);
            orders.forEach(mapper::insertOrder);
            session.flushStatements();
            for (Order order : orders) {
                for (OrderItem line : order.getOrderItems()) {
                    line.setOrderId(order.getId());
                    mapper.insertLine(line);
                }
            }
            session.flushStatements();
            if (changeLines) {
                LineChanges changes = LineChanges.apply(orders);
                changes.updated().forEach(mapper::updateQuantity);
                changes.removed().forEach(mapper::deleteLine);
            }
            session.commit();
        }
    }
}
