package dev.relkit.mapper.sakila;

import dev.relkit.mapper.ReferenceCatalogue;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Sakila mappers' dynamic-SQL statements as exact SQL (joins from the relationship declarations,
 * role aliases, schema-qualified tables, {@code <role>__} column prefixes), and the XML statements'
 * column labels; SakilaGraphIT runs both forms on MariaDB.
 */
class SakilaMapperStatementTest {

    private static final String IDS = " in (#{parameters.p1,jdbcType=INTEGER},#{parameters.p2,jdbcType=INTEGER})";
    private static final String ADDRESS_CHAIN_COLUMNS = "address.address_id as address__address_id,"
            + " address.address as address__address, address.address2 as address__address2,"
            + " address.district as address__district, address.city_id as address__city_id,"
            + " address.postal_code as address__postal_code, address.phone as address__phone,"
            + " city.city_id as address__city__city_id, city.city as address__city__city,"
            + " city.country_id as address__city__country_id,"
            + " country.country_id as address__city__country__country_id, country.country as address__city__country__country";
    private static final String CITY_COUNTRY_JOINS = " join sakila.city city on city.city_id = address.city_id"
            + " join sakila.country country on country.country_id = city.country_id";

    @Test
    void filmsJoinLanguageTwiceUnderRoleAliases() {
        SelectStatementProvider statement = FilmMapper.selectWithLanguagesByIdsStatement(List.of(1, 2));

        assertThat(statement.getSelectStatement()).isEqualTo("select film.film_id, film.title, film.description,"
                + " film.release_year, film.language_id, film.original_language_id, film.rental_duration,"
                + " film.rental_rate, film.length, film.replacement_cost, film.rating,"
                + " language.language_id as language__language_id, language.name as language__name,"
                + " original_language.language_id as original_language__language_id,"
                + " original_language.name as original_language__name"
                + " from sakila.film film join sakila.language language on language.language_id = film.language_id"
                + " left join sakila.language original_language"
                + " on original_language.language_id = film.original_language_id"
                + " where film.film_id" + IDS + " order by film_id");
        assertThat(statement.getParameters()).containsEntry("p1", 1).containsEntry("p2", 2);
    }

    @Test
    void actorsByIds() {
        assertThat(ActorMapper.selectByIdsStatement(List.of(1, 2)).getSelectStatement()).isEqualTo(
                "select actor.actor_id, actor.first_name, actor.last_name from sakila.actor actor"
                        + " where actor.actor_id" + IDS + " order by actor_id");
    }

    @Test
    void customersJoinTheAddressChainAndTheStore() {
        assertThat(CustomerMapper.selectWithAddressAndStoreByIdsStatement(List.of(1, 2)).getSelectStatement()).isEqualTo(
                "select customer.customer_id, customer.store_id, customer.first_name, customer.last_name,"
                        + " customer.email, customer.address_id, customer.active, customer.create_date, "
                        + ADDRESS_CHAIN_COLUMNS + ", store.store_id as store__store_id,"
                        + " store.manager_staff_id as store__manager_staff_id, store.address_id as store__address_id"
                        + " from sakila.customer customer join sakila.address address"
                        + " on address.address_id = customer.address_id" + CITY_COUNTRY_JOINS
                        + " join sakila.store store on store.store_id = customer.store_id"
                        + " where customer.customer_id" + IDS + " order by customer_id");
    }

    @Test
    void storesJoinTheirManagerAndTheAddressChain() {
        assertThat(StoreMapper.selectWithManagerAndAddressByIdsStatement(List.of(1, 2)).getSelectStatement()).isEqualTo(
                "select store.store_id, store.manager_staff_id, store.address_id,"
                        + " manager.staff_id as manager__staff_id, manager.first_name as manager__first_name,"
                        + " manager.last_name as manager__last_name, manager.address_id as manager__address_id,"
                        + " manager.email as manager__email, manager.store_id as manager__store_id,"
                        + " manager.active as manager__active, manager.username as manager__username, "
                        + ADDRESS_CHAIN_COLUMNS
                        + " from sakila.store store join sakila.staff manager on manager.staff_id = store.manager_staff_id"
                        + " join sakila.address address on address.address_id = store.address_id" + CITY_COUNTRY_JOINS
                        + " where store.store_id" + IDS + " order by store_id");
    }

    @Test
    void anEmptyIdListIsRefusedRatherThanSelectingEveryRow() {
        assertThatThrownBy(() -> FilmMapper.selectWithLanguagesByIdsStatement(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No film ids given: an empty IN list would select every film");
    }

    /**
     * Every column label of the XML graph statements is distinct: with single-underscore prefixes
     * {@code store.manager_staff_id} and the manager's {@code staff_id} under {@code manager_} would
     * collide (and go unnoticed, holding equal values).
     */
    @Test
    void xmlGraphStatementsHaveDistinctColumnLabels() {
        Configuration configuration = ReferenceCatalogue.newConfiguration(
                new Environment("parse-only", new JdbcTransactionFactory(), new UnpooledDataSource()));

        for (String statement : List.of("FilmMapper.selectWithLanguagesById", "ActorMapper.selectById",
                "CustomerMapper.selectWithAddressAndStoreById", "StoreMapper.selectWithManagerAndAddressById")) {
            String sql = configuration.getMappedStatement("dev.relkit.mapper.sakila." + statement).getBoundSql(1).getSql();
            List<String> labels = labels(sql);
            assertThat(labels).as(statement).isNotEmpty().doesNotHaveDuplicates();
            assertThat(sql).as(statement).contains("FROM sakila.");
        }
    }

    /** The label of each select-list item: its alias ({@code AS x}, any case), else the column's own name. */
    private static List<String> labels(String sql) {
        Matcher selectList = Pattern.compile("(?is)\\bSELECT\\s+(.*?)\\s+FROM\\b").matcher(sql);
        List<String> labels = new ArrayList<>();
        if (selectList.find()) {
            for (String item : selectList.group(1).split(",")) {
                Matcher alias = Pattern.compile("(?i)\\bAS\\s+(\\w+)\\s*$").matcher(item.trim());
                labels.add(alias.find() ? alias.group(1) : item.trim().substring(item.trim().lastIndexOf('.') + 1));
            }
        }
        return labels;
    }
}
