package dev.relkit.mapper.user;

import dev.relkit.model.user.User;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The address mapper's instance comparisons, as exact SQL; AddressMapperIT runs them on MariaDB. */
class AddressMapperStatementTest {

    private static final String SELECT = "select id, user_id, email_address, street, city, postal_code from address";

    private static User sandy() {
        User sandy = new User("sandy", "Sandy Cheeks");
        sandy.setId(2);
        return sandy;
    }

    @Test
    void equalsAUserComparesTheForeignKeyWithTheUsersKey() {
        SelectStatementProvider statement = AddressMapper.selectByUserStatement(sandy());

        assertThat(statement.getSelectStatement())
                .isEqualTo(SELECT + " where address.user_id = #{parameters.p1,jdbcType=INTEGER} order by id");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void notEqualsAUserAlsoMatchesAddressesWithoutAUser() {
        SelectStatementProvider statement = AddressMapper.selectNotOwnedByStatement(sandy());

        assertThat(statement.getSelectStatement()).isEqualTo(SELECT
                + " where address.user_id <> #{parameters.p1,jdbcType=INTEGER} or address.user_id is null order by id");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void equalsNullIsIsNull() {
        assertThat(AddressMapper.selectWithoutUserStatement().getSelectStatement())
                .isEqualTo(SELECT + " where address.user_id is null order by id");
    }

    @Test
    void withParentSelectsTheUsersAddressesByItsKey() {
        SelectStatementProvider statement = AddressMapper.selectWithParentStatement(sandy());

        assertThat(statement.getSelectStatement())
                .isEqualTo(SELECT + " where address.user_id = #{parameters.p1,jdbcType=INTEGER} order by id");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }
}
