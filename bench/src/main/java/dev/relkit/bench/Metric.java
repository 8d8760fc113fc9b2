package dev.relkit.bench;

import dev.relkit.bench.BenchResults.ContenderResult;
import java.util.Locale;

/** What a {@link Target} compares: a contender's time, its throughput or the bytes it allocates per operation. */
enum Metric {

    /** Time per operation: lower is better. */
    TIME("time") {
        @Override
        Double value(ContenderResult result) {
            return result.throughput() ? null : result.score();
        }

        @Override
        String format(ContenderResult result) {
            return String.format(Locale.ROOT, "%.3f ± %s %s", result.score(), BenchResults.error(result.error()), result.unit());
        }
    },

    /** Operations per second over all threads: higher is better. */
    THROUGHPUT("throughput") {
        @Override
        Double value(ContenderResult result) {
            return result.throughput() ? result.score() : null;
        }

        @Override
        double cost(double value) {
            return 1 / value;
        }

        @Override
        String format(ContenderResult result) {
            return String.format(Locale.ROOT, "%.0f ± %s %s", result.score(), BenchResults.error(result.error()), result.unit());
        }
    },

    /** Bytes allocated per operation (JMH's gc profiler): lower is better. */
    ALLOCATION("allocation") {
        @Override
        Double value(ContenderResult result) {
            return result.allocatedBytesPerOp();
        }

        @Override
        String format(ContenderResult result) {
            return BenchResults.bytes(result.allocatedBytesPerOp()) + "/op";
        }
    };

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** The contender's value of this metric, null when the run did not measure it. */
    abstract Double value(ContenderResult result);

    /** The value as a cost, lower being better: the value itself, or its inverse for throughput. */
    double cost(double value) {
        return value;
    }

    /** The value as the results print it. */
    abstract String format(ContenderResult result);

    @Override
    public String toString() {
        return label;
    }
}
