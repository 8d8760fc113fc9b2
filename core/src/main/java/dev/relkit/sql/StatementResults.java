package dev.relkit.sql;

import org.apache.ibatis.mapping.MappedStatement;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Which statement mapped a result list, for the lists a thread's last few queries returned. A loader
 * asked to treat a relationship as {@code joined} reads here whether the parents' statement maps it,
 * so that a statement without the join is an error rather than a silently empty relationship.
 *
 * <p>Lists are held weakly and only the last {@link #REMEMBERED} per thread, so an application that
 * never loads pays one small record per query. A list copied or built by the application is not
 * known; the loader then judges from the objects.
 */
public final class StatementResults {

    /** Result lists remembered per thread: a load usually follows the query that made its parents. */
    static final int REMEMBERED = 8;

    private static final ThreadLocal<Deque<Entry>> RECENT = ThreadLocal.withInitial(ArrayDeque::new);

    private record Entry(WeakReference<List<?>> list, MappedStatement statement) {
    }

    private StatementResults() {
    }

    /** Remembers that {@code statement} returned {@code result}. */
    static void record(Object result, MappedStatement statement) {
        if (!(result instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        Deque<Entry> recent = RECENT.get();
        recent.removeIf(entry -> entry.list().get() == null || entry.list().get() == list);
        recent.addFirst(new Entry(new WeakReference<>(list), statement));
        while (recent.size() > REMEMBERED) {
            recent.removeLast();
        }
    }

    /** The statement that returned this very list (by identity), if it is one of this thread's recent results. */
    public static Optional<MappedStatement> statementOf(List<?> result) {
        for (Iterator<Entry> it = RECENT.get().iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (entry.list().get() == result) {
                return Optional.of(entry.statement());
            }
        }
        return Optional.empty();
    }
}
