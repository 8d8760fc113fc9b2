package dev.relkit;

import dev.relkit.relation.EntityType;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import dev.relkit.sql.GeneratedStatementInterceptor;
import dev.relkit.sql.GeneratedStatements;
import java.io.InputStream;
import java.sql.JDBCType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link Relkit#bind} checks and registers, on a configuration built in memory (no database). */
class RelkitBindTest {

    static final class WidgetTable extends AliasableSqlTable<WidgetTable> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        WidgetTable() {
            super("widget", WidgetTable::new);
        }
    }

    static final class PartTable extends AliasableSqlTable<PartTable> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<Integer> widgetId = column("widget_id", JDBCType.INTEGER);

        PartTable() {
            super("part", PartTable::new);
        }
    }

    private static final WidgetTable WIDGET_TABLE = new WidgetTable();
    private static final PartTable PART_TABLE = new PartTable();

    private static EntityType<Widget> widget(String resultMap) {
        return EntityType.builder(Widget.class, WIDGET_TABLE)
                .generatedId("id", WIDGET_TABLE.id, Widget::getId, Widget::setId)
                .column("name", WIDGET_TABLE.name, Widget::getName, Widget::setName)
                .resultMap("dev.relkit.WidgetMapper." + resultMap)
                .build();
    }

    private static final EntityType<Widget.Part> PART = EntityType.builder(Widget.Part.class, PART_TABLE)
            .generatedId("id", PART_TABLE.id, Widget.Part::getId, Widget.Part::setId)
            .column("widgetId", PART_TABLE.widgetId, Widget.Part::getWidgetId, Widget.Part::setWidgetId)
            .resultMap("dev.relkit.WidgetMapper.partResult")
            .build();

    private static Metamodel parts(EntityType<Widget> widget) {
        return Metamodel.of(List.of(Relationship.oneToMany("parts", widget, PART)
                .on(WIDGET_TABLE.id, PART_TABLE.widgetId)
                .list(Widget::getParts, Widget::setParts)
                .build()));
    }

    private static Configuration configuration() throws Exception {
        Configuration configuration = new Configuration();
        try (InputStream in = RelkitBindTest.class.getResourceAsStream("WidgetMapper.xml")) {
            new XMLMapperBuilder(in, configuration, "dev/relkit/WidgetMapper.xml", configuration.getSqlFragments()).parse();
        }
        return configuration;
    }

    @Test
    void bindRegistersTheCarriersThePluginAndTheFragmentsOnceAndChangesNoSetting() throws Exception {
        Configuration configuration = configuration();
        boolean lazy = configuration.isLazyLoadingEnabled();
        Set<String> before = new TreeSet<>(configuration.getMappedStatementNames());

        Relkit relkit = Relkit.bind(configuration, parts(widget("widgetResult")));
        Set<String> bound = new TreeSet<>(configuration.getMappedStatementNames());
        Relkit.bind(configuration, parts(widget("widgetResult")));

        assertThat(bound).containsAll(before).contains(GeneratedStatements.SELECT, GeneratedStatements.UPDATE);
        assertThat(new TreeSet<>(configuration.getMappedStatementNames())).isEqualTo(bound);
        assertThat(configuration.getInterceptors()).hasExactlyElementsOfTypes(GeneratedStatementInterceptor.class);
        assertThat(configuration.getSqlFragments()).containsKey(Relkit.FRAGMENTS_NAMESPACE + ".recursiveSubtree");
        assertThat(configuration.isLazyLoadingEnabled()).isEqualTo(lazy);
        assertThat(relkit.metamodel().relationships()).hasSize(1);
    }

    @Test
    void compiledResultMapsAreInstalledOnlyWhenAskedFor() throws Exception {
        Configuration configuration = configuration();

        Relkit.builder(configuration, parts(widget("widgetResult"))).compiledResultMaps().bind();

        assertThat(configuration.getInterceptors()).extracting(i -> i.getClass().getSimpleName())
                .containsExactly("CompiledResultMapInterceptor", "GeneratedStatementInterceptor");
    }

    @Test
    void aResultMapReadingPrefixedLabelsIsRejectedNamingPropertyLabelAndColumn() throws Exception {
        assertThatThrownBy(() -> Relkit.bind(configuration(), parts(widget("prefixedWidgetResult"))))
                .isInstanceOf(Relkit.RelkitBindException.class)
                .hasMessageContaining("Widget.id: its resultMap dev.relkit.WidgetMapper.prefixedWidgetResult reads it from"
                        + " the column label 'w_id', but relkit's generated statements select the column id under its own name")
                .hasMessageContaining("Widget.name: its resultMap dev.relkit.WidgetMapper.prefixedWidgetResult reads it"
                        + " from the column label 'w_name'");
    }

    @Test
    void aMissingResultMapAWrongTypeAndAnUnmappedKeyAreEachNamed() throws Exception {
        Configuration configuration = configuration();

        assertThatThrownBy(() -> Relkit.bind(configuration, parts(widget("noSuchResult"))))
                .hasMessageContaining("Widget: its resultMap dev.relkit.WidgetMapper.noSuchResult is not in the MyBatis configuration");
        assertThatThrownBy(() -> Relkit.bind(configuration, parts(widget("partAsWidget"))))
                .hasMessageContaining("Widget: its resultMap dev.relkit.WidgetMapper.partAsWidget maps dev.relkit.Widget$Part, not dev.relkit.Widget");
        assertThatThrownBy(() -> Relkit.bind(configuration, parts(widget("keylessWidgetResult"))))
                .hasMessageContaining("Widget.id: its resultMap dev.relkit.WidgetMapper.keylessWidgetResult does not map this key (column id)");
    }

    @Test
    void aPropertyTheClassLacksAndAJoinColumnOfAnotherTableAreNamed() throws Exception {
        EntityType<Widget> misnamed = EntityType.builder(Widget.class, WIDGET_TABLE)
                .generatedId("id", WIDGET_TABLE.id, Widget::getId, Widget::setId)
                .column("title", WIDGET_TABLE.name, Widget::getName, Widget::setName)
                .resultMap("dev.relkit.WidgetMapper.widgetResult")
                .build();
        Metamodel wrongJoin = Metamodel.of(List.of(Relationship.oneToMany("parts", widget("widgetResult"), PART)
                .on(PART_TABLE.id, PART_TABLE.widgetId)
                .list(Widget::getParts, Widget::setParts)
                .build()));

        assertThatThrownBy(() -> Relkit.bind(configuration(), parts(misnamed)))
                .hasMessageContaining("Widget.title (column name): dev.relkit.Widget has no property 'title'");
        assertThatThrownBy(() -> Relkit.bind(configuration(), wrongJoin))
                .hasMessageContaining("Widget.parts: the join column part.id is on the owner side, which is the table widget");
    }

    @Test
    void nothingIsWrittenToTheConfigurationBeforeBindFails() throws Exception {
        Configuration configuration = configuration();
        Set<String> before = new TreeSet<>(configuration.getMappedStatementNames());

        assertThatThrownBy(() -> Relkit.bind(configuration, parts(widget("prefixedWidgetResult"))));

        assertThat(new TreeSet<>(configuration.getMappedStatementNames())).isEqualTo(before);
        assertThat(configuration.getInterceptors()).isEmpty();
    }
}
