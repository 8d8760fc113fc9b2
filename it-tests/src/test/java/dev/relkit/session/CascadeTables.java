package dev.relkit.session;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Tables and columns of the test-only cascade domain ({@code uow_test_schema.sql}). */
final class CascadeTables {

    static final BasketTable basket = new BasketTable();
    static final LineTable line = new LineTable();
    static final TagTable tag = new TagTable();
    static final BasketTagTable basketTag = new BasketTagTable();

    private CascadeTables() {
    }

    static final class BasketTable extends AliasableSqlTable<BasketTable> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<String> label = column("label", JDBCType.VARCHAR);

        BasketTable() {
            super("uow_basket", BasketTable::new);
        }
    }

    static final class LineTable extends AliasableSqlTable<LineTable> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<Integer> basketId = column("basket_id", JDBCType.INTEGER);
        final SqlColumn<String> product = column("product", JDBCType.VARCHAR);
        final SqlColumn<Integer> quantity = column("quantity", JDBCType.INTEGER);

        LineTable() {
            super("uow_line", LineTable::new);
        }
    }

    static final class TagTable extends AliasableSqlTable<TagTable> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        TagTable() {
            super("uow_tag", TagTable::new);
        }
    }

    static final class BasketTagTable extends AliasableSqlTable<BasketTagTable> {
        final SqlColumn<Integer> basketId = column("basket_id", JDBCType.INTEGER);
        final SqlColumn<Integer> tagId = column("tag_id", JDBCType.INTEGER);

        BasketTagTable() {
            super("uow_basket_tag", BasketTagTable::new);
        }
    }
}
