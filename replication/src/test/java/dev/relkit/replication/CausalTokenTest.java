package dev.relkit.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;

class CausalTokenTest {

    @Test
    void readsBackWhatItWrites() {
        CausalToken token = CausalToken.parse(" 0-1-97 ");
        assertThat(token.toString()).isEqualTo("0-1-97");
        assertThat(CausalToken.parse(token.toString())).isEqualTo(token);
        assertThat(CausalToken.parse("0-1-97,1-2-5").gtidPosition()).isEqualTo("0-1-97,1-2-5");
    }

    @Test
    void refusesTextThatIsNoGtidPosition() {
        assertThatThrownBy(() -> CausalToken.parse("0-1-97'; drop table team; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a MariaDB GTID position");
        assertThatThrownBy(() -> CausalToken.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsALostConnectionFromAFailedStatement() {
        assertThat(ConnectionFailures.isConnectionFailure(
                new PersistenceException(new SQLNonTransientConnectionException("socket closed")))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLTransientConnectionException("pool timeout"))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("link failure", "08S01"))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(
                new PersistenceException(new SQLSyntaxErrorException("unknown column", "42S22")))).isFalse();
    }
}
