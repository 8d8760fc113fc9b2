package dev.relkit.session;

import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static dev.relkit.mapper.user.UserRelationships.ADDRESSES;
import static dev.relkit.mapper.user.UserRelationships.HOME_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two new rows that refer to each other, a user and the address it names as home (which names the
 * user back), written in one flush through {@code User.homeAddress}'s post-update: the user without
 * its home, the address with the user's key, then one {@code UPDATE} of the home; and deleted in one
 * flush by clearing the home first.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class PostUpdateIT {

    private SqlSessionFactory factory;

    @BeforeEach
    void restore(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        this.factory = factory;
    }

    @Test
    void aUserAndTheHomeAddressThatNamesItAreWrittenInOneFlush(StatementRecorder statements, DataSource dataSource) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            User nina = new User("nina", "Nina Berg");
            Address home = new Address("nina@example.com");
            unit.backReferences().add(ADDRESSES, nina, home); // home.user = nina
            unit.backReferences().set(HOME_ADDRESS, nina, home);
            unit.add(nina);

            List<RecordedStatement> flushed = statements.record(unit::commit);

            assertThat(flushed).extracting(RecordedStatement::oneLineSql).satisfiesExactly(
                    user -> assertThat(user).startsWith("insert into user_account"),
                    address -> assertThat(address).startsWith("insert into address"),
                    homeAfterBoth -> assertThat(homeAfterBoth).isEqualTo("update user_account set home_address_id = ? where id = ?"));
            assertThat(nina.getHomeAddressId()).isEqualTo(home.getId());
            assertThat(home.getUserId()).isEqualTo(nina.getId());
            assertThat(Rows.committed(dataSource, "select u.name, a.email_address from user_account u"
                    + " join address a on a.id = u.home_address_id and a.user_id = u.id where u.name = 'nina'")).containsExactly("nina|nina@example.com");
            statements.assertCount(0, unit::flush);

            unit.delete(home);
            unit.delete(nina);
            List<RecordedStatement> deleted = statements.record(unit::commit);

            assertThat(deleted).extracting(RecordedStatement::oneLineSql).containsExactly(
                    "update user_account set home_address_id = null where id = ?",
                    "delete from address where id = ?",
                    "delete from user_account where id = ?");
            assertThat(Rows.committed(dataSource, "select count(*) from user_account where name = 'nina'")).containsExactly("0");
        }
    }
}
