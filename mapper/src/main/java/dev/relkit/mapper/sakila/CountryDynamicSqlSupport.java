package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.country}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class CountryDynamicSqlSupport {

    public static final CountryTable country = new CountryTable();
    public static final SqlColumn<Integer> countryId = country.countryId;
    // the column country has the table's name: reach it as country.country

    private CountryDynamicSqlSupport() {
    }

    public static final class CountryTable extends AliasableSqlTable<CountryTable> {
        public final SqlColumn<Integer> countryId = column("country_id", JDBCType.INTEGER);
        public final SqlColumn<String> country = column("country", JDBCType.VARCHAR);

        public CountryTable() {
            super(SakilaSchema.qualified("country"), CountryTable::new);
        }
    }
}
