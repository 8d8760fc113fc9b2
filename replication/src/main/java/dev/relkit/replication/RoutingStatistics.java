package dev.relkit.replication;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a {@link ReadWriteRouting} decided since start-up, and the replica lag it measured: every
 * causal read times its {@code MASTER_GTID_WAIT}, which is how far the replica was behind the write
 * that read had to see.
 */
public final class RoutingStatistics {

    private final LongAdder replicaReads = new LongAdder();
    private final LongAdder writingRequests = new LongAdder();
    private final LongAdder replicaUnavailable = new LongAdder();
    private final LongAdder causalWaits = new LongAdder();
    private final LongAdder causalWaitsTimedOut = new LongAdder();
    private final LongAdder causalReadsUnmet = new LongAdder();
    private final LongAccumulator longestWaitNanos = new LongAccumulator(Math::max, 0);
    private final AtomicLong lastWaitNanos = new AtomicLong();

    RoutingStatistics() {
    }

    /** Requests whose reads were served by the replica. */
    public long replicaReads() {
        return replicaReads.sum();
    }

    /** Requests that wrote: from their first write on, their reads went to the primary (read-your-writes). */
    public long writingRequests() {
        return writingRequests.sum();
    }

    /** Times the replica could not be reached or broke during a read, so the primary served the read. */
    public long replicaUnavailable() {
        return replicaUnavailable.sum();
    }

    /** Causal reads that waited on the replica for a GTID. */
    public long causalWaits() {
        return causalWaits.sum();
    }

    /** Causal waits that timed out, after which the primary served the read. */
    public long causalWaitsTimedOut() {
        return causalWaitsTimedOut.sum();
    }

    /**
     * Causal reads whose wait timed out while the primary was unreachable too: served by the replica,
     * which may not show the awaited write yet. Zero unless both failed at once.
     */
    public long causalReadsUnmet() {
        return causalReadsUnmet.sum();
    }

    /** The longest causal wait so far (a timed-out wait counts its timeout). */
    public Duration longestCausalWait() {
        return Duration.ofNanos(longestWaitNanos.get());
    }

    /** The latest causal wait. */
    public Duration lastCausalWait() {
        return Duration.ofNanos(lastWaitNanos.get());
    }

    void replicaRead() {
        replicaReads.increment();
    }

    void writingRequest() {
        writingRequests.increment();
    }

    void replicaUnavailableOnce() {
        replicaUnavailable.increment();
    }

    void causalWait(long nanos, boolean caughtUp) {
        causalWaits.increment();
        if (!caughtUp) {
            causalWaitsTimedOut.increment();
        }
        longestWaitNanos.accumulate(nanos);
        lastWaitNanos.set(nanos);
    }

    void causalReadUnmet() {
        causalReadsUnmet.increment();
    }

    @Override
    public String toString() {
        return "replica reads " + replicaReads() + ", writing requests " + writingRequests()
                + ", replica unavailable " + replicaUnavailable() + ", causal waits " + causalWaits() + " ("
                + causalWaitsTimedOut() + " timed out, longest " + longestCausalWait().toMillis() + " ms)";
    }
}
