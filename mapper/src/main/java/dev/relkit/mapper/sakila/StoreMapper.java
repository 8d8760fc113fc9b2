package dev.relkit.mapper.sakila;

import dev.relkit.mapper.sakila.AddressDynamicSqlSupport.AddressTable;
import dev.relkit.mapper.sakila.CityDynamicSqlSupport.CityTable;
import dev.relkit.mapper.sakila.CountryDynamicSqlSupport.CountryTable;
import dev.relkit.mapper.sakila.StaffDynamicSqlSupport.StaffTable;
import dev.relkit.mapper.sakila.StoreDynamicSqlSupport.StoreTable;
import dev.relkit.model.sakila.Store;
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
import static dev.relkit.mapper.sakila.SakilaRelationships.STORE;
import static dev.relkit.mapper.sakila.SakilaRelationships.STORE_ADDRESS;
import static dev.relkit.mapper.sakila.SakilaRelationships.STORE_MANAGER;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Stores with their manager ({@code store.manager_staff_id}: one half of the store/staff cycle; the
 * other half, {@code Store.staff} through {@code staff.store_id}, is a collection for the loader)
 * and the address chain, in one statement; both forms map rows with the XML resultMap
 * {@code storeWithManagerAndAddressResult}.
 */
public interface StoreMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.StoreMapper";

    StoreTable store = StoreDynamicSqlSupport.store.withAlias("store");
    /** {@code Store.manager}'s role. */
    StaffTable manager = StaffDynamicSqlSupport.staff.withAlias(STORE_MANAGER.roleAlias());
    /** {@code Store.address}'s role. */
    AddressTable address = AddressDynamicSqlSupport.address.withAlias(STORE_ADDRESS.roleAlias());
    /** {@code Address.city}'s role. */
    CityTable city = CityDynamicSqlSupport.city.withAlias(ADDRESS_CITY.roleAlias());
    /** {@code City.country}'s role. */
    CountryTable country = CountryDynamicSqlSupport.country.withAlias(CITY_COUNTRY.roleAlias());

    /**
     * The columns {@code storeWithManagerAndAddressResult} reads, prefixed by relationship path; the XML
     * statement selects {@code ${@...StoreMapper@storeWithManagerAndAddress.sql()}}.
     */
    SelectList storeWithManagerAndAddress = SelectList.of(STORE, store)
            .and(RelationshipPath.of(STORE_MANAGER), manager)
            .and(RelationshipPath.of(STORE_ADDRESS), address)
            .and(RelationshipPath.of(STORE_ADDRESS, ADDRESS_CITY), city)
            .and(RelationshipPath.of(STORE_ADDRESS, ADDRESS_CITY, CITY_COUNTRY), country);

    /** {@link #storeWithManagerAndAddress} for mybatis-dynamic-sql. */
    BasicColumn[] storeWithManagerAndAddressSelectList = storeWithManagerAndAddress.columns();

    // ---- XML (StoreMapper.xml) ----

    /** One store with its manager and address chain, or null. */
    Store selectWithManagerAndAddressById(int storeId);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("storeWithManagerAndAddressResult")
    List<Store> selectManyWithManagerAndAddress(SelectStatementProvider selectStatement);

    /** Stores with manager and address chain, ordered by id. */
    default List<Store> selectWithManagerAndAddressByIds(Collection<Integer> storeIds) {
        return storeIds.isEmpty() ? List.of()
                : selectManyWithManagerAndAddress(selectWithManagerAndAddressByIdsStatement(storeIds));
    }

    /** The rendered statement of {@link #selectWithManagerAndAddressByIds}; {@code storeIds} must not be empty. */
    static SelectStatementProvider selectWithManagerAndAddressByIdsStatement(Collection<Integer> storeIds) {
        SakilaIds.requireNotEmpty(storeIds, "store");
        var query = RelationshipJoins.on(select(storeWithManagerAndAddressSelectList).from(store).join(manager),
                STORE_MANAGER, store, manager);
        query = RelationshipJoins.on(query.join(address), STORE_ADDRESS, store, address);
        query = RelationshipJoins.on(query.join(city), ADDRESS_CITY, address, city);
        query = RelationshipJoins.on(query.join(country), CITY_COUNTRY, city, country);
        return query.where(store.storeId, isIn(storeIds))
                .orderBy(store.storeId)
                .build()
                .render(MYBATIS3);
    }
}
