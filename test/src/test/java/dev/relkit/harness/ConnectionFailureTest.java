package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;

/**
 * The three usual connection mistakes read differently. The exceptions carry the SQL states and
 * error codes MariaDB Connector/J reports; ExplicitUrlTest and ConnectionFailureIT see real ones.
 */
class ConnectionFailureTest {

    private static final JdbcTarget TARGET =
            new JdbcTarget("jdbc:mariadb://db.example:3306/shop?password=s3cret&sslMode=disable", "app", "s3cret");

    @Test
    void aRejectedLoginNamesTheUserAndTheVariablesNeverThePassword() {
        String message = ConnectionFailure.describe(TARGET, new SQLInvalidAuthorizationSpecException(
                "(conn=7) Access denied for user 'app'@'10.0.0.2' (using password: YES)", "28000", 1045));

        assertThat(message)
                .startsWith("The database URL jdbc:mariadb://db.example:3306/shop?password=****&sslMode=disable"
                        + " rejected the login of user 'app': wrong user or password")
                .contains("RELKIT_JDBC_USER", "RELKIT_JDBC_PASSWORD")
                .doesNotContain("s3cret");
    }

    @Test
    void anUnknownDatabaseNamesIt() {
        String message = ConnectionFailure.describe(TARGET,
                new SQLSyntaxErrorException("(conn=8) Unknown database 'shop'", "42000", 1049));

        assertThat(message).contains("has no database 'shop': create it first").doesNotContain("s3cret");
    }

    @Test
    void nothingListeningIsNoAnswer() {
        SQLNonTransientConnectionException refused = new SQLNonTransientConnectionException(
                "Socket fail to connect to address=(host=db.example)(port=3306)(type=primary). Connection refused",
                "08000", 0, new ConnectException("Connection refused"));

        assertThat(ConnectionFailure.of(refused)).isEqualTo(ConnectionFailure.NO_ANSWER);
        assertThat(ConnectionFailure.describe(TARGET, refused)).contains("does not answer: nothing accepted the connection");
    }

    @Test
    void anythingElseKeepsTheDriversMessageMasked() {
        String message = ConnectionFailure.describe(TARGET,
                new SQLSyntaxErrorException("bad option password=s3cret", "42000", 1064));

        assertThat(message).contains("failed (driver: bad option password=****)").doesNotContain("s3cret");
    }
}
