package dev.relkit;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** {@code gadget} as MyBatis Generator writes a table class: one {@code SqlColumn} field per column. */
final class GadgetTable extends AliasableSqlTable<GadgetTable> {
    final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
    final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
    final SqlColumn<Long> weight = column("weight", JDBCType.BIGINT);
    final SqlColumn<Integer> widgetId = column("widget_id", JDBCType.INTEGER);
    final SqlColumn<String> serial = column("serial", JDBCType.VARCHAR);
    final SqlColumn<String> colour = column("colour", JDBCType.VARCHAR);

    GadgetTable() {
        super("gadget", GadgetTable::new);
    }

    /** The same table with {@code weight} typed as the class does not hold it. */
    static final class Mistyped extends AliasableSqlTable<Mistyped> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<Integer> weight = column("weight", JDBCType.INTEGER);

        Mistyped() {
            super("gadget", Mistyped::new);
        }
    }
}
