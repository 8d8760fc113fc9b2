package dev.relkit;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Metamodel;
import java.io.InputStream;
import java.sql.JDBCType;
import java.util.List;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An entity that takes its columns from its table class ({@link EntityType#fromTable}), and the
 * start-up errors when the table class, the model class, the resultMap and the declaration disagree.
 */
class DerivedEntityBindTest {

    private static final GadgetTable GADGET_TABLE = new GadgetTable();

    private static EntityType<Gadget> gadget(String resultMap) {
        return EntityType.fromTable(Gadget.class, GADGET_TABLE)
                .generatedId(GADGET_TABLE.id)
                .property(GADGET_TABLE.name, "label")
                .ignore(GADGET_TABLE.serial, GADGET_TABLE.colour)
                .resultMap("dev.relkit.GadgetMapper." + resultMap)
                .build();
    }

    private static Configuration configuration() throws Exception {
        Configuration configuration = new Configuration();
        try (InputStream in = DerivedEntityBindTest.class.getResourceAsStream("GadgetMapper.xml")) {
            new XMLMapperBuilder(in, configuration, "dev/relkit/GadgetMapper.xml", configuration.getSqlFragments()).parse();
        }
        return configuration;
    }

    private static Relkit bind(EntityType<?> entity) throws Exception {
        return Relkit.builder(configuration(), Metamodel.of(List.of())).entities(entity).bind();
    }

    @Test
    void takesEveryColumnFieldAsAnAttributeNamedAfterTheField() {
        EntityType<Gadget> gadget = gadget("gadgetResult");

        assertThat(gadget.attributes()).extracting(Attribute::property, Attribute::columnName).containsExactly(
                tuple("id", "id"),
                tuple("label", "name"),
                tuple("weight", "weight"),
                tuple("widgetId", "widget_id"));
        assertThat(gadget.idAttributes()).extracting(Attribute::property).containsExactly("id");
        assertThat(gadget.generatedId()).isTrue();
        assertThat(gadget.derived(gadget.attributes().get(2))).isTrue();
        assertThat(gadget.columnType(gadget.attributes().get(2))).contains(Long.class);
    }

    @Test
    void derivedAttributesReadAndWriteTheClassesProperties() {
        EntityType<Gadget> gadget = gadget("gadgetResult");
        Gadget thing = new Gadget();

        @SuppressWarnings("unchecked")
        Attribute<Gadget, Object> label = (Attribute<Gadget, Object>) gadget.attributeFor(GADGET_TABLE.name).orElseThrow();
        label.set(thing, "sprocket");
        @SuppressWarnings("unchecked")
        Attribute<Gadget, Object> id = (Attribute<Gadget, Object>) gadget.idAttributes().get(0);
        id.set(thing, 7);

        assertThat(thing.getLabel()).isEqualTo("sprocket");
        assertThat(label.get(thing)).isEqualTo("sprocket");
        assertThat(gadget.keyOf(thing).values()).containsExactly(7);
    }

    @Test
    void anExplicitColumnDeclarationReplacesTheDerivedOne() {
        EntityType<Gadget> gadget = EntityType.fromTable(Gadget.class, GADGET_TABLE)
                .generatedId(GADGET_TABLE.id)
                .column("label", GADGET_TABLE.name, Gadget::getLabel, Gadget::setLabel)
                .ignore(GADGET_TABLE.serial, GADGET_TABLE.colour)
                .build();

        Attribute<Gadget, ?> label = gadget.attributeFor(GADGET_TABLE.name).orElseThrow();
        assertThat(gadget.derived(label)).isFalse();
        assertThat(gadget.attributes()).extracting(Attribute::property).containsExactly("id", "label", "weight", "widgetId");
    }

    @Test
    void aColumnTheTableClassDoesNotDeclareIsRefusedListingItsColumns() {
        assertThatThrownBy(() -> EntityType.fromTable(Gadget.class, GADGET_TABLE)
                .generatedId(new WidgetTableForKey().id)
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Entity Gadget (table gadget): the column widget_key is not a column field of dev.relkit.GadgetTable"
                        + " (its columns: id, name, weight, widget_id, serial, colour)");
        assertThatThrownBy(() -> EntityType.builder(Gadget.class, GADGET_TABLE).generatedId(GADGET_TABLE.id))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start the declaration with EntityType.fromTable(...)");
    }

    @Test
    void aDerivedEntityThatAgreesWithItsResultMapBinds() throws Exception {
        assertThat(bind(gadget("gadgetResult"))).isNotNull();
    }

    @Test
    void everyDisagreementIsOneLineOfTheBindExceptionNamingPropertyAndColumn() {
        EntityType<Gadget> unrenamed = EntityType.fromTable(Gadget.class, GADGET_TABLE)
                .generatedId(GADGET_TABLE.id)
                .resultMap("dev.relkit.GadgetMapper.crossedGadgetResult")
                .build();

        assertThatThrownBy(() -> bind(unrenamed))
                .isInstanceOf(Relkit.RelkitBindException.class)
                .hasMessageContaining("Gadget.name (column name): dev.relkit.Gadget has no property 'name'; name the attribute"
                        + " after the class's property (property(column, name) renames a derived attribute, ignore(column)"
                        + " leaves the column out)")
                .hasMessageContaining("Gadget.colour (column colour): dev.relkit.Gadget has no property 'colour'")
                .hasMessageContaining("Gadget.serial (column serial): dev.relkit.Gadget has no setter for 'serial', which loaders"
                        + " and the unit of work write; add one or declare the attribute with column(...)")
                .hasMessageContaining("Gadget.weight (column weight): its resultMap dev.relkit.GadgetMapper.crossedGadgetResult"
                        + " reads the column into the property 'widgetId'; map the column to one property in both")
                .hasMessageContaining("Gadget.serial (column serial): its resultMap dev.relkit.GadgetMapper.crossedGadgetResult"
                        + " does not map it, so everything relkit loads leaves the property unset; add <result property=\"serial\""
                        + " column=\"serial\"/>, or leave the column out with ignore(column)")
                .hasMessageContaining("Gadget.widgetId: its resultMap dev.relkit.GadgetMapper.crossedGadgetResult reads it from the"
                        + " column label 'weight'")
                .satisfies(e -> assertThat(e.getMessage().lines().filter(line -> line.contains("Gadget.colour"))).hasSize(1));
    }

    @Test
    void aColumnTypedOtherwiseThanTheClassesPropertyIsNamed() {
        GadgetTable.Mistyped mistyped = new GadgetTable.Mistyped();
        EntityType<Gadget> gadget = EntityType.fromTable(Gadget.class, mistyped)
                .generatedId(mistyped.id)
                .resultMap("dev.relkit.GadgetMapper.gadgetResult")
                .build();

        assertThatThrownBy(() -> bind(gadget))
                .isInstanceOf(Relkit.RelkitBindException.class)
                .hasMessageContaining("Gadget.weight (column weight): the table class dev.relkit.GadgetTable$Mistyped types the"
                        + " column java.lang.Integer, but dev.relkit.Gadget's property is java.lang.Long; make the two agree");
    }

    /** A table whose column is not {@link GadgetTable}'s. */
    static final class WidgetTableForKey extends SqlTable {
        final SqlColumn<Integer> id = column("widget_key", JDBCType.INTEGER);

        WidgetTableForKey() {
            super("widget");
        }
    }
}
