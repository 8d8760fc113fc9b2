package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.language}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class LanguageDynamicSqlSupport {

    public static final LanguageTable language = new LanguageTable();
    public static final SqlColumn<Integer> languageId = language.languageId;
    public static final SqlColumn<String> name = language.name;

    private LanguageDynamicSqlSupport() {
    }

    public static final class LanguageTable extends AliasableSqlTable<LanguageTable> {
        public final SqlColumn<Integer> languageId = column("language_id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.CHAR);

        public LanguageTable() {
            super(SakilaSchema.qualified("language"), LanguageTable::new);
        }
    }
}
