package dev.relkit.user;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.blog.PostDynamicSqlSupport;
import dev.relkit.mapper.blog.TagDynamicSqlSupport;
import dev.relkit.mapper.user.AddressMapper;
import dev.relkit.mapper.user.UserMapper;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.model.user.UserProfile;
import dev.relkit.testing.PlainSql;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.sql.SQLException;
import java.util.List;

import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CompositeRelationships.LINE_ORDER;
import static dev.relkit.mapper.composite.CustomerOrderDynamicSqlSupport.customerOrder;
import static dev.relkit.mapper.composite.CustomerOrderLineDynamicSqlSupport.customerOrderLine;
import static dev.relkit.mapper.user.UserAccountDynamicSqlSupport.userAccount;
import static dev.relkit.mapper.user.UserRelationships.PROFILE;
import static dev.relkit.relation.InstanceComparisons.contains;
import static dev.relkit.relation.InstanceComparisons.doesNotReferTo;
import static dev.relkit.relation.InstanceComparisons.refersTo;
import static dev.relkit.relation.InstanceComparisons.withParent;
import static dev.relkit.user.UserSeed.EHKRABS;
import static dev.relkit.user.UserSeed.PATRICK;
import static dev.relkit.user.UserSeed.SANDY;
import static dev.relkit.user.UserSeed.SPONGEBOB;
import static dev.relkit.user.UserSeed.SQUIDWARD;
import static dev.relkit.user.UserSeed.addresses;
import static dev.relkit.user.UserSeed.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * SQLAlchemy's instance comparisons on MariaDB: many-to-one {@code ==}/{@code !=}/{@code == None},
 * one-to-one from the side without the foreign key, {@code contains} (one-to-many, composite and
 * many-to-many) and {@code with_parent}, in XML where the user domain has the query and through
 * {@link dev.relkit.relation.InstanceComparisons} always. Composite and many-to-many cases run on the
 * seeded {@code customer_order*} and {@code post_tag} tables through {@code CompositeRelationships}
 * and {@code BlogRelationships}.
 */
@RelkitTest(mappers = IdQueryMapper.class)
class InstanceComparisonsIT {

    private static User seededUser(int id) {
        return UserSeed.user(id);
    }

    @Test
    void addressEqualsAUserSelectsThatUsersAddresses(AddressMapper addresses, StatementRecorder statements) {
        List<Address> xml = statements.assertCount(1, () -> addresses.selectByUser(seededUser(SANDY)));
        List<Address> dynamic = statements.assertCount(1, () -> addresses.selectByUserDynamic(seededUser(SANDY)));

        assertThat(xml).usingRecursiveComparison().isEqualTo(addresses(2, 3));
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(addresses(2, 3));
        assertThat(addresses.selectByUserDynamic(seededUser(PATRICK))).isEmpty();
    }

    @Test
    void addressNotEqualsAUserIncludesAddressesWithoutAUser(AddressMapper addresses, SqlSession session,
                                                            StatementRecorder statements) throws SQLException {
        List<Address> xml = statements.assertCount(1, () -> addresses.selectNotOwnedBy(seededUser(SANDY)));
        List<Address> dynamic = statements.assertCount(1, () -> addresses.selectNotOwnedByDynamic(seededUser(SANDY)));

        assertThat(xml).usingRecursiveComparison().isEqualTo(addresses(1, 4, 5, 6));
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(addresses(1, 4, 5, 6));
        // what a plain "<>" would have missed: the Chum Bucket, whose user_id is NULL
        assertThat(PlainSql.rows(session, "SELECT id FROM address WHERE user_id <> ? ORDER BY id", SANDY))
                .containsExactly(List.of(1), List.of(4), List.of(5));
    }

    @Test
    void addressEqualsNullSelectsAddressesWithoutAUser(AddressMapper addresses, StatementRecorder statements) {
        List<Address> xml = statements.assertCount(1, addresses::selectWithoutUser);
        List<Address> dynamic = statements.assertCount(1, addresses::selectWithoutUserDynamic);

        assertThat(xml).usingRecursiveComparison().isEqualTo(addresses(6));
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(addresses(6));
    }

    @Test
    void withParentSelectsTheParentsChildren(AddressMapper addresses, IdQueryMapper ids, StatementRecorder statements) {
        List<Address> sandys = statements.assertCount(1, () -> addresses.selectWithParentDynamic(seededUser(SANDY)));

        assertThat(sandys).usingRecursiveComparison().isEqualTo(addresses(2, 3));
        // with_parent(address, Address.user): the address's user
        assertThat(statements.assertCount(1, () -> ids.selectIds(
                userIds(withParent(UserSeed.address(3), dev.relkit.mapper.user.UserRelationships.ADDRESS_USER)))))
                .containsExactly(SANDY);
    }

    @Test
    void userContainsAnAddressThroughTheAddressesForeignKey(UserMapper users, StatementRecorder statements) {
        Address sandysSecond = UserSeed.address(3);

        List<User> xml = statements.assertCount(1, () -> users.selectContaining(sandysSecond));
        List<User> dynamic = statements.assertCount(1, () -> users.selectContainingDynamic(sandysSecond));

        assertThat(xml).usingRecursiveComparison().isEqualTo(users(UserSeed::user, SANDY));
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(users(UserSeed::user, SANDY));
        // nobody holds the Chum Bucket: its user_id is NULL, and "id = NULL" matches no user
        assertThat(users.selectContainingDynamic(UserSeed.address(6))).isEmpty();
        assertThat(users.selectContaining(UserSeed.address(6))).isEmpty();
    }

    @Test
    void oneToOneComparesFromTheSideWithoutTheForeignKey(IdQueryMapper ids, StatementRecorder statements) {
        UserProfile sandysProfile = UserSeed.profile(1);

        assertThat(statements.assertCount(1, () -> ids.selectIds(userIds(refersTo(PROFILE, sandysProfile)))))
                .containsExactly(SANDY);
        assertThat(statements.assertCount(1, () -> ids.selectIds(userIds(doesNotReferTo(PROFILE, sandysProfile)))))
                .containsExactly(SPONGEBOB, PATRICK, SQUIDWARD, EHKRABS);
        assertThat(statements.assertCount(1, () -> ids.selectIds(userIds(refersTo(PROFILE, null)))))
                .containsExactly(PATRICK, EHKRABS);
        assertThat(statements.assertCount(1, () -> ids.selectIds(userIds(doesNotReferTo(PROFILE, null)))))
                .containsExactly(SPONGEBOB, SANDY, SQUIDWARD);
    }

    @Test
    void compositeManyToOneComparesBothKeyColumns(IdQueryMapper ids, StatementRecorder statements) {
        // order number 1 exists for Alice (1) and Bob (2): only both columns tell them apart
        assertThat(statements.assertCount(1, () -> ids.selectIds(lineIds(refersTo(LINE_ORDER, order(1, 2))))))
                .containsExactly(4, 5, 6);
        assertThat(statements.assertCount(1, () -> ids.selectIds(lineIds(doesNotReferTo(LINE_ORDER, order(1, 2))))))
                .containsExactly(1, 2, 3);
        assertThat(statements.assertCount(1, () -> ids.selectIds(lineIds(withParent(order(1, 1), LINES)))))
                .containsExactly(1, 2);
    }

    @Test
    void compositeContainsComparesTheElementsTwoColumnForeignKey(IdQueryMapper ids, StatementRecorder statements) {
        SelectStatementProvider orderOfLine3 = select(customerOrder.customerId).from(customerOrder)
                .where(contains(LINES, line(3, 2, 1)))
                .build().render(MYBATIS3);
        SelectStatementProvider orderNumberOfLine3 = select(customerOrder.id).from(customerOrder)
                .where(contains(LINES, line(3, 2, 1)))
                .build().render(MYBATIS3);

        assertThat(statements.assertCount(1, () -> ids.selectIds(orderOfLine3))).containsExactly(1);
        assertThat(statements.assertCount(1, () -> ids.selectIds(orderNumberOfLine3))).containsExactly(2);
    }

    @Test
    void manyToManyContainsAndWithParentGoThroughTheLinkTable(IdQueryMapper ids, StatementRecorder statements) {
        SelectStatementProvider postsTaggedWendy = select(PostDynamicSqlSupport.post.id)
                .from(PostDynamicSqlSupport.post)
                .where(contains(POST_TAGS, tag(2)))
                .orderBy(PostDynamicSqlSupport.post.id)
                .build().render(MYBATIS3);
        SelectStatementProvider tagsOfPost3 = select(TagDynamicSqlSupport.tag.id)
                .from(TagDynamicSqlSupport.tag)
                .where(withParent(post(3), POST_TAGS))
                .orderBy(TagDynamicSqlSupport.tag.id)
                .build().render(MYBATIS3);

        assertThat(statements.assertCount(1, () -> ids.selectIds(postsTaggedWendy))).containsExactly(1, 2);
        assertThat(statements.assertCount(1, () -> ids.selectIds(tagsOfPost3))).containsExactly(3, 4);
    }

    @Test
    void aNewObjectIsRejectedBeforeAnySqlRuns(AddressMapper addresses, UserMapper users, StatementRecorder statements) {
        statements.assertCount(0, () -> {
            assertThatThrownBy(() -> addresses.selectByUserDynamic(new User("gary", "Gary the Snail")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Address.user")
                    .hasMessageContaining("new User");
            assertThatThrownBy(() -> users.selectContainingDynamic(new Address("gary@sqlalchemy.org")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("User.addresses")
                    .hasMessageContaining("new Address");
        });
    }

    private static SelectStatementProvider userIds(SqlCriterion criterion) {
        return select(userAccount.id).from(userAccount).where(criterion).orderBy(userAccount.id).build().render(MYBATIS3);
    }

    private static SelectStatementProvider lineIds(SqlCriterion criterion) {
        return select(customerOrderLine.id).from(customerOrderLine).where(criterion)
                .orderBy(customerOrderLine.id).build().render(MYBATIS3);
    }

    private static CustomerOrder order(int id, int customerId) {
        CustomerOrder order = new CustomerOrder();
        order.setId(id);
        order.setCustomerId(customerId);
        return order;
    }

    private static CustomerOrderLine line(int id, int orderId, int customerId) {
        CustomerOrderLine line = new CustomerOrderLine();
        line.setId(id);
        line.setOrderId(orderId);
        line.setCustomerId(customerId);
        return line;
    }

    private static Post post(int id) {
        Post value = new Post();
        value.setId(id);
        return value;
    }

    private static Tag tag(int id) {
        Tag value = new Tag();
        value.setId(id);
        return value;
    }
}
