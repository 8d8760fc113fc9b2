package dev.relkit.mapper.user;

import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.ExistsPredicate;
import org.mybatis.dynamic.sql.SqlBuilder;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.util.List;

import static dev.relkit.mapper.user.AddressDynamicSqlSupport.address;
import static dev.relkit.mapper.user.UserAccountDynamicSqlSupport.userAccount;
import static dev.relkit.mapper.user.UserProfileDynamicSqlSupport.userProfile;
import static dev.relkit.mapper.user.UserRelationships.ADDRESSES;
import static dev.relkit.mapper.user.UserRelationships.HOME_ADDRESS;
import static dev.relkit.mapper.user.UserRelationships.PROFILE;
import static dev.relkit.mapper.user.UserRelationships.WORK_ADDRESS;
import static dev.relkit.relation.InstanceComparisons.contains;
import static dev.relkit.relation.PrefixedColumns.concat;
import static dev.relkit.relation.RelationshipPredicates.any;
import static dev.relkit.relation.RelationshipPredicates.has;
import static dev.relkit.relation.RelationshipPredicates.none;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.SqlBuilder.sortColumn;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Users with their addresses and profile: two foreign keys to one table ({@code homeAddress},
 * {@code workAddress}), a one-to-many ({@code addresses}) and a one-to-one ({@code profile}).
 *
 * <p>Each query exists twice: as an XML statement ({@code UserMapper.xml}, joins under the role
 * aliases {@code home_address}, {@code work_address}, {@code addresses}, {@code profile}) and as a
 * mybatis-dynamic-sql default method whose joins and {@code EXISTS} subqueries come from
 * {@link UserRelationships}. Both map rows with the same XML resultMaps.
 */
public interface UserMapper extends CommonCountMapper {

    String NAMESPACE = "dev.relkit.mapper.user.UserMapper";

    /** {@code User.homeAddress}'s role in joined queries. */
    AddressDynamicSqlSupport.AddressTable homeAddress = address.withAlias(HOME_ADDRESS.roleAlias());
    /** {@code User.workAddress}'s role in joined queries. */
    AddressDynamicSqlSupport.AddressTable workAddress = address.withAlias(WORK_ADDRESS.roleAlias());
    /** {@code User.addresses}' role in joined queries. */
    AddressDynamicSqlSupport.AddressTable addresses = address.withAlias(ADDRESSES.roleAlias());
    /** {@code User.profile}'s role in joined queries. */
    UserProfileDynamicSqlSupport.UserProfileTable profile = userProfile.withAlias(PROFILE.roleAlias());

    /** The user's own columns, unprefixed ({@code userResult}). */
    BasicColumn[] userSelectList = {
            userAccount.id, userAccount.name, userAccount.fullname, userAccount.homeAddressId, userAccount.workAddressId};

    /** User columns, then home and work address columns under the prefixes {@code home_} and {@code work_}. */
    BasicColumn[] userWithHomeAndWorkSelectList =
            concat(userSelectList, homeAddress.columns("home_"), workAddress.columns("work_"));

    /** {@link #userWithHomeAndWorkSelectList} plus the {@code addresses} collection under {@code addr_}. */
    BasicColumn[] userWithAddressesSelectList = concat(userWithHomeAndWorkSelectList, addresses.columns("addr_"));

    /** User columns, then the profile's under {@code profile_}. */
    BasicColumn[] userWithProfileSelectList = {
            userAccount.id, userAccount.name, userAccount.fullname, userAccount.homeAddressId, userAccount.workAddressId,
            profile.id.as("profile_id"), profile.userId.as("profile_user_id"), profile.bio.as("profile_bio"),
            profile.website.as("profile_website")};

    // ---- XML statements (UserMapper.xml) ----

    /** Inserts a user; the generated id is set on the object. */
    int insert(User user);

    /** Writes the user's home and work address ids (the last step of inserting a user with new addresses). */
    int updateAddressIds(User user);

    /** One user with home and work address, from one statement joining {@code address} twice. */
    User selectWithHomeAndWorkById(int id);

    /** Every user with home and work address, one statement. */
    List<User> selectAllWithHomeAndWork();

    /** Users whose work address is in this city, filtered through the aliased join. */
    List<User> selectByWorkAddressCity(String city);

    /** Users by home and work postal code, through correlated {@code EXISTS} on both relationships. */
    List<User> selectByHomeAndWorkPostalCodes(@Param("homePostalCode") String homePostalCode,
                                              @Param("workPostalCode") String workPostalCode);

    /** Every user with home, work and all own addresses: one fanning-out statement, one object per user. */
    List<User> selectAllWithAddresses();

    /** One user with the one-to-one profile (null when none), one statement. */
    User selectWithProfileById(int id);

    /** {@code User.addresses.any()}. */
    List<User> selectWithAnyAddress();

    /** {@code User.addresses.any(Address.city == city)}. */
    List<User> selectByAnyAddressCity(String city);

    /** {@code ~User.addresses.any()}: users with no addresses. */
    List<User> selectWithoutAddresses();

    /** {@code User.addresses.contains(address)}, through the address's {@code user_id}. */
    List<User> selectContaining(Address address);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("userResult")
    List<User> selectMany(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("userWithHomeAndWorkResult")
    List<User> selectManyWithHomeAndWork(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("userWithAddressesResult")
    List<User> selectManyWithAddresses(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("userWithProfileResult")
    User selectOneWithProfile(SelectStatementProvider selectStatement);

    /** Users with {@code User.profile} joined (null without one), for any statement selecting {@link #userWithProfileSelectList}. */
    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("userWithProfileResult")
    List<User> selectManyWithProfile(SelectStatementProvider selectStatement);

    default User selectWithHomeAndWorkByIdDynamic(int id) {
        List<User> users = selectManyWithHomeAndWork(selectWithHomeAndWorkByIdStatement(id));
        return users.isEmpty() ? null : users.get(0);
    }

    default List<User> selectByWorkAddressCityDynamic(String city) {
        return selectManyWithHomeAndWork(selectByWorkAddressCityStatement(city));
    }

    default List<User> selectByHomeAndWorkPostalCodesDynamic(String homePostalCode, String workPostalCode) {
        return selectManyWithHomeAndWork(selectByHomeAndWorkPostalCodesStatement(homePostalCode, workPostalCode));
    }

    default List<User> selectAllWithAddressesDynamic() {
        return selectManyWithAddresses(selectAllWithAddressesStatement());
    }

    default User selectWithProfileByIdDynamic(int id) {
        return selectOneWithProfile(selectWithProfileByIdStatement(id));
    }

    default List<User> selectWithAnyAddressDynamic() {
        return selectMany(selectWithAnyAddressStatement());
    }

    default List<User> selectByAnyAddressCityDynamic(String city) {
        return selectMany(selectByAnyAddressCityStatement(city));
    }

    default List<User> selectWithoutAddressesDynamic() {
        return selectMany(selectWithoutAddressesStatement());
    }

    default List<User> selectContainingDynamic(Address address) {
        return selectMany(selectContainingStatement(address));
    }

    /** How many users have no address: {@code none(ADDRESSES)} in a count. */
    default long countWithoutAddresses() {
        return count(countWithoutAddressesStatement());
    }

    static SelectStatementProvider countWithoutAddressesStatement() {
        // qualified: inside the interface, count() would mean CommonCountMapper.count
        return select(SqlBuilder.count()).from(userAccount).where(none(ADDRESSES)).build().render(MYBATIS3);
    }

    static SelectStatementProvider selectWithHomeAndWorkByIdStatement(int id) {
        return withHomeAndWork(userWithHomeAndWorkSelectList)
                .where(userAccount.id, isEqualTo(id))
                .build()
                .render(MYBATIS3);
    }

    /** Filters through the {@code work_address} join: an inner join, so users without a work address drop out. */
    static SelectStatementProvider selectByWorkAddressCityStatement(String city) {
        var withWork = RelationshipJoins.on(select(userWithHomeAndWorkSelectList).from(userAccount).join(workAddress),
                WORK_ADDRESS, userAccount, workAddress);
        return RelationshipJoins.on(withWork.leftJoin(homeAddress), HOME_ADDRESS, userAccount, homeAddress)
                .where(workAddress.city, isEqualTo(city))
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    static SelectStatementProvider selectByHomeAndWorkPostalCodesStatement(String homePostalCode, String workPostalCode) {
        return withHomeAndWork(userWithHomeAndWorkSelectList)
                .where(has(HOME_ADDRESS, address.postalCode, isEqualTo(homePostalCode)))
                .and(has(WORK_ADDRESS, address.postalCode, isEqualTo(workPostalCode)))
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    static SelectStatementProvider selectAllWithAddressesStatement() {
        return RelationshipJoins.on(withHomeAndWork(userWithAddressesSelectList).leftJoin(addresses),
                        ADDRESSES, userAccount, addresses)
                .orderBy(userAccount.id, sortColumn(ADDRESSES.roleAlias(), address.id))
                .build()
                .render(MYBATIS3);
    }

    static SelectStatementProvider selectWithProfileByIdStatement(int id) {
        return RelationshipJoins.on(select(userWithProfileSelectList).from(userAccount).leftJoin(profile),
                        PROFILE, userAccount, profile)
                .where(userAccount.id, isEqualTo(id))
                .build()
                .render(MYBATIS3);
    }

    static SelectStatementProvider selectWithAnyAddressStatement() {
        return selectWhere(any(ADDRESSES));
    }

    static SelectStatementProvider selectByAnyAddressCityStatement(String city) {
        return select(userSelectList).from(userAccount)
                .where(any(ADDRESSES, address.city, isEqualTo(city)))
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    static SelectStatementProvider selectWithoutAddressesStatement() {
        return select(userSelectList).from(userAccount)
                .where(none(ADDRESSES))
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    static SelectStatementProvider selectContainingStatement(Address address) {
        return select(userSelectList).from(userAccount)
                .where(contains(ADDRESSES, address))
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    private static SelectStatementProvider selectWhere(ExistsPredicate predicate) {
        return select(userSelectList).from(userAccount)
                .where(predicate)
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    /** {@code from user_account left join address home_address ... left join address work_address ...}. */
    private static QueryExpressionDSL<SelectModel>.JoinSpecificationFinisher withHomeAndWork(BasicColumn[] selectList) {
        var withHome = RelationshipJoins.on(select(selectList).from(userAccount).leftJoin(homeAddress),
                HOME_ADDRESS, userAccount, homeAddress);
        return RelationshipJoins.on(withHome.leftJoin(workAddress), WORK_ADDRESS, userAccount, workAddress);
    }
}
