package dev.relkit.relation;

import dev.relkit.relation.TableColumns.TableColumn;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The declaration of one mapped entity: its Java class, its table, its key and column attributes,
 * and the XML resultMap that maps one of its rows.
 *
 * <p>Declared once per entity, next to the relationships of its domain (for example
 * an application's {@code HeroRelationships}). Relationship declarations, EXISTS helpers,
 * loaders and the unit of work all read it through its attributes' getters and setters: declared
 * ones, or, for an entity declared {@link #fromTable fromTable}, ones generated once from the model
 * class's accessors by the property's name.
 *
 * @param <T> the entity class
 */
public final class EntityType<T> {

    private final Class<T> javaType;
    private final SqlTable table;
    private final List<Attribute<T, ?>> idAttributes;
    private final List<Attribute<T, ?>> attributes;
    private final String resultMapId;
    private final boolean generatedId;
    private final AuditColumns<T> auditColumns;
    private final Attribute<T, ?> versionAttribute;
    private final Map<String, Class<?>> columnTypes;

    private EntityType(Builder<T> builder) {
        this.javaType = builder.javaType;
        this.table = builder.table;
        List<TableColumn> tableColumns = TableColumns.of(builder.table);
        if (builder.derived) {
            builder.deriveAttributes(tableColumns);
        }
        this.idAttributes = List.copyOf(builder.idAttributes);
        this.attributes = List.copyOf(builder.attributes);
        Map<String, Class<?>> types = new HashMap<>();
        tableColumns.forEach(c -> c.javaType().ifPresent(type -> types.put(c.column().name(), type)));
        this.columnTypes = Map.copyOf(types);
        this.resultMapId = builder.resultMapId;
        this.generatedId = builder.generatedId;
        if (idAttributes.isEmpty()) {
            throw new IllegalArgumentException("Entity " + javaType.getName() + " declares no id attribute");
        }
        this.auditColumns = builder.createdColumn == null ? null
                : new AuditColumns<>(auditAttribute(builder.createdColumn), auditAttribute(builder.updatedColumn));
        this.versionAttribute = builder.versionColumn == null ? null
                : attributeFor(builder.versionColumn).orElseThrow(() -> new IllegalArgumentException("Entity " + name()
                        + ": version column " + builder.versionColumn.name() + " is not a declared attribute (declare it with column(...) first)"));
        if (versionAttribute != null && idAttributes.contains(versionAttribute)) {
            throw new IllegalArgumentException("Entity " + name() + ": the version column cannot be part of the key");
        }
    }

    @SuppressWarnings("unchecked")
    private Attribute<T, LocalDateTime> auditAttribute(SqlColumn<LocalDateTime> column) {
        return (Attribute<T, LocalDateTime>) attributeFor(column).orElseThrow(() -> new IllegalArgumentException(
                "Entity " + name() + ": audit column " + column.name() + " is not a declared attribute (declare it with column(...) first)"));
    }

    /**
     * Starts the declaration of an entity whose columns are taken from what already exists: every
     * {@code SqlColumn} field of the mybatis-dynamic-sql table class is an attribute, its property
     * named as the field ({@code hero.winterTeamId} is {@code Hero.winterTeamId}, as MyBatis
     * Generator names both) and read and written through the model class's getter and setter. Only
     * what differs is written:
     *
     * <pre>{@code
     * EntityType<Hero> HERO = EntityType.fromTable(Hero.class, hero)
     *         .generatedId(hero.id)                          // the key, by column
     *         .property(hero.secretName, "alias")            // a property named otherwise
     *         .ignore(hero.lastUpdate)                       // a column the class does not map
     *         .resultMap(HeroMapper.NAMESPACE + ".heroResult")
     *         .build();
     * }</pre>
     *
     * <p>{@link Builder#column} and {@link Builder#id(String, SqlColumn, Function, BiConsumer)} still
     * declare an attribute explicitly, which then replaces the derived one of its column. Attributes
     * come in the table class's field order, key attributes first in key order.
     *
     * <p>{@code Relkit.bind} checks the derived attributes with the rest, in its
     * {@code RelkitBindException}: a property the class lacks or cannot write, a property whose type
     * differs from the column field's ({@code SqlColumn<Integer>} against a {@code Long} property), and a
     * resultMap that reads the column into another property or does not map it.
     *
     * @param javaType the entity class (the class the resultMap maps, or a supertype of it)
     * @param table    the entity's table instance, whose class declares the columns as fields
     * @param <T>      the entity class
     * @return a builder for the declaration
     * @throws NullPointerException when either argument is null
     */
    public static <T> Builder<T> fromTable(Class<T> javaType, SqlTable table) {
        Builder<T> builder = new Builder<>(javaType, table);
        builder.derived = true;
        return builder;
    }

    /**
     * Starts the declaration of an entity mapped to {@code table}. List its key with
     * {@link Builder#generatedId} or {@link Builder#id}, its other columns with {@link Builder#column},
     * name its resultMap with {@link Builder#resultMap}, then {@link Builder#build()}.
     *
     * @param javaType the entity class (the class the resultMap maps, or a supertype of it)
     * @param table    the entity's base table, as a mybatis-dynamic-sql {@code SqlTable}
     * @param <T>      the entity class
     * @return a builder for the declaration
     * @throws NullPointerException when either argument is null
     */
    public static <T> Builder<T> builder(Class<T> javaType, SqlTable table) {
        return new Builder<>(javaType, table);
    }

    /** The entity class; relationships, identity keys and the metamodel's indexes are keyed by it. */
    public Class<T> javaType() {
        return javaType;
    }

    /** The simple class name, used in error messages. */
    public String name() {
        return javaType.getSimpleName();
    }

    /** The base table (never aliased); aliases are chosen per query. */
    public SqlTable table() {
        return table;
    }

    /** The base table's name as rendered at run time (a {@code SqlTable} may compute it per call). */
    public String tableName() {
        return table.tableNameAtRuntime();
    }

    /** The primary-key attributes, in key order (one for a surrogate key, several for a composite key). */
    public List<Attribute<T, ?>> idAttributes() {
        return idAttributes;
    }

    /** Every mapped attribute, id attributes first. */
    public List<Attribute<T, ?>> attributes() {
        return attributes;
    }

    /** Whether the database generates the (single) id on insert. */
    public boolean generatedId() {
        return generatedId;
    }

    /** The full id of the XML resultMap that maps one row of this entity ({@code namespace.id}). */
    public Optional<String> resultMapId() {
        return Optional.ofNullable(resultMapId);
    }

    /**
     * The columns the unit of work maintains ({@code created_at} set on insert, {@code updated_at} on
     * update), when the entity declares them with {@link Builder#auditColumns}.
     */
    public Optional<AuditColumns<T>> auditColumns() {
        return Optional.ofNullable(auditColumns);
    }

    /**
     * The version attribute of optimistic locking, if declared ({@link Builder#version}): the unit of
     * work sets it to 1 on insert, checks it in every {@code UPDATE} and {@code DELETE} of the row
     * ({@code where ... and version = <the version it loaded>}), increments it with every update, and
     * throws {@code StaleObjectException} when another writer changed or deleted the row first.
     */
    public Optional<Attribute<T, ?>> versionAttribute() {
        return Optional.ofNullable(versionAttribute);
    }

    /**
     * The Java type the table class gives an attribute's column ({@code Integer} for a field
     * {@code SqlColumn<Integer>}), when the table class declares the column as a field with a type
     * argument; {@code Relkit.bind} holds the class's property to it.
     */
    public Optional<Class<?>> columnType(Attribute<T, ?> attribute) {
        return Optional.ofNullable(columnTypes.get(attribute.columnName()));
    }

    /**
     * Whether an attribute's getter and setter were derived from the class by the property's name
     * ({@link #fromTable}) rather than declared; {@code Relkit.bind} then checks the class can read and
     * write the property.
     */
    public boolean derived(Attribute<T, ?> attribute) {
        return attribute.getter() instanceof DerivedProperty<?, ?>;
    }

    /** The attribute mapped to a column of this entity's table, if any. */
    public Optional<Attribute<T, ?>> attributeFor(SqlColumn<?> column) {
        return attributes.stream().filter(a -> a.columnName().equals(column.name())).findFirst();
    }

    /**
     * The primary key of an entity, or {@code null} while any key part is unset (a new object).
     */
    public EntityKey keyOf(T entity) {
        Object[] values = new Object[idAttributes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = idAttributes.get(i).get(entity);
            if (values[i] == null) {
                return null;
            }
        }
        return new EntityKey(javaType, List.of(values));
    }

    @Override
    public String toString() {
        return "EntityType{" + name() + " -> " + tableName() + "}";
    }

    /**
     * Audit attributes of an entity (Advanced Alchemy's {@code AuditColumns}): {@code created} is set
     * when the row is inserted (unless the application set it), {@code updated} each time an
     * {@code UPDATE} writes the row, and stays as the application left it on insert.
     */
    public record AuditColumns<T>(Attribute<T, LocalDateTime> created, Attribute<T, LocalDateTime> updated) {
        /** @throws NullPointerException when either attribute is null */
        public AuditColumns {
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(updated, "updated");
        }
    }

    /**
     * Builds an {@link EntityType}; started by {@link EntityType#builder}. Attributes are listed in
     * column order, key attributes in key order. Each method returns this builder; a builder is not
     * thread-safe, the entity type it builds is immutable.
     *
     * <p>The builder checks only what it can see; {@code Relkit.bind} checks the rest against MyBatis
     * and names each mismatch: every attribute's property exists on the class and its column belongs to
     * the entity's table, and the resultMap exists, maps the class and reads each column under the
     * column's own name.
     *
     * @param <T> the entity class
     */
    public static final class Builder<T> {
        private final Class<T> javaType;
        private final SqlTable table;
        private final List<Attribute<T, ?>> idAttributes = new ArrayList<>();
        private final List<Attribute<T, ?>> attributes = new ArrayList<>();
        private String resultMapId;
        private boolean generatedId;
        private SqlColumn<LocalDateTime> createdColumn;
        private SqlColumn<LocalDateTime> updatedColumn;
        private SqlColumn<? extends Number> versionColumn;
        private boolean derived;
        private final List<String> keyColumns = new ArrayList<>();
        private final Map<String, String> renamed = new LinkedHashMap<>();
        private final Set<String> ignored = new LinkedHashSet<>();

        private Builder(Class<T> javaType, SqlTable table) {
            this.javaType = Objects.requireNonNull(javaType, "javaType");
            this.table = Objects.requireNonNull(table, "table");
        }

        /**
         * A database-generated surrogate key ({@code AUTO_INCREMENT}): the unit of work inserts a new
         * object without it and reads the generated value back into the property.
         *
         * @param property the Java property, named as in the class and the resultMap
         * @param column   the key column of the entity's table
         * @param getter   reads the property; {@code null} marks an object not yet inserted
         * @param setter   writes the generated value
         * @param <V>      the key's Java type
         * @return this builder
         */
        public <V> Builder<T> generatedId(String property, SqlColumn<V> column, Function<T, V> getter, BiConsumer<T, V> setter) {
            generatedId = true;
            return id(property, column, getter, setter);
        }

        /**
         * A key part assigned by the application (or one part of a composite key); call once per key
         * column, in key order. An object with any key part {@code null} has no key
         * ({@link EntityType#keyOf} returns {@code null}).
         *
         * @param <V> the key part's Java type
         * @return this builder
         */
        public <V> Builder<T> id(String property, SqlColumn<V> column, Function<T, V> getter, BiConsumer<T, V> setter) {
            Attribute<T, V> attribute = new Attribute<>(property, column, getter, setter);
            idAttributes.add(attribute);
            attributes.add(attribute);
            return this;
        }

        /**
         * A mapped column that is not part of the key. Only declared attributes are written by the unit
         * of work, compared for dirty checking and usable as foreign keys in relationship joins.
         *
         * @param property the Java property, named as in the class and the resultMap
         * @param column   a column of the entity's table
         * @param getter   reads the property
         * @param setter   writes the property (the unit of work copies foreign keys through it)
         * @param <V>      the property's Java type
         * @return this builder
         * @throws NullPointerException when any argument is null (the message names the property)
         */
        public <V> Builder<T> column(String property, SqlColumn<V> column, Function<T, V> getter, BiConsumer<T, V> setter) {
            attributes.add(new Attribute<>(property, column, getter, setter));
            return this;
        }

        /**
         * The database-generated key column of an entity declared {@link EntityType#fromTable fromTable}:
         * its attribute is derived like the others, and the unit of work reads the generated value
         * back into it (see {@link #generatedId(String, SqlColumn, Function, BiConsumer)}).
         *
         * @return this builder
         * @throws IllegalStateException on a builder not started with {@code fromTable}
         */
        public Builder<T> generatedId(SqlColumn<?> column) {
            generatedId = true;
            return id(column);
        }

        /**
         * A key column assigned by the application (or one column of a composite key, in key order) of an
         * entity declared {@link EntityType#fromTable fromTable}.
         *
         * @return this builder
         * @throws IllegalStateException on a builder not started with {@code fromTable}
         */
        public Builder<T> id(SqlColumn<?> column) {
            requireDerived("id(column)");
            keyColumns.add(Objects.requireNonNull(column, () -> "key column of " + javaType.getSimpleName()).name());
            return this;
        }

        /**
         * Names the property of a column whose table-class field is named otherwise (an entity declared
         * {@link EntityType#fromTable fromTable}); the getter and setter are then derived from this name.
         *
         * @return this builder
         * @throws IllegalStateException on a builder not started with {@code fromTable}
         */
        public Builder<T> property(SqlColumn<?> column, String property) {
            requireDerived("property(column, name)");
            renamed.put(Objects.requireNonNull(column, "column").name(),
                    Objects.requireNonNull(property, () -> "property of column " + column.name()));
            return this;
        }

        /**
         * Leaves columns of the table class out of an entity declared {@link EntityType#fromTable fromTable}:
         * columns the model class does not hold, which relkit then neither selects nor writes.
         *
         * @return this builder
         * @throws IllegalStateException on a builder not started with {@code fromTable}
         */
        public Builder<T> ignore(SqlColumn<?>... columns) {
            requireDerived("ignore(columns)");
            for (SqlColumn<?> column : columns) {
                ignored.add(column.name());
            }
            return this;
        }

        private void requireDerived(String call) {
            if (!derived) {
                throw new IllegalStateException("Entity " + javaType.getSimpleName() + ": " + call + " derives the"
                        + " attribute from the table class; start the declaration with EntityType.fromTable(...)");
            }
        }

        /** The attributes of every column field not ignored, explicit declarations kept, keys first. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private void deriveAttributes(List<TableColumn> tableColumns) {
            Map<String, TableColumn> byName = new LinkedHashMap<>();
            tableColumns.forEach(c -> byName.put(c.column().name(), c));
            String where = "Entity " + javaType.getSimpleName() + " (table " + table.tableNameAtRuntime() + ")";
            for (String name : concat(keyColumns, renamed.keySet(), ignored)) {
                if (!byName.containsKey(name)) {
                    throw new IllegalArgumentException(where + ": the column " + name + " is not a column field of "
                            + table.getClass().getName() + " (its columns: " + String.join(", ", byName.keySet()) + ")");
                }
            }
            Map<String, Attribute<T, ?>> explicit = new LinkedHashMap<>();
            attributes.forEach(a -> explicit.put(a.columnName(), a));
            List<Attribute<T, ?>> keys = new ArrayList<>(idAttributes);
            List<Attribute<T, ?>> others = new ArrayList<>();
            for (TableColumn column : byName.values()) {
                String name = column.column().name();
                if (ignored.contains(name) || idAttributes.stream().anyMatch(a -> a.columnName().equals(name))) {
                    continue;
                }
                Attribute<T, ?> attribute = explicit.get(name);
                if (attribute == null) {
                    DerivedProperty property = new DerivedProperty<>(javaType, renamed.getOrDefault(name, column.field()));
                    attribute = new Attribute(renamed.getOrDefault(name, column.field()), column.column(), property, property);
                }
                (keyColumns.contains(name) ? keys : others).add(attribute);
            }
            keys.sort(Comparator.comparingInt(a -> keyColumns.indexOf(a.columnName())));
            idAttributes.clear();
            idAttributes.addAll(keys);
            attributes.clear();
            attributes.addAll(keys);
            attributes.addAll(others);
        }

        private static List<String> concat(List<String> keys, Set<String> renamed, Set<String> ignored) {
            List<String> all = new ArrayList<>(keys);
            all.addAll(renamed);
            all.addAll(ignored);
            return all;
        }

        /**
         * The XML resultMap that maps one row of the entity's table, selected under the columns' own
         * names. Statements relkit generates (select-in, subquery, lazy loads, {@code RelkitSession.get}
         * and {@code query}) map their rows with it; without one, relkit refuses to load the entity and
         * says so.
         *
         * @param fullResultMapId the resultMap's full id, {@code namespace.id}
         * @return this builder
         */
        public Builder<T> resultMap(String fullResultMapId) {
            this.resultMapId = fullResultMapId;
            return this;
        }

        /**
         * Declares two already declared {@code DATETIME} attributes as audit columns, maintained by the
         * unit of work: {@code created} on insert, {@code updated} on every update (see {@link AuditColumns}).
         */
        public Builder<T> auditColumns(SqlColumn<LocalDateTime> created, SqlColumn<LocalDateTime> updated) {
            this.createdColumn = Objects.requireNonNull(created, "created column of " + javaType.getSimpleName());
            this.updatedColumn = Objects.requireNonNull(updated, "updated column of " + javaType.getSimpleName());
            return this;
        }

        /**
         * Declares an already declared integer attribute ({@code Integer} or {@code Long}) as the row's
         * version for optimistic locking, as SQLAlchemy's {@code version_id_col} and JPA's
         * {@code @Version} do (see {@link EntityType#versionAttribute()}).
         */
        public Builder<T> version(SqlColumn<? extends Number> column) {
            this.versionColumn = Objects.requireNonNull(column, "version column of " + javaType.getSimpleName());
            return this;
        }

        /**
         * Checks the declaration and builds the entity type.
         *
         * @return the immutable entity type
         * @throws IllegalArgumentException when no key attribute was declared, or an audit column is not
         *     a declared attribute, naming the entity
         */
        public EntityType<T> build() {
            return new EntityType<>(this);
        }
    }
}
