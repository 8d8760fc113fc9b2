package dev.relkit.bench;

import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.Transaction;

/**
 * Hibernate 7: {@code persist} every order (its lines follow by {@code cascade-all}), flush, change the
 * graph, flush (the removed lines go by {@code orphan-removal}), commit. JDBC batching is on
 * ({@code hibernate.jdbc.batch_size}, ordered inserts and updates, see {@link BenchEnvironment#hibernate()}),
 * but the tables' ids are {@code AUTO_INCREMENT} ({@code IDENTITY}), and Hibernate inserts an
 * {@code IDENTITY} entity at once, alone, to learn its id: only the updates and deletes are batched.
 */
final class HibernateOrderWriter implements OrderWriter {

    @Override
    public void write(BenchEnvironment environment, List<Order> orders, boolean changeLines) {
        try (Session session = environment.hibernate().openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                for (Order order : orders) {
                    for (OrderItem line : order.getOrderItems()) {
                        line.setItem(session.getReference(Item.class, line.getItemId()));
                    }
                    session.persist(order);
                }
                session.flush();
                if (changeLines) {
                    LineChanges.apply(orders);
                    session.flush();
                }
                transaction.commit();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }
}
