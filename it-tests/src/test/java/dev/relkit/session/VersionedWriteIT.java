package dev.relkit.session;

import dev.relkit.Relkit;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.relation.Metamodel;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.relkit.session.VersionedAccount.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Optimistic locking ({@code EntityType.Builder.version}): two units load the same account at version
 * 1 and each adds 1 to its balance of 48. The first commits (49, version 2); the second's update
 * matches no row and fails with {@link StaleObjectException} naming entity, key and both versions,
 * instead of silently writing 49 over 49. Inserts start at version 1; deletes check it too.
 */
@RelkitTest(mappers = VersionedAccountMapper.class, scripts = "dev/relkit/session/versioned_schema.sql",
        isolation = Isolation.OWN_DATABASE)
class VersionedWriteIT {

    private Relkit relkit;

    @BeforeEach
    void bind(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        relkit = Relkit.builder(factory.getConfiguration(), Metamodel.of(List.of())).entities(ACCOUNT).bind();
    }

    @Test
    void theSecondOfTwoConcurrentWritersFailsAndOverwritesNothing(SqlSessionFactory factory, DataSource dataSource,
                                                                 StatementRecorder statements) {
        try (RelkitSession first = relkit.session(factory.openSession(false));
             RelkitSession second = relkit.session(factory.openSession(false))) {
            VersionedAccount mine = first.get(ACCOUNT, 1);
            VersionedAccount theirs = second.get(ACCOUNT, 1);
            mine.setBalance(mine.getBalance() + 1);
            theirs.setBalance(theirs.getBalance() + 1);

            List<RecordedStatement> written = statements.record(first::commit);
            StaleObjectException stale = catchThrowableOfType(StaleObjectException.class, second::commit);

            assertThat(written).extracting(RecordedStatement::oneLineSql).containsExactly(
                    "update versioned_account set balance = ?, version = ? where id = ? and version = ?");
            assertThat(written.get(0).parameters()).containsExactly(49, 2, 1L, 1);
            assertThat(mine.getVersion()).isEqualTo(2);
            assertThat(stale).hasMessageStartingWith("update of VersionedAccount#1 expected version 1, but the row is at version 2");
            assertThat(stale.entity()).isEqualTo("VersionedAccount");
            assertThat(stale.key()).containsExactly(1L); // the session's keys are normalised to Long
            assertThat(stale.expectedVersion()).isEqualTo(1);
            assertThat(stale.actualVersion()).isEqualTo(2);
            assertThat(theirs.getVersion()).as("restored with the session").isEqualTo(1);
        }
        assertThat(Rows.committed(dataSource, "select balance, version from versioned_account where id = 1"))
                .as("the first writer's change, not overwritten").containsExactly("49|2");
    }

    @Test
    void insertsStartAtVersionOneAndADeleteOfAStaleRowFails(SqlSessionFactory factory, DataSource dataSource) {
        Integer id;
        try (RelkitSession unit = relkit.session(factory.openSession(false))) {
            VersionedAccount created = new VersionedAccount("Grace", 10);
            unit.add(created);
            unit.commit();
            assertThat(created.getVersion()).isEqualTo(1);
            id = created.getId();
        }
        try (RelkitSession deleter = relkit.session(factory.openSession(false));
             RelkitSession updater = relkit.session(factory.openSession(false))) {
            VersionedAccount toDelete = deleter.get(ACCOUNT, id);
            VersionedAccount toUpdate = updater.get(ACCOUNT, id);
            toUpdate.setOwner("Grace Hopper");
            updater.commit();
            deleter.delete(toDelete);

            StaleObjectException stale = catchThrowableOfType(StaleObjectException.class, deleter::commit);

            assertThat(stale).hasMessageStartingWith("delete of VersionedAccount#" + id + " expected version 1, but the row is at version 2");
        }
        assertThat(Rows.committed(dataSource, "select owner, version from versioned_account where id = " + id))
                .containsExactly("Grace Hopper|2");
    }

    @Test
    void aWriterThatFindsTheRowDeletedIsToldSo(SqlSessionFactory factory) {
        try (RelkitSession deleter = relkit.session(factory.openSession(false));
             RelkitSession updater = relkit.session(factory.openSession(false))) {
            VersionedAccount gone = deleter.get(ACCOUNT, 1);
            VersionedAccount stale = updater.get(ACCOUNT, 1);
            deleter.delete(gone);
            deleter.commit();
            stale.setBalance(0);

            StaleObjectException failure = catchThrowableOfType(StaleObjectException.class, updater::commit);

            assertThat(failure.actualVersion()).isNull();
            assertThat(failure).hasMessageContaining("but the row no longer exists");
        }
    }
}
