package dev.relkit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The peak live heap of a timed fork, as the garbage collector saw it: every collection's notification
 * carries the heap pools' occupancy right after it ({@link GcInfo#getMemoryUsageAfterGc()}); the
 * profiler keeps, per iteration, the largest sum over the heap pools among the collections that ended
 * during the iteration, and reports it as {@value #PEAK} (bytes, the maximum over the iterations).
 *
 * <p>Why after a collection: heap occupancy at an arbitrary moment (or a pool's peak usage) counts the
 * garbage allocated since the last collection, which says more about the young generation's size than
 * about the contender; what is left right after a collection is what the contender (and the fork)
 * kept. It is a lower bound of the true peak occupancy, which is reached between collections, and,
 * after a young collection, may include old-generation objects that died but are not reclaimed yet. An
 * iteration without a collection reports nothing; a run without any reports no peak.
 *
 * <p>Notifications arrive on a JMX thread, after the collection: at the end of an iteration the
 * profiler waits (briefly) until it has seen as many collections as the collectors counted, and it
 * keeps only collections that ended within the iteration, so that a warm-up's collection never counts
 * in a measurement.
 */
public final class HeapAfterGcProfiler implements InternalProfiler {

    /** The secondary result's label, read by {@link BenchResults}. */
    static final String PEAK = "heap.peakAfterGc";

    private static final long DELIVERY_WAIT_MILLIS = 1_000;

    private final List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .toList();
    private final Queue<AfterGc> collections = new ConcurrentLinkedQueue<>();
    private final AtomicLong notified = new AtomicLong();
    private final NotificationListener listener = this::collected;
    private boolean listening;
    private long iterationStart;

    /** A collection: when it ended (milliseconds of JVM uptime) and the heap it left. */
    private record AfterGc(long endUptime, long heapUsed) {
    }

    @Override
    public String getDescription() {
        return "peak heap occupancy after a garbage collection (GC notifications)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (!listening) {
            notified.set(collectionCount());
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
            }
            listening = true;
        }
        iterationStart = uptime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long iterationEnd = uptime();
        awaitDelivery();
        long peak = -1;
        for (AfterGc collection = collections.poll(); collection != null; collection = collections.poll()) {
            if (collection.endUptime() >= iterationStart && collection.endUptime() <= iterationEnd) {
                peak = Math.max(peak, collection.heapUsed());
            }
        }
        return peak < 0 ? List.of() : List.of(new ScalarResult(PEAK, peak, "B", AggregationPolicy.MAX));
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GcInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        Map<String, MemoryUsage> after = gc.getMemoryUsageAfterGc();
        long used = 0;
        for (String pool : heapPools) {
            MemoryUsage usage = after.get(pool);
            used += usage == null ? 0 : usage.getUsed();
        }
        collections.add(new AfterGc(gc.getEndTime(), used));
        notified.incrementAndGet();
    }

    /**
     * Waits until every collection the collectors counted has been notified, or a second has passed; then
     * takes the collectors' count as notified, so that a collection missed while the listener was being
     * registered does not make every later iteration wait.
     */
    private void awaitDelivery() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DELIVERY_WAIT_MILLIS);
        long counted = collectionCount();
        while (notified.get() < counted && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        notified.accumulateAndGet(counted, Math::max);
    }

    private static long collectionCount() {
        long count = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
