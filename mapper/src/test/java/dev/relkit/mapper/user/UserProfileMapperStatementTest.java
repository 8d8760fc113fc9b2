package dev.relkit.mapper.user;

import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile side of the one-to-one, as exact SQL; UserProfileMapperIT runs it on MariaDB. */
class UserProfileMapperStatementTest {

    @Test
    void profileWithUserJoinsTheUserUnderItsRoleAlias() {
        SelectStatementProvider statement = UserProfileMapper.selectWithUserByIdStatement(1);

        assertThat(statement.getSelectStatement()).isEqualTo("select user_profile.id, user_profile.user_id,"
                + " user_profile.bio, user_profile.website, user.id as u_id, user.name as u_name,"
                + " user.fullname as u_fullname, user.home_address_id as u_home_address_id,"
                + " user.work_address_id as u_work_address_id"
                + " from user_profile join user_account user on user.id = user_profile.user_id"
                + " where user_profile.id = #{parameters.p1,jdbcType=INTEGER}");
        assertThat(statement.getParameters()).containsEntry("p1", 1);
    }
}
