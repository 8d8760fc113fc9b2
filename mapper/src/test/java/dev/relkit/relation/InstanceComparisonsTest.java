package dev.relkit.relation;

import dev.relkit.mapper.blog.PostDynamicSqlSupport;
import dev.relkit.mapper.blog.TagDynamicSqlSupport;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.model.user.UserProfile;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.SqlTable;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CompositeRelationships.LINE_ORDER;
import static dev.relkit.mapper.composite.CustomerOrderDynamicSqlSupport.customerOrder;
import static dev.relkit.mapper.composite.CustomerOrderLineDynamicSqlSupport.customerOrderLine;
import static dev.relkit.mapper.user.AddressDynamicSqlSupport.address;
import static dev.relkit.mapper.user.UserAccountDynamicSqlSupport.userAccount;
import static dev.relkit.mapper.user.UserRelationships.ADDRESSES;
import static dev.relkit.mapper.user.UserRelationships.ADDRESS_USER;
import static dev.relkit.mapper.user.UserRelationships.HOME_ADDRESS;
import static dev.relkit.mapper.user.UserRelationships.PROFILE;
import static dev.relkit.relation.InstanceComparisons.contains;
import static dev.relkit.relation.InstanceComparisons.containsFrom;
import static dev.relkit.relation.InstanceComparisons.doesNotReferTo;
import static dev.relkit.relation.InstanceComparisons.doesNotReferToFrom;
import static dev.relkit.relation.InstanceComparisons.refersTo;
import static dev.relkit.relation.InstanceComparisons.refersToFrom;
import static dev.relkit.relation.InstanceComparisons.withParent;
import static dev.relkit.relation.InstanceComparisons.withParentFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * SQLAlchemy's instance comparisons ({@code ==}, {@code !=}, {@code == None}, {@code contains},
 * {@code with_parent}) built from relationship declarations, checked as exact SQL. InstanceComparisonsIT
 * runs them on MariaDB.
 */
class InstanceComparisonsTest {

    private static final String P1 = "#{parameters.p1,jdbcType=INTEGER}";
    private static final String P2 = "#{parameters.p2,jdbcType=INTEGER}";

    private static SelectStatementProvider where(BasicColumn column, SqlTable table, SqlCriterion criterion) {
        return select(column).from(table).where(criterion).build().render(MYBATIS3);
    }

    private static User user(int id) {
        User user = new User();
        user.setId(id);
        return user;
    }

    private static Address address(int id, Integer userId) {
        Address value = new Address();
        value.setId(id);
        value.setUserId(userId);
        return value;
    }

    private static UserProfile profile(int id, int userId) {
        UserProfile value = new UserProfile();
        value.setId(id);
        value.setUserId(userId);
        return value;
    }

    // ---- many-to-one == instance, != instance, == null ----

    @Test
    void manyToOneEqualsComparesTheForeignKeyWithTheTargetsKey() {
        SelectStatementProvider statement = where(address.emailAddress, address, refersTo(ADDRESS_USER, user(2)));

        assertThat(statement.getSelectStatement())
                .isEqualTo("select email_address from address where address.user_id = " + P1);
        assertThat(statement.getParameters()).containsExactlyEntriesOf(java.util.Map.of("p1", 2));
    }

    @Test
    void manyToOneEqualsWithACompositeKeyComparesEveryColumn() {
        SelectStatementProvider statement = where(customerOrderLine.product, customerOrderLine,
                refersTo(LINE_ORDER, order(1, 2)));

        assertThat(statement.getSelectStatement()).isEqualTo("select product from customer_order_line"
                + " where customer_order_line.order_id = " + P1 + " and customer_order_line.customer_id = " + P2);
        assertThat(statement.getParameters()).containsEntry("p1", 1).containsEntry("p2", 2);
    }

    @Test
    void manyToOneNotEqualsIncludesRowsWhoseForeignKeyIsNull() {
        SelectStatementProvider alone = where(address.emailAddress, address, doesNotReferTo(ADDRESS_USER, user(2)));
        SelectStatementProvider combined = select(address.emailAddress).from(address)
                .where(address.city, isEqualTo("Bikini Bottom"))
                .and(doesNotReferTo(ADDRESS_USER, user(2)))
                .build().render(MYBATIS3);

        assertThat(alone.getSelectStatement()).isEqualTo("select email_address from address"
                + " where address.user_id <> " + P1 + " or address.user_id is null");
        assertThat(alone.getParameters()).containsEntry("p1", 2);
        // parenthesised where it meets other criteria, so the OR stays inside
        assertThat(combined.getSelectStatement()).isEqualTo("select email_address from address"
                + " where city = #{parameters.p1,jdbcType=VARCHAR}"
                + " and (address.user_id <> " + P2 + " or address.user_id is null)");
    }

    @Test
    void manyToOneNotEqualsWithACompositeKeyIsNullAwareOnEveryColumn() {
        SelectStatementProvider statement = select(customerOrderLine.product).from(customerOrderLine)
                .where(customerOrderLine.product, isEqualTo("Widget"))
                .and(doesNotReferTo(LINE_ORDER, order(1, 2)))
                .build().render(MYBATIS3);

        assertThat(statement.getSelectStatement()).isEqualTo("select product from customer_order_line"
                + " where product = #{parameters.p1,jdbcType=VARCHAR}"
                + " and (customer_order_line.order_id <> " + P2
                + " or customer_order_line.customer_id <> #{parameters.p3,jdbcType=INTEGER}"
                + " or customer_order_line.order_id is null or customer_order_line.customer_id is null)");
        assertThat(statement.getParameters()).containsEntry("p2", 1).containsEntry("p3", 2);
    }

    @Test
    void manyToOneEqualsNullIsIsNullAndNotEqualsNullIsIsNotNull() {
        assertThat(where(address.emailAddress, address, refersTo(ADDRESS_USER, null)).getSelectStatement())
                .isEqualTo("select email_address from address where address.user_id is null");
        assertThat(where(address.emailAddress, address, doesNotReferTo(ADDRESS_USER, null)).getSelectStatement())
                .isEqualTo("select email_address from address where address.user_id is not null");
        assertThat(where(customerOrderLine.product, customerOrderLine, refersTo(LINE_ORDER, null)).getSelectStatement())
                .isEqualTo("select product from customer_order_line"
                        + " where customer_order_line.order_id is null and customer_order_line.customer_id is null");
    }

    @Test
    void aliasedOwnerQualifiesTheForeignKeyWithTheAlias() {
        SelectStatementProvider equal = select(address.emailAddress).from(address, "a")
                .where(refersToFrom("a", ADDRESS_USER, user(4))).build().render(MYBATIS3);
        SelectStatementProvider notEqual = select(address.emailAddress).from(address, "a")
                .where(address.city, isEqualTo("Bikini Bottom"))
                .and(doesNotReferToFrom("a", ADDRESS_USER, user(4))).build().render(MYBATIS3);

        assertThat(equal.getSelectStatement()).isEqualTo("select a.email_address from address a where a.user_id = " + P1);
        assertThat(notEqual.getSelectStatement()).isEqualTo("select a.email_address from address a"
                + " where a.city = #{parameters.p1,jdbcType=VARCHAR} and (a.user_id <> " + P2 + " or a.user_id is null)");
    }

    @Test
    void compositeEqualityIsParenthesisedWhereItMeetsOtherCriteria() {
        SelectStatementProvider statement = select(customerOrderLine.product).from(customerOrderLine)
                .where(customerOrderLine.product, isEqualTo("Widget"))
                .and(refersTo(LINE_ORDER, order(1, 2)))
                .build().render(MYBATIS3);

        assertThat(statement.getSelectStatement()).isEqualTo("select product from customer_order_line"
                + " where product = #{parameters.p1,jdbcType=VARCHAR}"
                + " and (customer_order_line.order_id = " + P2
                + " and customer_order_line.customer_id = #{parameters.p3,jdbcType=INTEGER})");
    }

    @Test
    void aliasedQueriesQualifyContainsAndWithParentWithTheAlias() {
        SelectStatementProvider containing = select(userAccount.name).from(userAccount, "u")
                .where(containsFrom("u", ADDRESSES, address(3, 2))).build().render(MYBATIS3);
        SelectStatementProvider children = select(address.emailAddress).from(address, "a")
                .where(withParentFrom("a", user(2), ADDRESSES)).build().render(MYBATIS3);
        SelectStatementProvider tagsOfPost = select(TagDynamicSqlSupport.tag.name).from(TagDynamicSqlSupport.tag, "t")
                .where(withParentFrom("t", post(1), POST_TAGS)).build().render(MYBATIS3);

        assertThat(containing.getSelectStatement()).isEqualTo("select u.name from user_account u where u.id = " + P1);
        assertThat(children.getSelectStatement()).isEqualTo("select a.email_address from address a where a.user_id = " + P1);
        assertThat(tagsOfPost.getSelectStatement()).isEqualTo("select t.name from tag t where exists (select 1"
                + " from post_tag tags_link where tags_link.post_id = " + P1 + " and tags_link.tag_id = t.id)");
    }

    // ---- one-to-one from the side without the foreign key ----

    @Test
    void oneToOneEqualsComparesTheOwnersKeyWithTheTargetsForeignKey() {
        SelectStatementProvider statement = where(userAccount.name, userAccount, refersTo(PROFILE, profile(1, 2)));

        assertThat(statement.getSelectStatement()).isEqualTo("select name from user_account where user_account.id = " + P1);
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void oneToOneNullAndNotEqualsUseCorrelatedExists() {
        assertThat(where(userAccount.name, userAccount, refersTo(PROFILE, null)).getSelectStatement())
                .isEqualTo("select name from user_account where not exists (select 1 from user_profile profile"
                        + " where profile.user_id = user_account.id)");
        assertThat(where(userAccount.name, userAccount, doesNotReferTo(PROFILE, null)).getSelectStatement())
                .isEqualTo("select name from user_account where exists (select 1 from user_profile profile"
                        + " where profile.user_id = user_account.id)");
        SelectStatementProvider notEqual = where(userAccount.name, userAccount, doesNotReferTo(PROFILE, profile(1, 2)));
        assertThat(notEqual.getSelectStatement())
                .isEqualTo("select name from user_account where not exists (select 1 from user_profile profile"
                        + " where profile.user_id = user_account.id and profile.id = " + P1 + ")");
        assertThat(notEqual.getParameters()).containsEntry("p1", 1);
    }

    // ---- collection contains ----

    @Test
    void oneToManyContainsComparesTheOwnersKeyWithTheElementsForeignKey() {
        SelectStatementProvider statement = where(userAccount.name, userAccount, contains(ADDRESSES, address(3, 2)));

        assertThat(statement.getSelectStatement()).isEqualTo("select name from user_account where user_account.id = " + P1);
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void oneToManyContainsWithACompositeForeignKeyComparesEveryColumn() {
        SelectStatementProvider statement = where(customerOrder.id, customerOrder, contains(LINES, line(5, 1, 2)));

        assertThat(statement.getSelectStatement()).isEqualTo("select id from customer_order"
                + " where customer_order.id = " + P1 + " and customer_order.customer_id = " + P2);
        assertThat(statement.getParameters()).containsEntry("p1", 1).containsEntry("p2", 2);
    }

    @Test
    void manyToManyContainsIsACorrelatedExistsThroughTheLinkTable() {
        SelectStatementProvider statement = where(PostDynamicSqlSupport.post.title, PostDynamicSqlSupport.post,
                contains(POST_TAGS, tag(2)));

        assertThat(statement.getSelectStatement()).isEqualTo("select title from post where exists (select 1"
                + " from post_tag tags_link join tag tags on tags.id = tags_link.tag_id"
                + " where tags_link.post_id = post.id and tags.id = " + P1 + ")");
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    // ---- with_parent ----

    @Test
    void withParentOfAOneToManySelectsTheChildrenByTheParentsKey() {
        SelectStatementProvider statement = where(address.emailAddress, address, withParent(user(2), ADDRESSES));

        assertThat(statement.getSelectStatement())
                .isEqualTo("select email_address from address where address.user_id = " + P1);
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void withParentOfAManyToOneSelectsTheTargetByTheParentsForeignKey() {
        SelectStatementProvider statement = where(userAccount.name, userAccount, withParent(address(3, 2), ADDRESS_USER));

        assertThat(statement.getSelectStatement()).isEqualTo("select name from user_account where user_account.id = " + P1);
        assertThat(statement.getParameters()).containsEntry("p1", 2);
    }

    @Test
    void withParentWithACompositeKeyComparesEveryColumn() {
        SelectStatementProvider statement = where(customerOrderLine.product, customerOrderLine,
                withParent(order(1, 2), LINES));

        assertThat(statement.getSelectStatement()).isEqualTo("select product from customer_order_line"
                + " where customer_order_line.order_id = " + P1 + " and customer_order_line.customer_id = " + P2);
        assertThat(statement.getParameters()).containsEntry("p1", 1).containsEntry("p2", 2);
    }

    @Test
    void withParentOfAManyToManyCorrelatesTheLinkTableWithTheTarget() {
        SelectStatementProvider statement = where(TagDynamicSqlSupport.tag.name, TagDynamicSqlSupport.tag,
                withParent(post(1), POST_TAGS));

        assertThat(statement.getSelectStatement()).isEqualTo("select name from tag where exists (select 1"
                + " from post_tag tags_link where tags_link.post_id = " + P1 + " and tags_link.tag_id = tag.id)");
        assertThat(statement.getParameters()).containsEntry("p1", 1);
    }

    // ---- errors ----

    @Test
    void aNewObjectWithoutAKeyIsRejectedNamingEntityAndRelationship() {
        User newUser = new User("gary", "Gary the Snail");

        assertThatThrownBy(() -> refersTo(ADDRESS_USER, newUser))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Address.user")
                .hasMessageContaining("new User that has no key")
                .hasMessageContaining("User.id");
        assertThatThrownBy(() -> doesNotReferTo(HOME_ADDRESS, new Address("new@example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.homeAddress")
                .hasMessageContaining("new Address");
        assertThatThrownBy(() -> contains(ADDRESSES, new Address("new@example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.addresses")
                .hasMessageContaining("new Address");
        assertThatThrownBy(() -> withParent(newUser, ADDRESSES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.addresses")
                .hasMessageContaining("new User");
    }

    @Test
    void aCompositeKeyWithAMissingPartCountsAsNoKey() {
        CustomerOrder half = new CustomerOrder();
        half.setId(1);

        assertThatThrownBy(() -> refersTo(LINE_ORDER, half))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CustomerOrderLine.order")
                .hasMessageContaining("new CustomerOrder");
    }

    @Test
    void rejectsAComparisonThatDoesNotFitTheRelationshipsCardinality() {
        assertThatThrownBy(() -> refersTo(ADDRESSES, address(1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.addresses")
                .hasMessageContaining("use contains()");
        assertThatThrownBy(() -> contains(ADDRESS_USER, user(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Address.user")
                .hasMessageContaining("use refersTo()");
        assertThatThrownBy(() -> contains(ADDRESSES, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.addresses needs an element of type Address, not null");
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
