package dev.relkit.harness;

import java.io.PrintStream;

/**
 * Told of every statement a {@link StatementRecorder}'s data source runs, on the thread that ran it,
 * after it ran. Attach with {@link StatementRecorder#addListener(StatementListener)}; an exception
 * thrown here is logged and does not affect the statement.
 */
@FunctionalInterface
public interface StatementListener {

    void statementExecuted(RecordedStatement statement);

    /** Prints each statement with its parameters as one line, like SQLAlchemy's {@code echo=True}. */
    static StatementListener echoingTo(PrintStream out) {
        return statement -> out.println("[sql] " + statement);
    }

    /** As {@link #echoingTo(PrintStream)}, printing the values of the mask's columns as {@code ***}. */
    static StatementListener echoingTo(PrintStream out, ParameterMask mask) {
        return statement -> out.println("[sql] " + mask.applyTo(statement));
    }

    /** An attached listener; {@link #close()} detaches it. */
    interface Registration extends AutoCloseable {

        /** Detaches the listener. Idempotent. */
        @Override
        void close();
    }
}
