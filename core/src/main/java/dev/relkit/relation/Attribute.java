package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One mapped column of an entity: the column, and how to read and write the Java property that
 * holds it. Relationship declarations are built from attributes, so a loader can read a parent's
 * key and a child's foreign key without reflection.
 *
 * @param property the Java property name, as used in resultMaps ({@code winterTeamId})
 * @param column   the column on the entity's base (unaliased) table
 * @param getter   reads the property
 * @param setter   writes the property
 * @param <T>      the entity type
 * @param <V>      the property's Java type
 */
public record Attribute<T, V>(String property, SqlColumn<V> column, Function<T, V> getter, BiConsumer<T, V> setter) {

    /** @throws NullPointerException when any component is null (the message names the property) */
    public Attribute {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(getter, "getter of " + property);
        Objects.requireNonNull(setter, "setter of " + property);
    }

    /** Reads the property of {@code entity} through the declared getter. */
    public V get(T entity) {
        return getter.apply(entity);
    }

    /** Writes the property of {@code entity} through the declared setter. */
    public void set(T entity, V value) {
        setter.accept(entity, value);
    }

    /** The column name, unqualified. */
    public String columnName() {
        return column.name();
    }
}
