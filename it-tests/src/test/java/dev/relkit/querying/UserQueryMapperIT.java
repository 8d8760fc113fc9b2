package dev.relkit.querying;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.querying.UserAddressPairRow;
import dev.relkit.mapper.querying.UserAddressRow;
import dev.relkit.mapper.querying.UserEmailBundle;
import dev.relkit.mapper.querying.UserQueryMapper;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static dev.relkit.user.UserSeed.address;
import static dev.relkit.user.UserSeed.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLAlchemy's querying-guide patterns on the user/address seed, each run as one statement in its XML
 * and its dynamic-SQL form, both compared with the full expected rows.
 */
@RelkitTest
class UserQueryMapperIT {

    private static final String SQLALCHEMY_EMAILS = "%@sqlalchemy.org";

    @Test
    void twoEntitiesPerRowRepeatTheUserForEachAddress(UserQueryMapper users, StatementRecorder statements) {
        List<UserAddressRow> expected = List.of(row(1, 1), row(2, 2), row(2, 3), row(4, 4), row(5, 5));

        assertBothForms(statements, users::selectUserAddressRows, users::selectUserAddressRowsDynamic, expected);
    }

    @Test
    void namedAliasesFindTheUserWithBothEmails(UserQueryMapper users, StatementRecorder statements) {
        assertBothForms(statements,
                () -> users.selectUsersWithBothEmails("sandy@sqlalchemy.org", "sandy@squirrelpower.org"),
                () -> users.selectUsersWithBothEmailsDynamic("sandy@sqlalchemy.org", "sandy@squirrelpower.org"),
                List.of(user(2)));
        // each alias is filtered on its own: two different users' e-mails match nobody
        assertBothForms(statements,
                () -> users.selectUsersWithBothEmails("spongebob@sqlalchemy.org", "sandy@squirrelpower.org"),
                () -> users.selectUsersWithBothEmailsDynamic("spongebob@sqlalchemy.org", "sandy@squirrelpower.org"),
                List.of());
    }

    @Test
    void bundlesGroupSelectedColumnsIntoARecord(UserQueryMapper users, StatementRecorder statements) {
        List<UserEmailBundle> expected = List.of(
                new UserEmailBundle("spongebob", "Spongebob Squarepants", "spongebob@sqlalchemy.org"),
                new UserEmailBundle("sandy", "Sandy Cheeks", "sandy@sqlalchemy.org"),
                new UserEmailBundle("sandy", "Sandy Cheeks", "sandy@squirrelpower.org"),
                new UserEmailBundle("squidward", "Squidward Tentacles", "squidward@sqlalchemy.org"),
                new UserEmailBundle("ehkrabs", "Eugene H. Krabs", "ehkrabs@sqlalchemy.org"));

        assertBothForms(statements, users::selectUserEmailBundles, users::selectUserEmailBundlesDynamic, expected);
    }

    @Test
    void textualSqlMapsToTheUserEntity(UserQueryMapper users, StatementRecorder statements) {
        List<User> loaded = statements.assertCount(1, () -> users.selectUsersFromTextualSql("S%"));

        assertThat(loaded).usingRecursiveComparison().isEqualTo(List.of(user(1), user(2), user(4)));
    }

    @Test
    void entitiesComeFromASubquery(UserQueryMapper users, StatementRecorder statements) {
        assertBothForms(statements,
                () -> users.selectAddressesFromSubquery(SQLALCHEMY_EMAILS),
                () -> users.selectAddressesFromSubqueryDynamic(SQLALCHEMY_EMAILS),
                List.of(address(1), address(2), address(4), address(5)));
    }

    @Test
    void unionReturnsEachUserOnce(UserQueryMapper users, StatementRecorder statements) {
        assertBothForms(statements, () -> users.selectUsersFromUnion(2), () -> users.selectUsersFromUnionDynamic(2),
                List.of(user(1), user(2), user(4)));
    }

    @Test
    void unionAllReturnsUsersInBothHalvesTwice(UserQueryMapper users, StatementRecorder statements) {
        assertBothForms(statements, () -> users.selectUsersFromUnionAll(2), () -> users.selectUsersFromUnionAllDynamic(2),
                List.of(user(1), user(1), user(2), user(2), user(4)));
    }

    @Test
    void unionAsSubqueryIsFilteredAndOrderedOutside(UserQueryMapper users, StatementRecorder statements) {
        // the union is spongebob, sandy, squidward; sandy has no work address; by name descending
        assertBothForms(statements, () -> users.selectUsersFromUnionSubquery(2),
                () -> users.selectUsersFromUnionSubqueryDynamic(2),
                List.of(user(4), user(1)));
    }

    @Test
    void extraOnCriteriaKeepEveryUserOfTheOuterJoin(UserQueryMapper users, StatementRecorder statements) {
        List<UserAddressRow> expected = List.of(
                row(1, null), row(2, 3), row(3, null), row(4, null), row(5, null));

        assertBothForms(statements,
                () -> users.selectUsersWithAddressMatchingOnClause("sandy@squirrelpower.org"),
                () -> users.selectUsersWithAddressMatchingOnClauseDynamic("sandy@squirrelpower.org"),
                expected);
    }

    @Test
    void sameTableJoinedTwiceGivesEachAliasItsOwnRow(UserQueryMapper users, StatementRecorder statements) {
        List<UserAddressPairRow> expected = List.of(new UserAddressPairRow(user(2), address(2), address(3)));

        assertBothForms(statements, users::selectPostalAndEmailOnlyAddresses,
                users::selectPostalAndEmailOnlyAddressesDynamic, expected);
    }

    @Test
    void joinToASubqueryPairsUsersWithTheMatchingAddressesOnly(UserQueryMapper users, StatementRecorder statements) {
        // sandy's squirrelpower address is not in the subquery
        List<UserAddressRow> expected = List.of(row(1, 1), row(2, 2), row(4, 4), row(5, 5));

        assertBothForms(statements,
                () -> users.selectUserAddressRowsJoinedToSubquery(SQLALCHEMY_EMAILS),
                () -> users.selectUserAddressRowsJoinedToSubqueryDynamic(SQLALCHEMY_EMAILS),
                expected);
    }

    /** Runs the XML and the dynamic-SQL form, each in exactly one statement, and compares both with the expected rows. */
    private static <T> void assertBothForms(StatementRecorder statements, Supplier<List<T>> xml,
                                            Supplier<List<T>> dynamicSql, List<T> expected) {
        assertThat(statements.assertCount(1, xml)).as("XML").usingRecursiveComparison().isEqualTo(expected);
        assertThat(statements.assertCount(1, dynamicSql)).as("dynamic SQL").usingRecursiveComparison().isEqualTo(expected);
    }

    private static UserAddressRow row(int userId, Integer addressId) {
        Address address = addressId == null ? null : address(addressId);
        return new UserAddressRow(user(userId), address);
    }
}
