package dev.relkit.user;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.user.AddressMapper;
import dev.relkit.mapper.user.UserMapper;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.testing.PlainSql;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static dev.relkit.user.UserSeed.EHKRABS;
import static dev.relkit.user.UserSeed.PATRICK;
import static dev.relkit.user.UserSeed.SANDY;
import static dev.relkit.user.UserSeed.SPONGEBOB;
import static dev.relkit.user.UserSeed.SQUIDWARD;
import static dev.relkit.user.UserSeed.users;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users with home and work addresses (two foreign keys to {@code address}), their own addresses
 * (a fanning-out join) and the {@code any}/{@code none} filters, in XML and dynamic SQL, on the seed
 * of {@code user_address.sql}.
 */
@RelkitTest
class UserMapperIT {

    @Test
    void loadsHomeAndWorkAddressesFromOneStatementJoiningAddressTwice(UserMapper users, StatementRecorder statements) {
        List<User> xml = statements.assertCount(1, users::selectAllWithHomeAndWork);

        assertThat(xml).usingRecursiveComparison()
                .isEqualTo(users(UserSeed::withHomeAndWork, SPONGEBOB, SANDY, PATRICK, SQUIDWARD, EHKRABS));
        assertThat(xml.get(0).getHomeAddress().getStreet()).isEqualTo("124 Conch Street");
        assertThat(xml.get(0).getWorkAddress().getStreet()).isEqualTo("831 Bottom Feeder Lane");

        for (int id : new int[] {SPONGEBOB, PATRICK, EHKRABS}) {
            User byIdXml = statements.assertCount(1, () -> users.selectWithHomeAndWorkById(id));
            User byIdDynamic = statements.assertCount(1, () -> users.selectWithHomeAndWorkByIdDynamic(id));

            assertThat(byIdXml).usingRecursiveComparison().isEqualTo(UserSeed.withHomeAndWork(id));
            assertThat(byIdDynamic).usingRecursiveComparison().isEqualTo(UserSeed.withHomeAndWork(id));
        }
    }

    @Test
    void filtersThroughTheAliasedWorkAddressJoin(UserMapper users, StatementRecorder statements) {
        List<User> xml = statements.assertCount(1, () -> users.selectByWorkAddressCity("Bikini Bottom"));
        List<User> dynamic = statements.assertCount(1, () -> users.selectByWorkAddressCityDynamic("Bikini Bottom"));

        // sandy's home is in Bikini Bottom too, but she has no work address: the filter reads work_address only
        List<User> expected = users(UserSeed::withHomeAndWork, SPONGEBOB, SQUIDWARD, EHKRABS);
        assertThat(xml).usingRecursiveComparison().isEqualTo(expected);
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void workCityFilterIgnoresTheHomeAddressesCity(UserMapper users, SqlSession session, StatementRecorder statements)
            throws SQLException {
        PlainSql.update(session, "UPDATE address SET city = 'Rock Bottom' WHERE id = 1");

        assertThat(statements.assertCount(1, () -> users.selectByWorkAddressCity("Rock Bottom"))).isEmpty();
        assertThat(statements.assertCount(1, () -> users.selectByWorkAddressCityDynamic("Rock Bottom"))).isEmpty();
        assertThat(users.selectByWorkAddressCityDynamic("Bikini Bottom"))
                .extracting(User::getId).containsExactly(SPONGEBOB, SQUIDWARD, EHKRABS);
    }

    @Test
    void filtersWithACorrelatedExistsOnEachOfBothRelationships(UserMapper users, StatementRecorder statements) {
        List<User> xml = statements.assertCount(1, () -> users.selectByHomeAndWorkPostalCodes("96970", "96971"));
        List<User> dynamic = statements.assertCount(1,
                () -> users.selectByHomeAndWorkPostalCodesDynamic("96970", "96971"));

        List<User> expected = users(UserSeed::withHomeAndWork, SPONGEBOB, SQUIDWARD);
        assertThat(xml).usingRecursiveComparison().isEqualTo(expected);
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(expected);
        // ehkrabs works at 96971 but has no home; nobody lives at 96971
        assertThat(users.selectByHomeAndWorkPostalCodes("96971", "96971")).isEmpty();
        assertThat(users.selectByHomeAndWorkPostalCodesDynamic("96971", "96971")).isEmpty();
    }

    @Test
    void fanningOutJoinGivesOneUserPerIdWithTheCollectionComplete(UserMapper users, StatementRecorder statements) {
        List<User> xml = statements.assertCount(1, users::selectAllWithAddresses);
        List<User> dynamic = statements.assertCount(1, users::selectAllWithAddressesDynamic);

        List<User> expected = users(UserSeed::withAddresses, SPONGEBOB, SANDY, PATRICK, SQUIDWARD, EHKRABS);
        assertThat(xml).usingRecursiveComparison().isEqualTo(expected);
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(expected);
        // sandy's two addresses make two rows, yet one Sandy holding both
        assertThat(xml).extracting(User::getId).containsExactly(1, 2, 3, 4, 5);
        assertThat(xml.get(1).getAddresses()).extracting(Address::getId).containsExactly(2, 3);
        assertThat(xml.get(2).getAddresses()).isEmpty();
    }

    @Test
    void createsAUserWithNewAddressesInDependencyOrder(UserMapper users, AddressMapper addresses, SqlSession session,
                                                       StatementRecorder statements) throws SQLException {
        User gary = new User("gary", "Gary the Snail");
        Address home = new Address("gary@sqlalchemy.org", "124 Conch Street", "Bikini Bottom", "96970");
        Address work = new Address("gary@krustykrab.example", "831 Bottom Feeder Lane", "Bikini Bottom", "96971");

        statements.assertCount(4, () -> {
            users.insert(gary);                       // 1. the user, no address ids yet
            home.setUserId(gary.getId());             // 2. the addresses, with the user's generated id
            work.setUserId(gary.getId());
            addresses.insert(home);
            addresses.insert(work);
            gary.setHomeAddressId(home.getId());      // 3. close the cycle
            gary.setWorkAddressId(work.getId());
            users.updateAddressIds(gary);
        });

        assertThat(gary.getId()).isGreaterThan(EHKRABS);
        assertThat(home.getId()).isGreaterThan(6);
        assertThat(work.getId()).isEqualTo(home.getId() + 1);
        assertThat(PlainSql.rows(session, "SELECT name, home_address_id, work_address_id FROM user_account WHERE id = ?", gary.getId()))
                .containsExactly(List.of("gary", home.getId(), work.getId()));
        assertThat(PlainSql.rows(session, "SELECT id, user_id, email_address FROM address WHERE user_id = ? ORDER BY id", gary.getId()))
                .containsExactly(List.of(home.getId(), gary.getId(), "gary@sqlalchemy.org"),
                        List.of(work.getId(), gary.getId(), "gary@krustykrab.example"));

        User loaded = statements.assertCount(1, () -> users.selectWithHomeAndWorkById(gary.getId()));
        gary.setHomeAddress(home);
        gary.setWorkAddress(work);
        assertThat(loaded).usingRecursiveComparison().isEqualTo(gary);
    }

    @Test
    void anyFindsUsersWithAddresses(UserMapper users, StatementRecorder statements) {
        List<User> xml = statements.assertCount(1, users::selectWithAnyAddress);
        List<User> dynamic = statements.assertCount(1, users::selectWithAnyAddressDynamic);

        List<User> expected = users(UserSeed::user, SPONGEBOB, SANDY, SQUIDWARD, EHKRABS);
        assertThat(xml).usingRecursiveComparison().isEqualTo(expected);
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void anyWithCriteriaTestsTheCollectionsElements(UserMapper users, AddressMapper addresses,
                                                    StatementRecorder statements) {
        Address rock = new Address("patrick@rock.example", "120 Conch Street", "Rock Bottom", "96972");
        rock.setUserId(PATRICK);
        addresses.insert(rock);

        List<User> xml = statements.assertCount(1, () -> users.selectByAnyAddressCity("Rock Bottom"));
        List<User> dynamic = statements.assertCount(1, () -> users.selectByAnyAddressCityDynamic("Rock Bottom"));

        assertThat(xml).usingRecursiveComparison().isEqualTo(List.of(UserSeed.user(PATRICK)));
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(List.of(UserSeed.user(PATRICK)));
        // the Chum Bucket (no user) is in Bikini Bottom, but belongs to nobody
        assertThat(users.selectByAnyAddressCityDynamic("Bikini Bottom"))
                .extracting(User::getId).containsExactly(SPONGEBOB, SANDY, SQUIDWARD, EHKRABS);
    }

    @Test
    void noneFindsUsersWithoutAddresses(UserMapper users, AddressMapper addresses, StatementRecorder statements) {
        List<User> xml = statements.assertCount(1, users::selectWithoutAddresses);
        List<User> dynamic = statements.assertCount(1, users::selectWithoutAddressesDynamic);

        assertThat(xml).usingRecursiveComparison().isEqualTo(List.of(UserSeed.user(PATRICK)));
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(List.of(UserSeed.user(PATRICK)));
        assertThat(statements.assertCount(1, users::countWithoutAddresses)).isEqualTo(1L);

        Address rock = new Address("patrick@rock.example");
        rock.setUserId(PATRICK);
        addresses.insert(rock);
        assertThat(users.selectWithoutAddresses()).isEmpty();
        assertThat(users.selectWithoutAddressesDynamic()).isEmpty();
        assertThat(users.countWithoutAddresses()).isZero();
    }
}
