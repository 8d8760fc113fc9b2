package dev.relkit.mapper.user;

import dev.relkit.model.user.Address;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The user mapper's dynamic-SQL statements, as exact SQL; UserMapperIT runs them on MariaDB. */
class UserMapperStatementTest {

    private static final String USER_COLUMNS = "user_account.id, user_account.name, user_account.fullname,"
            + " user_account.home_address_id, user_account.work_address_id";

    private static String addressColumns(String alias, String prefix) {
        return alias + ".id as " + prefix + "id, " + alias + ".user_id as " + prefix + "user_id, "
                + alias + ".email_address as " + prefix + "email_address, " + alias + ".street as " + prefix + "street, "
                + alias + ".city as " + prefix + "city, " + alias + ".postal_code as " + prefix + "postal_code";
    }

    private static final String WITH_HOME_AND_WORK = "select " + USER_COLUMNS + ", "
            + addressColumns("home_address", "home_") + ", " + addressColumns("work_address", "work_");

    private static final String HOME_JOIN = "left join address home_address on home_address.id = user_account.home_address_id";
    private static final String WORK_JOIN = "join address work_address on work_address.id = user_account.work_address_id";

    private static final String PLAIN_USER = "select id, name, fullname, home_address_id, work_address_id from user_account";

    @Test
    void homeAndWorkAddressesJoinAddressTwiceUnderRoleAliases() {
        SelectStatementProvider statement = UserMapper.selectWithHomeAndWorkByIdStatement(1);

        assertThat(statement.getSelectStatement()).isEqualTo(WITH_HOME_AND_WORK
                + " from user_account " + HOME_JOIN + " left " + WORK_JOIN
                + " where user_account.id = #{parameters.p1,jdbcType=INTEGER}");
        assertThat(statement.getParameters()).containsEntry("p1", 1);
    }

    @Test
    void workCityFilterGoesThroughTheInnerJoinedWorkAddress() {
        SelectStatementProvider statement = UserMapper.selectByWorkAddressCityStatement("Bikini Bottom");

        assertThat(statement.getSelectStatement()).isEqualTo(WITH_HOME_AND_WORK
                + " from user_account " + WORK_JOIN + " " + HOME_JOIN
                + " where work_address.city = #{parameters.p1,jdbcType=VARCHAR} order by id");
        assertThat(statement.getParameters()).containsEntry("p1", "Bikini Bottom");
    }

    @Test
    void homeAndWorkPostalCodesUseACorrelatedExistsPerRelationship() {
        SelectStatementProvider statement = UserMapper.selectByHomeAndWorkPostalCodesStatement("96970", "96971");

        assertThat(statement.getSelectStatement()).isEqualTo(WITH_HOME_AND_WORK
                + " from user_account " + HOME_JOIN + " left " + WORK_JOIN
                + " where exists (select 1 from address home_address where home_address.id = user_account.home_address_id"
                + " and home_address.postal_code = #{parameters.p1,jdbcType=VARCHAR})"
                + " and exists (select 1 from address work_address where work_address.id = user_account.work_address_id"
                + " and work_address.postal_code = #{parameters.p2,jdbcType=VARCHAR})"
                + " order by id");
        assertThat(statement.getParameters()).containsEntry("p1", "96970").containsEntry("p2", "96971");
    }

    @Test
    void fanningOutJoinAddsTheAddressesCollectionUnderItsOwnAlias() {
        SelectStatementProvider statement = UserMapper.selectAllWithAddressesStatement();

        assertThat(statement.getSelectStatement()).isEqualTo(WITH_HOME_AND_WORK + ", " + addressColumns("addresses", "addr_")
                + " from user_account " + HOME_JOIN + " left " + WORK_JOIN
                + " left join address addresses on addresses.user_id = user_account.id"
                + " order by id, addresses.id");
        assertThat(statement.getParameters()).isEmpty();
    }

    @Test
    void profileIsAnOuterJoinOnTheUniqueForeignKey() {
        SelectStatementProvider statement = UserMapper.selectWithProfileByIdStatement(3);

        assertThat(statement.getSelectStatement()).isEqualTo("select " + USER_COLUMNS
                + ", profile.id as profile_id, profile.user_id as profile_user_id, profile.bio as profile_bio,"
                + " profile.website as profile_website"
                + " from user_account left join user_profile profile on profile.user_id = user_account.id"
                + " where user_account.id = #{parameters.p1,jdbcType=INTEGER}");
        assertThat(statement.getParameters()).containsEntry("p1", 3);
    }

    @Test
    void anyAnyWithCriteriaAndNoneAreCorrelatedExistsOnAddresses() {
        String correlated = "select 1 from address addresses where addresses.user_id = user_account.id";

        assertThat(UserMapper.selectWithAnyAddressStatement().getSelectStatement())
                .isEqualTo(PLAIN_USER + " where exists (" + correlated + ") order by id");
        SelectStatementProvider byCity = UserMapper.selectByAnyAddressCityStatement("Rock Bottom");
        assertThat(byCity.getSelectStatement()).isEqualTo(PLAIN_USER + " where exists (" + correlated
                + " and addresses.city = #{parameters.p1,jdbcType=VARCHAR}) order by id");
        assertThat(byCity.getParameters()).containsEntry("p1", "Rock Bottom");
        assertThat(UserMapper.selectWithoutAddressesStatement().getSelectStatement())
                .isEqualTo(PLAIN_USER + " where not exists (" + correlated + ") order by id");
        assertThat(UserMapper.countWithoutAddressesStatement().getSelectStatement())
                .isEqualTo("select count(*) from user_account where not exists (" + correlated + ")");
    }

    @Test
    void containsComparesTheUsersKeyWithTheAddressesForeignKey() {
        Address sandysSecondAddress = new Address("sandy@squirrelpower.org");
        sandysSecondAddress.setId(3);
        sandysSecondAddress.setUserId(2);

        SelectStatementProvider statement = UserMapper.selectContainingStatement(sandysSecondAddress);

        assertThat(statement.getSelectStatement())
                .isEqualTo(PLAIN_USER + " where user_account.id = #{parameters.p1,jdbcType=INTEGER} order by id");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }
}
