package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.city}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class CityDynamicSqlSupport {

    public static final CityTable city = new CityTable();
    public static final SqlColumn<Integer> cityId = city.cityId;
    // the column city has the table's name: reach it as city.city
    public static final SqlColumn<Integer> countryId = city.countryId;

    private CityDynamicSqlSupport() {
    }

    public static final class CityTable extends AliasableSqlTable<CityTable> {
        public final SqlColumn<Integer> cityId = column("city_id", JDBCType.INTEGER);
        public final SqlColumn<String> city = column("city", JDBCType.VARCHAR);
        public final SqlColumn<Integer> countryId = column("country_id", JDBCType.INTEGER);

        public CityTable() {
            super(SakilaSchema.qualified("city"), CityTable::new);
        }
    }
}
