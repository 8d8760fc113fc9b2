package dev.relkit.mapper.inheritance;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code person}, the base table of the hierarchy; {@code type} is the discriminator. */
public final class PersonDynamicSqlSupport {

    public static final PersonTable person = new PersonTable();
    public static final SqlColumn<Integer> id = person.id;
    public static final SqlColumn<Integer> companyId = person.companyId;
    public static final SqlColumn<String> name = person.name;
    public static final SqlColumn<String> type = person.type;

    private PersonDynamicSqlSupport() {
    }

    public static final class PersonTable extends AliasableSqlTable<PersonTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> companyId = column("company_id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
        public final SqlColumn<String> type = column("type", JDBCType.VARCHAR);

        public PersonTable() {
            super("person", PersonTable::new);
        }
    }
}
