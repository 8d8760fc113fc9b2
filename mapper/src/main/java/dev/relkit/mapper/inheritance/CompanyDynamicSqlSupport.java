package dev.relkit.mapper.inheritance;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code company}: the owner of the polymorphic {@code employees}. */
public final class CompanyDynamicSqlSupport {

    public static final CompanyTable company = new CompanyTable();
    public static final SqlColumn<Integer> id = company.id;
    public static final SqlColumn<String> name = company.name;

    private CompanyDynamicSqlSupport() {
    }

    public static final class CompanyTable extends AliasableSqlTable<CompanyTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public CompanyTable() {
            super("company", CompanyTable::new);
        }
    }
}
