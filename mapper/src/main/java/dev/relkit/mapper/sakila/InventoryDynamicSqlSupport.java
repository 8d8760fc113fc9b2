package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.inventory}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class InventoryDynamicSqlSupport {

    public static final InventoryTable inventory = new InventoryTable();
    public static final SqlColumn<Integer> inventoryId = inventory.inventoryId;
    public static final SqlColumn<Integer> filmId = inventory.filmId;
    public static final SqlColumn<Integer> storeId = inventory.storeId;

    private InventoryDynamicSqlSupport() {
    }

    public static final class InventoryTable extends AliasableSqlTable<InventoryTable> {
        public final SqlColumn<Integer> inventoryId = column("inventory_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> filmId = column("film_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> storeId = column("store_id", JDBCType.INTEGER);

        public InventoryTable() {
            super(SakilaSchema.qualified("inventory"), InventoryTable::new);
        }
    }
}
