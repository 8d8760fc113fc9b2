package dev.relkit.mapper.user;

import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.user.AddressDynamicSqlSupport.address;
import static dev.relkit.mapper.user.UserRelationships.ADDRESSES;
import static dev.relkit.mapper.user.UserRelationships.ADDRESS_USER;
import static dev.relkit.relation.InstanceComparisons.doesNotReferTo;
import static dev.relkit.relation.InstanceComparisons.refersTo;
import static dev.relkit.relation.InstanceComparisons.withParent;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Addresses. The XML ({@code AddressMapper.xml}) publishes the reusable {@code addressColumns}
 * fragment and {@code addressResult} resultMap that user queries apply once per role
 * ({@code home_address}, {@code work_address}, {@code addresses}).
 *
 * <p>The queries compare {@code Address.user} with a user object, in XML and through
 * {@link dev.relkit.relation.InstanceComparisons} built from {@link UserRelationships#ADDRESS_USER}
 * and {@link UserRelationships#ADDRESSES}.
 */
public interface AddressMapper {

    String NAMESPACE = "dev.relkit.mapper.user.AddressMapper";

    /** The columns {@code addressResult} reads, unprefixed. */
    BasicColumn[] addressSelectList = {
            address.id, address.userId, address.emailAddress, address.street, address.city, address.postalCode};

    // ---- XML statements (AddressMapper.xml) ----

    /** Inserts an address with its {@code user_id}; the generated id is set on the object. */
    int insert(Address address);

    Address selectById(int id);

    /** {@code Address.user == user} (the same SQL as {@code with_parent(user, User.addresses)}). */
    List<Address> selectByUser(User user);

    /** {@code Address.user != user}, NULL-aware: addresses without a user are included. */
    List<Address> selectNotOwnedBy(User user);

    /** {@code Address.user == None}. */
    List<Address> selectWithoutUser();

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("addressResult")
    List<Address> selectMany(SelectStatementProvider selectStatement);

    /** {@link #selectByUser} built with {@code refersTo(ADDRESS_USER, user)}. */
    default List<Address> selectByUserDynamic(User user) {
        return selectMany(selectByUserStatement(user));
    }

    /** {@link #selectNotOwnedBy} built with {@code doesNotReferTo(ADDRESS_USER, user)}. */
    default List<Address> selectNotOwnedByDynamic(User user) {
        return selectMany(selectNotOwnedByStatement(user));
    }

    /** {@link #selectWithoutUser} built with {@code refersTo(ADDRESS_USER, null)}. */
    default List<Address> selectWithoutUserDynamic() {
        return selectMany(selectWithoutUserStatement());
    }

    /** {@code with_parent(user, User.addresses)}. */
    default List<Address> selectWithParentDynamic(User user) {
        return selectMany(selectWithParentStatement(user));
    }

    static SelectStatementProvider selectByUserStatement(User user) {
        return selectWhere(refersTo(ADDRESS_USER, user));
    }

    static SelectStatementProvider selectNotOwnedByStatement(User user) {
        return selectWhere(doesNotReferTo(ADDRESS_USER, user));
    }

    static SelectStatementProvider selectWithoutUserStatement() {
        return selectWhere(refersTo(ADDRESS_USER, null));
    }

    static SelectStatementProvider selectWithParentStatement(User user) {
        return selectWhere(withParent(user, ADDRESSES));
    }

    private static SelectStatementProvider selectWhere(SqlCriterion criterion) {
        return select(addressSelectList).from(address)
                .where(criterion)
                .orderBy(address.id)
                .build()
                .render(MYBATIS3);
    }
}
