package dev.relkit.mapper.order;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.sql.JDBCType;

/** Table and columns of {@code item}. */
public final class ItemDynamicSqlSupport {

    public static final ItemTable item = new ItemTable();
    public static final SqlColumn<Integer> id = item.id;
    public static final SqlColumn<String> description = item.description;
    public static final SqlColumn<BigDecimal> price = item.price;

    private ItemDynamicSqlSupport() {
    }

    public static final class ItemTable extends AliasableSqlTable<ItemTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> description = column("description", JDBCType.VARCHAR);
        public final SqlColumn<BigDecimal> price = column("price", JDBCType.DECIMAL);

        public ItemTable() {
            super("item", ItemTable::new);
        }
    }
}
