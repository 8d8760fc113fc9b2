package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.LocalDateTime;

/**
 * Table and columns of {@code sakila.payment}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class PaymentDynamicSqlSupport {

    public static final PaymentTable payment = new PaymentTable();
    public static final SqlColumn<Integer> paymentId = payment.paymentId;
    public static final SqlColumn<Integer> customerId = payment.customerId;
    public static final SqlColumn<Integer> staffId = payment.staffId;
    public static final SqlColumn<Integer> rentalId = payment.rentalId;
    public static final SqlColumn<BigDecimal> amount = payment.amount;
    public static final SqlColumn<LocalDateTime> paymentDate = payment.paymentDate;

    private PaymentDynamicSqlSupport() {
    }

    public static final class PaymentTable extends AliasableSqlTable<PaymentTable> {
        public final SqlColumn<Integer> paymentId = column("payment_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> customerId = column("customer_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> staffId = column("staff_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> rentalId = column("rental_id", JDBCType.INTEGER);
        public final SqlColumn<BigDecimal> amount = column("amount", JDBCType.DECIMAL);
        public final SqlColumn<LocalDateTime> paymentDate = column("payment_date", JDBCType.TIMESTAMP);

        public PaymentTable() {
            super(SakilaSchema.qualified("payment"), PaymentTable::new);
        }
    }
}
