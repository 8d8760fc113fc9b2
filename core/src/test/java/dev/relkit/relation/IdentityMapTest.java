package dev.relkit.relation;

import dev.relkit.Widget;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.JDBCType;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one key normalisation and the one-object-per-row rule that loaders and the unit of work share. */
class IdentityMapTest {

    static final class WidgetTable extends AliasableSqlTable<WidgetTable> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        WidgetTable() {
            super("widget", WidgetTable::new);
        }
    }

    private static final WidgetTable WIDGET_TABLE = new WidgetTable();
    private static final EntityType<Widget> WIDGET = EntityType.builder(Widget.class, WIDGET_TABLE)
            .generatedId("id", WIDGET_TABLE.id, Widget::getId, Widget::setId)
            .column("name", WIDGET_TABLE.name, Widget::getName, Widget::setName)
            .build();

    @Test
    void everyIntegralNumberIsALongAndOtherValuesStayAsTheyAre() {
        assertThat(List.of(7, 7L, (short) 7, (byte) 7, BigInteger.valueOf(7)))
                .extracting(IdentityMap::normalize).containsOnly(7L);
        assertThat(IdentityMap.normalize(new BigDecimal("7.0"))).isEqualTo(new BigDecimal("7.0"));
        assertThat(IdentityMap.normalize("7")).isEqualTo("7");
        assertThat(IdentityMap.key(Widget.class, List.of(7))).isEqualTo(IdentityMap.key(Widget.class, List.of(7L)));
    }

    @Test
    void theFirstObjectOfARowIsTheOneEveryLaterCopyResolvesTo() {
        List<Object> entered = new ArrayList<>();
        IdentityMap identities = new IdentityMap(new IdentityMap.Listener() {
            @Override
            public void entered(EntityType<?> type, Object entity) {
                entered.add(entity);
            }

            @Override
            public void loaded(Relationship<?, ?> relationship, Object owner, java.util.Collection<?> targets) {
            }
        });
        Widget first = widget(3, "first");
        Widget copy = widget(3, "copy");
        Widget unsaved = new Widget();

        assertThat(identities.canonical(WIDGET, first)).isSameAs(first);
        assertThat(identities.canonical(WIDGET, copy)).isSameAs(first);
        assertThat(identities.canonical(WIDGET, unsaved)).isSameAs(unsaved);
        assertThat(identities.find(WIDGET, List.of(3L))).isSameAs(first);
        assertThat(entered).containsExactly(first);
    }

    private static Widget widget(int id, String name) {
        Widget widget = new Widget();
        widget.setId(id);
        widget.setName(name);
        return widget;
    }
}
