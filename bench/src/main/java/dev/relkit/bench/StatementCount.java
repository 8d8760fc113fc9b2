package dev.relkit.bench;

import dev.relkit.harness.RecordedStatement;
import java.util.List;
import java.util.Locale;

/**
 * The SQL one operation of a contender ran, as the harness's {@code StatementRecorder} saw it.
 *
 * @param roundTrips JDBC executions: each {@code executeQuery}, {@code executeUpdate} or {@code executeBatch}
 *                   counts one (MariaDB Connector/J sends a batch as one bulk command or pipelined, without
 *                   waiting for each statement's answer)
 * @param statements SQL statements executed: each parameter set of a batch counts one; equal to
 *                   {@code roundTrips} when nothing was batched
 */
public record StatementCount(int roundTrips, int statements) {

    /** The count of statements run one by one, none batched. */
    public static StatementCount unbatched(int statements) {
        return new StatementCount(statements, statements);
    }

    static StatementCount of(List<RecordedStatement> ran) {
        int statements = 0;
        for (RecordedStatement statement : ran) {
            statements += Math.max(1, statement.parameterSets().size());
        }
        return new StatementCount(ran.size(), statements);
    }

    /** {@code 4}, or {@code 13,000 in 4 round trips} when statements were batched. */
    @Override
    public String toString() {
        return roundTrips == statements ? String.valueOf(statements)
                : String.format(Locale.ROOT, "%,d in %,d round trips", statements, roundTrips);
    }
}
