package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;
import java.time.LocalDateTime;

/**
 * Table and columns of {@code sakila.rental}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class RentalDynamicSqlSupport {

    public static final RentalTable rental = new RentalTable();
    public static final SqlColumn<Integer> rentalId = rental.rentalId;
    public static final SqlColumn<LocalDateTime> rentalDate = rental.rentalDate;
    public static final SqlColumn<Integer> inventoryId = rental.inventoryId;
    public static final SqlColumn<Integer> customerId = rental.customerId;
    public static final SqlColumn<LocalDateTime> returnDate = rental.returnDate;
    public static final SqlColumn<Integer> staffId = rental.staffId;

    private RentalDynamicSqlSupport() {
    }

    public static final class RentalTable extends AliasableSqlTable<RentalTable> {
        public final SqlColumn<Integer> rentalId = column("rental_id", JDBCType.INTEGER);
        public final SqlColumn<LocalDateTime> rentalDate = column("rental_date", JDBCType.TIMESTAMP);
        public final SqlColumn<Integer> inventoryId = column("inventory_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> customerId = column("customer_id", JDBCType.INTEGER);
        public final SqlColumn<LocalDateTime> returnDate = column("return_date", JDBCType.TIMESTAMP);
        public final SqlColumn<Integer> staffId = column("staff_id", JDBCType.INTEGER);

        public RentalTable() {
            super(SakilaSchema.qualified("rental"), RentalTable::new);
        }
    }
}
