package dev.relkit.mapper.querying;

import dev.relkit.mapper.user.AddressDynamicSqlSupport;
import dev.relkit.mapper.user.AddressMapper;
import dev.relkit.mapper.user.UserMapper;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.relation.PrefixedColumns;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.Buildable;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.util.List;
import java.util.stream.Stream;

import static dev.relkit.mapper.user.AddressDynamicSqlSupport.address;
import static dev.relkit.mapper.user.UserAccountDynamicSqlSupport.userAccount;
import static dev.relkit.mapper.user.UserRelationships.ADDRESSES;
import static dev.relkit.relation.PrefixedColumns.concat;
import static org.mybatis.dynamic.sql.SqlBuilder.equalTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isLessThanOrEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isLike;
import static org.mybatis.dynamic.sql.SqlBuilder.isNotNull;
import static org.mybatis.dynamic.sql.SqlBuilder.isNull;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * SQLAlchemy's ORM querying guide on users and addresses, each pattern as an XML statement
 * ({@code UserQueryMapper.xml}) and, where the pattern is not textual SQL by nature, as a
 * mybatis-dynamic-sql statement whose joins come from {@link dev.relkit.mapper.user.UserRelationships#ADDRESSES}.
 * Every pattern runs as one statement.
 *
 * <table>
 *   <caption>SQLAlchemy pattern and relkit method</caption>
 *   <tr><td>{@code select(User, Address).join(User.addresses)}</td><td>{@link #selectUserAddressRows}</td></tr>
 *   <tr><td>{@code aliased(Address)} twice</td><td>{@link #selectUsersWithBothEmails}</td></tr>
 *   <tr><td>{@code Bundle("user", User.name, ...)}</td><td>{@link #selectUserEmailBundles}</td></tr>
 *   <tr><td>{@code from_statement(text(...))}</td><td>{@link #selectUsersFromTextualSql}</td></tr>
 *   <tr><td>{@code aliased(Address, subq)}</td><td>{@link #selectAddressesFromSubquery}</td></tr>
 *   <tr><td>{@code union(...)}, {@code union_all(...)}</td><td>{@link #selectUsersFromUnion}, {@link #selectUsersFromUnionAll}</td></tr>
 *   <tr><td>{@code aliased(User, union(...).subquery())} filtered</td><td>{@link #selectUsersFromUnionSubquery}</td></tr>
 *   <tr><td>{@code join(User.addresses.and_(...))}</td><td>{@link #selectUsersWithAddressMatchingOnClause}</td></tr>
 *   <tr><td>{@code Address} joined twice, filtered apart</td><td>{@link #selectPostalAndEmailOnlyAddresses}</td></tr>
 *   <tr><td>{@code join(subq, User.addresses)}</td><td>{@link #selectUserAddressRowsJoinedToSubquery}</td></tr>
 * </table>
 */
public interface UserQueryMapper extends CommonCountMapper {

    String NAMESPACE = "dev.relkit.mapper.querying.UserQueryMapper";

    /** {@code User.addresses}'s role in joins. */
    AddressDynamicSqlSupport.AddressTable addresses = address.withAlias(ADDRESSES.roleAlias());
    /** The first of two named aliases of {@code address}. */
    AddressDynamicSqlSupport.AddressTable address1 = address.withAlias("address_1");
    /** The second of two named aliases of {@code address}. */
    AddressDynamicSqlSupport.AddressTable address2 = address.withAlias("address_2");
    /** {@code address} in the role of a user's address with a street. */
    AddressDynamicSqlSupport.AddressTable postalAddress = address.withAlias("postal_address");
    /** {@code address} in the role of a user's address without a street. */
    AddressDynamicSqlSupport.AddressTable emailOnlyAddress = address.withAlias("email_only_address");
    /** The alias of the address subquery ({@code aliased(Address, subq)}). */
    String ADDRESS_SUBQUERY = "address_subq";
    /** The alias of the union used as a subquery. */
    String USER_UNION = "user_union";

    /** A user's columns, unprefixed, as {@code userResult} reads them. */
    BasicColumn[] userSelectList = userAccount.columns("");

    /** A user under {@code u_} and an address under {@code a_}, as {@code userAddressRowResult} reads them. */
    BasicColumn[] userAddressRowSelectList = concat(userAccount.columns("u_"), addresses.columns("a_"));

    // ---- XML statements (UserQueryMapper.xml) ----

    /** Every (user, address) pair of the inner join, by address id: a user with two addresses gives two rows. */
    List<UserAddressRow> selectUserAddressRows();

    /** Users that have an address with each e-mail, through two named aliases of {@code address}. */
    List<User> selectUsersWithBothEmails(@Param("firstEmail") String firstEmail, @Param("secondEmail") String secondEmail);

    /** Name, full name and e-mail per address, grouped into a {@link UserEmailBundle}, by address id. */
    List<UserEmailBundle> selectUserEmailBundles();

    /** Users read by a hand-written SQL string mapped to the entity (no dynamic form: it is textual SQL). */
    List<User> selectUsersFromTextualSql(String fullnamePattern);

    /** Addresses selected from a subquery of addresses whose e-mail matches, by id. */
    List<Address> selectAddressesFromSubquery(String emailPattern);

    /** Users with id up to {@code maxId} UNION users with a home address: each user once, by id. */
    List<User> selectUsersFromUnion(int maxId);

    /** As {@link #selectUsersFromUnion} with UNION ALL: a user in both halves comes back twice. */
    List<User> selectUsersFromUnionAll(int maxId);

    /** The union as a subquery, filtered to users with a work address and ordered by name descending. */
    List<User> selectUsersFromUnionSubquery(int maxId);

    /**
     * Every user, outer-joined to their address only when its e-mail is {@code email}: the extra
     * criterion sits in the ON clause, so users without such an address stay, with a null address.
     */
    List<UserAddressRow> selectUsersWithAddressMatchingOnClause(String email);

    /** Users with an address that has a street and one that has none: {@code address} joined twice. */
    List<UserAddressPairRow> selectPostalAndEmailOnlyAddresses();

    /** Users joined to the subquery of addresses whose e-mail matches, one row per pair, by address id. */
    List<UserAddressRow> selectUserAddressRowsJoinedToSubquery(String emailPattern);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap(UserMapper.NAMESPACE + ".userResult")
    List<User> selectManyUsers(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap(AddressMapper.NAMESPACE + ".addressResult")
    List<Address> selectManyAddresses(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("userAddressRowResult")
    List<UserAddressRow> selectManyUserAddressRows(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("userEmailBundleResult")
    List<UserEmailBundle> selectManyUserEmailBundles(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("userAddressPairRowResult")
    List<UserAddressPairRow> selectManyUserAddressPairRows(SelectStatementProvider selectStatement);

    default List<UserAddressRow> selectUserAddressRowsDynamic() {
        return selectManyUserAddressRows(selectUserAddressRowsStatement());
    }

    default List<User> selectUsersWithBothEmailsDynamic(String firstEmail, String secondEmail) {
        return selectManyUsers(selectUsersWithBothEmailsStatement(firstEmail, secondEmail));
    }

    default List<UserEmailBundle> selectUserEmailBundlesDynamic() {
        return selectManyUserEmailBundles(selectUserEmailBundlesStatement());
    }

    default List<Address> selectAddressesFromSubqueryDynamic(String emailPattern) {
        return selectManyAddresses(selectAddressesFromSubqueryStatement(emailPattern));
    }

    default List<User> selectUsersFromUnionDynamic(int maxId) {
        return selectManyUsers(selectUsersFromUnionStatement(maxId));
    }

    default List<User> selectUsersFromUnionAllDynamic(int maxId) {
        return selectManyUsers(selectUsersFromUnionAllStatement(maxId));
    }

    default List<User> selectUsersFromUnionSubqueryDynamic(int maxId) {
        return selectManyUsers(selectUsersFromUnionSubqueryStatement(maxId));
    }

    default List<UserAddressRow> selectUsersWithAddressMatchingOnClauseDynamic(String email) {
        return selectManyUserAddressRows(selectUsersWithAddressMatchingOnClauseStatement(email));
    }

    default List<UserAddressPairRow> selectPostalAndEmailOnlyAddressesDynamic() {
        return selectManyUserAddressPairRows(selectPostalAndEmailOnlyAddressesStatement());
    }

    default List<UserAddressRow> selectUserAddressRowsJoinedToSubqueryDynamic(String emailPattern) {
        return selectManyUserAddressRows(selectUserAddressRowsJoinedToSubqueryStatement(emailPattern));
    }

    /** {@code select(User, Address).join(User.addresses).order_by(Address.id)}. */
    static SelectStatementProvider selectUserAddressRowsStatement() {
        return RelationshipJoins.on(select(userAddressRowSelectList).from(userAccount).join(addresses),
                        ADDRESSES, userAccount, addresses)
                .orderBy(addresses.id.as("a_id"))
                .build()
                .render(MYBATIS3);
    }

    /** Two named aliases of {@code address}, each joined along {@code User.addresses} and filtered on its own. */
    static SelectStatementProvider selectUsersWithBothEmailsStatement(String firstEmail, String secondEmail) {
        var withFirst = RelationshipJoins.on(select(userSelectList).from(userAccount).join(address1),
                ADDRESSES, userAccount, address1);
        return RelationshipJoins.on(withFirst.join(address2), ADDRESSES, userAccount, address2)
                .where(address1.emailAddress, isEqualTo(firstEmail))
                .and(address2.emailAddress, isEqualTo(secondEmail))
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    /** Columns of two tables selected for a bundle; {@code address_id} is the row's identity. */
    static SelectStatementProvider selectUserEmailBundlesStatement() {
        return RelationshipJoins.on(select(userAccount.name, userAccount.fullname, addresses.emailAddress,
                                addresses.id.as("address_id"))
                        .from(userAccount).join(addresses), ADDRESSES, userAccount, addresses)
                .orderBy(addresses.id.as("address_id"))
                .build()
                .render(MYBATIS3);
    }

    /** {@code select(aliased(Address, subq)).order_by(...)} over the subquery of matching addresses. */
    static SelectStatementProvider selectAddressesFromSubqueryStatement(String emailPattern) {
        return select(addressColumnsOf(ADDRESS_SUBQUERY, ""))
                .from(matchingAddresses(emailPattern), ADDRESS_SUBQUERY)
                .orderBy(address.id)
                .build()
                .render(MYBATIS3);
    }

    static SelectStatementProvider selectUsersFromUnionStatement(int maxId) {
        return select(userSelectList).from(userAccount).where(userAccount.id, isLessThanOrEqualTo(maxId))
                .union()
                .select(userSelectList).from(userAccount).where(userAccount.homeAddressId, isNotNull())
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    static SelectStatementProvider selectUsersFromUnionAllStatement(int maxId) {
        return select(userSelectList).from(userAccount).where(userAccount.id, isLessThanOrEqualTo(maxId))
                .unionAll()
                .select(userSelectList).from(userAccount).where(userAccount.homeAddressId, isNotNull())
                .orderBy(userAccount.id)
                .build()
                .render(MYBATIS3);
    }

    /** The union as a derived table {@code user_union}, filtered and ordered outside. */
    static SelectStatementProvider selectUsersFromUnionSubqueryStatement(int maxId) {
        Buildable<SelectModel> union = select(userSelectList).from(userAccount).where(userAccount.id, isLessThanOrEqualTo(maxId))
                .union()
                .select(userSelectList).from(userAccount).where(userAccount.homeAddressId, isNotNull());
        return select(userColumnsOf(USER_UNION))
                .from(union, USER_UNION)
                .where(userAccount.workAddressId.qualifiedWith(USER_UNION), isNotNull())
                .orderBy(userAccount.name.descending())
                .build()
                .render(MYBATIS3);
    }

    /** {@code outerjoin(User.addresses.and_(Address.email_address == email))}: the declared ON plus one criterion. */
    static SelectStatementProvider selectUsersWithAddressMatchingOnClauseStatement(String email) {
        return RelationshipJoins.on(select(userAddressRowSelectList).from(userAccount).leftJoin(addresses),
                        ADDRESSES, userAccount, addresses)
                .and(addresses.emailAddress, equalTo(email))
                .orderBy(userAccount.id.as("u_id"))
                .build()
                .render(MYBATIS3);
    }

    /** {@code address} joined twice along {@code User.addresses}, each alias filtered differently. */
    static SelectStatementProvider selectPostalAndEmailOnlyAddressesStatement() {
        BasicColumn[] columns = concat(userAccount.columns("u_"),
                postalAddress.columns("pa_"), emailOnlyAddress.columns("eo_"));
        var withPostal = RelationshipJoins.on(select(columns).from(userAccount).join(postalAddress),
                ADDRESSES, userAccount, postalAddress);
        return RelationshipJoins.on(withPostal.join(emailOnlyAddress), ADDRESSES, userAccount, emailOnlyAddress)
                .where(postalAddress.street, isNotNull())
                .and(emailOnlyAddress.street, isNull())
                .orderBy(userAccount.id.as("u_id"), postalAddress.id.as("pa_id"), emailOnlyAddress.id.as("eo_id"))
                .build()
                .render(MYBATIS3);
    }

    /**
     * {@code join(subq, User.addresses)}: the relationship's ON clause against the subquery's alias.
     * The user table is given its own name as an explicit alias: mybatis-dynamic-sql 1.5.2 does not
     * qualify a table's columns when the only other table is a derived one, and both have an {@code id}.
     */
    static SelectStatementProvider selectUserAddressRowsJoinedToSubqueryStatement(String emailPattern) {
        BasicColumn[] columns = concat(userAccount.columns("u_"), addressColumnsOf(ADDRESS_SUBQUERY, "a_"));
        return RelationshipJoins.on(select(columns).from(userAccount, userAccount.tableNameAtRuntime())
                                .join(matchingAddresses(emailPattern), ADDRESS_SUBQUERY),
                        ADDRESSES, userAccount, address.withAlias(ADDRESS_SUBQUERY))
                .orderBy(address.id.as("a_id"))
                .build()
                .render(MYBATIS3);
    }

    /** The subquery {@code select(Address).where(Address.email_address.like(pattern))}. */
    static Buildable<SelectModel> matchingAddresses(String emailPattern) {
        return select(address.columns("")).from(address).where(address.emailAddress, isLike(emailPattern));
    }

    /** The user columns of a derived table, qualified with its alias. */
    private static BasicColumn[] userColumnsOf(String derivedTable) {
        return Stream.of(userAccount.id, userAccount.name, userAccount.fullname, userAccount.homeAddressId,
                        userAccount.workAddressId)
                .map(column -> column.qualifiedWith(derivedTable))
                .toArray(BasicColumn[]::new);
    }

    /** The address columns of a derived table, qualified with its alias, under a prefix. */
    private static BasicColumn[] addressColumnsOf(String derivedTable, String prefix) {
        return PrefixedColumns.of(prefix, Stream.of(address.id, address.userId, address.emailAddress, address.street,
                        address.city, address.postalCode)
                .map(column -> column.qualifiedWith(derivedTable))
                .toArray(SqlColumn[]::new));
    }
}
