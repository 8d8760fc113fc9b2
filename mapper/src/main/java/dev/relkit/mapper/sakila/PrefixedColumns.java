package dev.relkit.mapper.sakila;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Dynamic-SQL select lists that match the XML resultMaps' column prefixes: every column an
 * {@link EntityType} declares, read from one (aliased) table instance and labelled
 * {@code <prefix><column>}, the counterpart of the XML {@code <xColumns>} fragments with their
 * {@code alias} and {@code prefix} properties.
 */
final class PrefixedColumns {

    private PrefixedColumns() {
    }

    /**
     * The entity's columns on {@code table} (the instance used in the query, usually aliased by the
     * relationship's role), labelled with {@code prefix}; an empty prefix keeps the column names.
     */
    static List<BasicColumn> of(EntityType<?> entity, SqlTable table, String prefix) {
        List<BasicColumn> columns = new ArrayList<>();
        for (Attribute<?, ?> attribute : entity.attributes()) {
            String name = attribute.columnName();
            columns.add(prefix.isEmpty() ? table.column(name) : table.column(name).as(prefix + name));
        }
        return columns;
    }

    /** The lists one after the other, as the array mybatis-dynamic-sql's {@code select(...)} takes. */
    @SafeVarargs
    static BasicColumn[] concat(List<BasicColumn>... lists) {
        List<BasicColumn> all = new ArrayList<>();
        for (List<BasicColumn> list : lists) {
            all.addAll(list);
        }
        return all.toArray(BasicColumn[]::new);
    }
}
