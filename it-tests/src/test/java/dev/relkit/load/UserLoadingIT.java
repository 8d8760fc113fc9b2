package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.user.UserMapper;
import dev.relkit.mapper.user.UserProfileMapper;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.model.user.UserProfile;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.load.DetachedInstanceException;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.util.Buildable;

import java.util.List;

import static dev.relkit.mapper.user.AddressDynamicSqlSupport.address;
import static dev.relkit.mapper.user.UserAccountDynamicSqlSupport.userAccount;
import static dev.relkit.mapper.user.UserMapper.userSelectList;
import static dev.relkit.mapper.user.UserMapper.userWithProfileSelectList;
import static dev.relkit.mapper.user.UserProfileDynamicSqlSupport.userProfile;
import static dev.relkit.mapper.user.UserProfileMapper.profileWithUserSelectList;
import static dev.relkit.mapper.user.UserRelationships.ADDRESSES;
import static dev.relkit.mapper.user.UserRelationships.PROFILE;
import static dev.relkit.mapper.user.UserRelationships.PROFILE_USER;
import static dev.relkit.mapper.user.UserRelationships.USER;
import static dev.relkit.mapper.user.UserRelationships.USER_PROFILE;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isLike;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Every loader strategy on the one-to-one {@code User.profile} (foreign key on the target) and its
 * foreign-key side {@code UserProfile.user}, with 1, 10 and 1000 generated users; extra loader
 * criteria on {@code User.addresses}.
 *
 * <p>Seed (user_address.sql): profiles 2 (spongebob, 1), 1 (sandy, 2) and 3 (squidward, 4, bio and
 * website null); patrick (3) and ehkrabs (5) have none. sandy owns addresses 2 and 3, address 3
 * without street or city.
 */
@RelkitTest
class UserLoadingIT {

    private static final int ONE_CHUNK = 5000;

    // ---- User.profile / UserProfile.user, every strategy, 1 / 10 / 1000 users ----

    @ParameterizedTest(name = "{0} users")
    @ValueSource(ints = {1, 10, 1000})
    void selectInLoadsTheOneToOneInOneStatementFromEitherSide(int users, SqlSession session, StatementRecorder statements) {
        GeneratedDomainRows.usersWithProfiles(session, users);
        RelationshipLoader loader = ReferenceCatalogue.loader(session, ONE_CHUNK);

        List<User> loadedUsers = statements.assertCount(2, () -> loader.query(USER, generatedUsers(), LoadPlan.of(selectIn(PROFILE))));
        List<UserProfile> loadedProfiles = statements.assertCount(2, () -> loader.query(USER_PROFILE, generatedProfiles(),
                LoadPlan.of(selectIn(PROFILE_USER))));

        assertEveryGeneratedUserHasItsProfile(loadedUsers, users);
        assertEveryGeneratedProfileHasItsUser(loadedProfiles, users);
    }

    @ParameterizedTest(name = "{0} users")
    @ValueSource(ints = {1, 10, 1000})
    void joinedLoadsTheOneToOneInTheParentsStatementFromEitherSide(int users, SqlSession session, UserMapper userMapper,
                                                                  UserProfileMapper profileMapper, StatementRecorder statements) {
        GeneratedDomainRows.usersWithProfiles(session, users);
        var usersWithProfiles = RelationshipJoins.on(select(userWithProfileSelectList).from(userAccount).leftJoin(UserMapper.profile),
                        PROFILE, userAccount, UserMapper.profile)
                .where(userAccount.name, isLike("gen-user-%")).orderBy(userAccount.id).build().render(MYBATIS3);
        var profilesWithUsers = RelationshipJoins.on(select(profileWithUserSelectList).from(userProfile).join(UserProfileMapper.user),
                        PROFILE_USER, userProfile, UserProfileMapper.user)
                .where(userProfile.bio, isLike("bio of gen-user-%")).orderBy(userProfile.id).build().render(MYBATIS3);
        RelationshipLoader loader = ReferenceCatalogue.loader(session);

        List<User> loadedUsers = statements.assertCount(1, () ->
                loader.load(userMapper.selectManyWithProfile(usersWithProfiles), LoadPlan.of(joined(PROFILE))));
        List<UserProfile> loadedProfiles = statements.assertCount(1, () ->
                loader.load(profileMapper.selectManyWithUser(profilesWithUsers), LoadPlan.of(joined(PROFILE_USER))));

        assertEveryGeneratedUserHasItsProfile(loadedUsers, users);
        assertEveryGeneratedProfileHasItsUser(loadedProfiles, users);
    }

    @ParameterizedTest(name = "{0} users")
    @ValueSource(ints = {1, 10, 1000})
    void subqueryLoadsTheOneToOneThroughTheParentQueryFromEitherSide(int users, SqlSession session,
                                                                    StatementRecorder statements) {
        GeneratedDomainRows.usersWithProfiles(session, users);
        RelationshipLoader loader = ReferenceCatalogue.loader(session);

        List<RecordedStatement> run = statements.record(() -> {
            assertEveryGeneratedUserHasItsProfile(loader.query(USER, generatedUsers(), LoadPlan.of(subquery(PROFILE))), users);
            assertEveryGeneratedProfileHasItsUser(loader.query(USER_PROFILE, generatedProfiles(),
                    LoadPlan.of(subquery(PROFILE_USER))), users);
        });

        assertThat(run).hasSize(4);
        assertThat(run.get(1).oneLineSql()).contains("from user_profile where user_id in (select relkit_parent.id from (");
        assertThat(run.get(3).oneLineSql()).contains("from user_account where id in (select relkit_parent.user_id from (");
    }

    @ParameterizedTest(name = "{0} users")
    @ValueSource(ints = {1, 10, 1000})
    void lazyIsRefusedOnTheSideWithoutTheForeignKeyAndLoadsOnTouchOnTheOther(int users, SqlSession session,
                                                                            StatementRecorder statements) {
        GeneratedDomainRows.usersWithProfiles(session, users);
        RelationshipLoader loader = ReferenceCatalogue.loader(session);
        List<User> loadedUsers = loader.query(USER, generatedUsers(), LoadPlan.of());
        List<UserProfile> loadedProfiles = loader.query(USER_PROFILE, generatedProfiles(), LoadPlan.of());

        statements.assertCount(0, () -> assertThatThrownBy(() -> loader.load(loadedUsers, LoadPlan.of(lazy(PROFILE))))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("User.profile is a one-to-one whose foreign key is on UserProfile:"
                        + " a lazy proxy cannot tell null from a row before loading; use selectIn"));
        statements.assertCount(0, () -> loader.load(loadedProfiles, LoadPlan.of(lazy(PROFILE_USER))));

        User first = loadedProfiles.get(0).getUser();
        assertThat(statements.assertCount(1, first::getName)).isEqualTo("gen-user-1");
        statements.assertCount(users - 1, () -> loadedProfiles.forEach(p -> p.getUser().getName()));
        assertEveryGeneratedProfileHasItsUser(loadedProfiles, users);
    }

    @ParameterizedTest(name = "{0} users")
    @ValueSource(ints = {1, 10, 1000})
    void raiseRunsNothingAndFailsOnTouchFromEitherSide(int users, SqlSession session, StatementRecorder statements) {
        GeneratedDomainRows.usersWithProfiles(session, users);
        RelationshipLoader loader = ReferenceCatalogue.loader(session);
        List<User> loadedUsers = loader.query(USER, generatedUsers(), LoadPlan.of());
        List<UserProfile> loadedProfiles = loader.query(USER_PROFILE, generatedProfiles(), LoadPlan.of());

        statements.assertCount(0, () -> {
            loader.load(loadedUsers, LoadPlan.of(raise(PROFILE)));
            loader.load(loadedProfiles, LoadPlan.of(raise(PROFILE_USER)));
        });

        User lastUser = loadedUsers.get(users - 1);
        UserProfile lastProfile = loadedProfiles.get(users - 1);
        statements.assertCount(0, () -> {
            assertThatThrownBy(() -> lastUser.getProfile().getBio()).isInstanceOf(RelationshipNotLoadedException.class)
                    .hasMessageContaining("User.profile").hasMessageContaining("User#" + lastUser.getId());
            assertThatThrownBy(() -> lastProfile.getUser().getName()).isInstanceOf(RelationshipNotLoadedException.class)
                    .hasMessageContaining("UserProfile.user").hasMessageContaining("UserProfile#" + lastProfile.getId());
        });
    }

    @ParameterizedTest(name = "{0} users")
    @ValueSource(ints = {1, 10, 1000})
    void noLoadRunsNothingAndLeavesBothSidesNull(int users, SqlSession session, UserMapper userMapper,
                                                StatementRecorder statements) {
        GeneratedDomainRows.usersWithProfiles(session, users);
        var usersWithProfiles = RelationshipJoins.on(select(userWithProfileSelectList).from(userAccount).leftJoin(UserMapper.profile),
                        PROFILE, userAccount, UserMapper.profile)
                .where(userAccount.name, isLike("gen-user-%")).orderBy(userAccount.id).build().render(MYBATIS3);
        List<User> loadedUsers = userMapper.selectManyWithProfile(usersWithProfiles);
        RelationshipLoader loader = ReferenceCatalogue.loader(session);
        List<UserProfile> loadedProfiles = loader.query(USER_PROFILE, generatedProfiles(), LoadPlan.of());
        assertThat(loadedUsers).allSatisfy(u -> assertThat(u.getProfile()).isNotNull());

        statements.assertCount(0, () -> {
            loader.load(loadedUsers, LoadPlan.of(noLoad(PROFILE)));
            loader.load(loadedProfiles, LoadPlan.of(noLoad(PROFILE_USER)));
        });

        assertThat(loadedUsers).hasSize(users).allSatisfy(u -> assertThat(u.getProfile()).isNull());
        assertThat(loadedProfiles).hasSize(users).allSatisfy(p -> assertThat(p.getUser()).isNull());
    }

    @Test
    void selectInOnTheSeedLeavesUsersWithoutAProfileNullAndChainsBackToTheSameUsers(SqlSession session,
                                                                                   StatementRecorder statements) {
        List<User> loaded = statements.assertCount(3, () -> ReferenceCatalogue.loader(session)
                .query(USER, allUsers(), LoadPlan.of(selectIn(PROFILE).selectIn(PROFILE_USER))));

        assertThat(loaded).extracting(User::getName, u -> u.getProfile() == null ? null : u.getProfile().getId())
                .containsExactly(tuple("spongebob", 2), tuple("sandy", 1), tuple("patrick", null),
                        tuple("squidward", 3), tuple("ehkrabs", null));
        assertThat(loaded.get(1).getProfile()).extracting(UserProfile::getBio, UserProfile::getWebsite)
                .containsExactly("Scientist and karate champion from Texas.", "https://squirrelpower.org");
        assertThat(loaded.get(3).getProfile()).extracting(UserProfile::getBio, UserProfile::getWebsite).containsExactly(null, null);
        assertThat(loaded).filteredOn(u -> u.getProfile() != null)
                .allSatisfy(u -> assertThat(u.getProfile().getUser()).as("one object per row").isSameAs(u));
    }

    @Test
    void lazyAndRaiseStandInsOfTheOneToOnePrintCompareAndHashWithoutSqlAndDetachedAccessNamesTheKey(
            SqlSession session, SqlSessionFactory factory, StatementRecorder statements) {
        List<UserProfile> detached;
        try (SqlSession own = factory.openSession()) {
            detached = ReferenceCatalogue.loader(own).query(USER_PROFILE, allProfiles(), LoadPlan.of(lazy(PROFILE_USER)));
        }
        RelationshipLoader loader = ReferenceCatalogue.loader(session);
        List<User> raising = loader.query(USER, allUsers(), LoadPlan.of(raise(PROFILE)));
        UserProfile sandysProfile = detached.get(0);
        User sandy = sandysProfile.getUser();
        UserProfile spongebobsProfile = raising.get(0).getProfile();

        statements.assertCount(0, () -> {
            assertThat(sandysProfile.toString()).startsWith("UserProfile{id=1, userId=2");
            assertThat(sandy.toString()).isEqualTo("User UserProfile.user of UserProfile#1 (not loaded)");
            assertThat(spongebobsProfile.toString()).isEqualTo("UserProfile User.profile of User#1 (not loaded)");
            assertThat(raising.get(0).toString()).startsWith("User{id=1, name='spongebob'");
            assertThat(sandy.equals(sandy)).isTrue();
            assertThat(sandy.equals(raising.get(1))).isFalse();
            assertThat(sandy.hashCode()).isEqualTo(System.identityHashCode(sandy));
            assertThat(spongebobsProfile.hashCode()).isEqualTo(System.identityHashCode(spongebobsProfile));
        });
        assertThatThrownBy(sandy::getName).isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("UserProfile.user").hasMessageContaining("UserProfile#1").hasMessageContaining("closed");
    }

    // ---- extra criteria on a loader option ----

    @Test
    void extraCriteriaLoadOnlyMatchingAddressesAndLeaveTheRelationshipUnchanged(SqlSession session,
                                                                              StatementRecorder statements) {
        RelationshipLoader loader = ReferenceCatalogue.loader(session);
        List<RecordedStatement> run = statements.record(() -> {
            List<User> filtered = loader.query(USER, allUsers(),
                    LoadPlan.of(selectIn(ADDRESSES).where(address.city, isEqualTo("Bikini Bottom"))));
            assertThat(filtered).extracting(User::getName, u -> addressIds(u.getAddresses())).containsExactly(
                    tuple("spongebob", List.of(1)), tuple("sandy", List.of(2)), tuple("patrick", List.of()),
                    tuple("squidward", List.of(4)), tuple("ehkrabs", List.of(5)));
        });
        assertThat(run).hasSize(2);
        assertThat(run.get(1).oneLineSql()).isEqualTo("select id, user_id, email_address, street, city, postal_code from address"
                + " where user_id in (?,?,?,?,?) and city = ? order by id");
        assertThat(run.get(1).parameters()).containsExactly(1, 2, 3, 4, 5, "Bikini Bottom");
        session.clearCache();

        List<User> plain = statements.assertCount(2, () -> loader.query(USER, allUsers(), LoadPlan.of(selectIn(ADDRESSES))));

        assertThat(plain.get(1).getAddresses()).extracting(Address::getId, Address::getCity)
                .containsExactly(tuple(2, "Bikini Bottom"), tuple(3, null));
    }

    @Test
    void extraCriteriaApplyToSubqueryLoadingToo(SqlSession session, StatementRecorder statements) {
        List<User> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session).query(USER, allUsers(),
                LoadPlan.of(subquery(ADDRESSES).where(address.postalCode, isEqualTo("96971")))));

        assertThat(loaded).extracting(User::getName, u -> addressIds(u.getAddresses())).containsExactly(
                tuple("spongebob", List.of()), tuple("sandy", List.of()), tuple("patrick", List.of()),
                tuple("squidward", List.of()), tuple("ehkrabs", List.of(5)));
    }

    // ---- helpers ----

    private static Buildable<SelectModel> allUsers() {
        return select(userSelectList).from(userAccount).orderBy(userAccount.id);
    }

    private static Buildable<SelectModel> generatedUsers() {
        return select(userSelectList).from(userAccount).where(userAccount.name, isLike("gen-user-%")).orderBy(userAccount.id);
    }

    private static Buildable<SelectModel> allProfiles() {
        return select(userProfile.id, userProfile.userId, userProfile.bio, userProfile.website).from(userProfile)
                .orderBy(userProfile.id);
    }

    private static Buildable<SelectModel> generatedProfiles() {
        return select(userProfile.id, userProfile.userId, userProfile.bio, userProfile.website).from(userProfile)
                .where(userProfile.bio, isLike("bio of gen-user-%")).orderBy(userProfile.id);
    }

    private static void assertEveryGeneratedUserHasItsProfile(List<User> loaded, int users) {
        assertThat(loaded).hasSize(users).allSatisfy(u -> {
            assertThat(u.getProfile().getUserId()).isEqualTo(u.getId());
            assertThat(u.getProfile().getBio()).isEqualTo("bio of " + u.getName());
        });
    }

    private static void assertEveryGeneratedProfileHasItsUser(List<UserProfile> loaded, int users) {
        assertThat(loaded).hasSize(users).allSatisfy(p -> {
            assertThat(p.getUser().getId()).isEqualTo(p.getUserId());
            assertThat("bio of " + p.getUser().getName()).isEqualTo(p.getBio());
        });
    }

    private static List<Integer> addressIds(List<Address> addresses) {
        return addresses.stream().map(Address::getId).toList();
    }
}
