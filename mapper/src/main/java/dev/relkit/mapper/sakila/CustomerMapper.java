package dev.relkit.mapper.sakila;

import dev.relkit.mapper.sakila.AddressDynamicSqlSupport.AddressTable;
import dev.relkit.mapper.sakila.CityDynamicSqlSupport.CityTable;
import dev.relkit.mapper.sakila.CountryDynamicSqlSupport.CountryTable;
import dev.relkit.mapper.sakila.CustomerDynamicSqlSupport.CustomerTable;
import dev.relkit.mapper.sakila.StoreDynamicSqlSupport.StoreTable;
import dev.relkit.model.sakila.Customer;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipPath;
import dev.relkit.relation.SelectList;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.Collection;
import java.util.List;

import static dev.relkit.mapper.sakila.SakilaRelationships.ADDRESS_CITY;
import static dev.relkit.mapper.sakila.SakilaRelationships.CITY_COUNTRY;
import static dev.relkit.mapper.sakila.SakilaRelationships.CUSTOMER;
import static dev.relkit.mapper.sakila.SakilaRelationships.CUSTOMER_ADDRESS;
import static dev.relkit.mapper.sakila.SakilaRelationships.CUSTOMER_STORE;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Customers with the many-to-one chain {@code customer -> address -> city -> country} and their
 * store, joined in one statement; both forms map rows with the XML resultMap
 * {@code customerWithAddressAndStoreResult}. Rentals and payments are collections, loaded by
 * relkit's loader.
 */
public interface CustomerMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.CustomerMapper";

    CustomerTable customer = CustomerDynamicSqlSupport.customer.withAlias("customer");
    /** {@code Customer.address}'s role. */
    AddressTable address = AddressDynamicSqlSupport.address.withAlias(CUSTOMER_ADDRESS.roleAlias());
    /** {@code Address.city}'s role. */
    CityTable city = CityDynamicSqlSupport.city.withAlias(ADDRESS_CITY.roleAlias());
    /** {@code City.country}'s role. */
    CountryTable country = CountryDynamicSqlSupport.country.withAlias(CITY_COUNTRY.roleAlias());
    /** {@code Customer.store}'s role. */
    StoreTable store = StoreDynamicSqlSupport.store.withAlias(CUSTOMER_STORE.roleAlias());

    /**
     * The columns {@code customerWithAddressAndStoreResult} reads, their prefixes derived from the
     * relationship paths ({@code address__city__country__}); the XML statement selects
     * {@code ${@...CustomerMapper@customerWithAddressAndStore.sql()}}.
     */
    SelectList customerWithAddressAndStore = SelectList.of(CUSTOMER, customer)
            .and(RelationshipPath.of(CUSTOMER_ADDRESS), address)
            .and(RelationshipPath.of(CUSTOMER_ADDRESS, ADDRESS_CITY), city)
            .and(RelationshipPath.of(CUSTOMER_ADDRESS, ADDRESS_CITY, CITY_COUNTRY), country)
            .and(RelationshipPath.of(CUSTOMER_STORE), store);

    /** {@link #customerWithAddressAndStore} for mybatis-dynamic-sql. */
    BasicColumn[] customerWithAddressAndStoreSelectList = customerWithAddressAndStore.columns();

    // ---- XML (CustomerMapper.xml) ----

    /** One customer with address, city, country and store, or null. */
    Customer selectWithAddressAndStoreById(int customerId);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("customerWithAddressAndStoreResult")
    List<Customer> selectManyWithAddressAndStore(SelectStatementProvider selectStatement);

    /** Customers with address chain and store, ordered by id. */
    default List<Customer> selectWithAddressAndStoreByIds(Collection<Integer> customerIds) {
        return customerIds.isEmpty() ? List.of()
                : selectManyWithAddressAndStore(selectWithAddressAndStoreByIdsStatement(customerIds));
    }

    /** The rendered statement of {@link #selectWithAddressAndStoreByIds}; {@code customerIds} must not be empty. */
    static SelectStatementProvider selectWithAddressAndStoreByIdsStatement(Collection<Integer> customerIds) {
        SakilaIds.requireNotEmpty(customerIds, "customer");
        var query = RelationshipJoins.on(select(customerWithAddressAndStoreSelectList).from(customer).join(address),
                CUSTOMER_ADDRESS, customer, address);
        query = RelationshipJoins.on(query.join(city), ADDRESS_CITY, address, city);
        query = RelationshipJoins.on(query.join(country), CITY_COUNTRY, city, country);
        query = RelationshipJoins.on(query.join(store), CUSTOMER_STORE, customer, store);
        return query.where(customer.customerId, isIn(customerIds))
                .orderBy(customer.customerId)
                .build()
                .render(MYBATIS3);
    }
}
