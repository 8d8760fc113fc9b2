package dev.relkit.harness;

import java.sql.Connection;
import java.sql.SQLException;

/** A server the user named by URL: checked once at start, never stopped by the harness. */
final class ExternalMariaDbServer implements MariaDbServer {

    private final JdbcTarget target;

    private ExternalMariaDbServer(JdbcTarget target) {
        this.target = target;
    }

    /**
     * Connects once to prove the server answers.
     *
     * @throws TestDatabaseException naming the URL (password masked) when it names no database, does
     *     not answer, rejects the login or has no such database, each told apart
     */
    static ExternalMariaDbServer connect(JdbcTarget target) {
        if (target.database().isEmpty()) {
            throw new TestDatabaseException("The database URL " + target.maskedUrl()
                    + " names no database; the harness loads its scripts into the database the URL names,"
                    + " e.g. jdbc:mariadb://127.0.0.1:3306/test");
        }
        try (Connection connection = target.connect()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new TestDatabaseException(ConnectionFailure.describe(target, e), e);
        }
        return new ExternalMariaDbServer(target);
    }

    @Override
    public JdbcTarget defaultDatabase() {
        return target;
    }

    @Override
    public String description() {
        return "explicit server " + target.maskedUrl();
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
