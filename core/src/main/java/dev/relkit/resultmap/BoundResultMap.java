package dev.relkit.resultmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.mapping.Discriminator;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.reflection.ArrayUtil;
import org.apache.ibatis.reflection.MetaClass;
import org.apache.ibatis.reflection.ReflectorFactory;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.AutoMappingUnknownColumnBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.TypeHandler;

/**
 * One resultMap at one column prefix, compiled against one result set's columns: which column
 * index feeds which property through which type handler, which columns make the row key, and the
 * nested resultMaps below it.
 *
 * <p>Compiling resolves once what MyBatis's {@code DefaultResultSetHandler} looks up on every row
 * (column labels, mapped-column sets, setters, type handlers), and refuses, with a reason, every
 * resultMap feature it does not reproduce exactly; the statement then goes to MyBatis unchanged.
 */
final class BoundResultMap implements ResultMapChoice {

    /**
     * A resultMap with a {@code <discriminator>}: MyBatis's {@code resolveDiscriminatedResultMap}
     * compiled, each case already resolved (a case's own discriminator included), the resultMap
     * itself for a value without a case.
     */
    record Discriminated(Column column, Map<String, ResultMapChoice> cases, BoundResultMap otherwise)
            implements ResultMapChoice {
        @Override
        public BoundResultMap choose(ResultSet resultSet) throws SQLException {
            ResultMapChoice chosen = cases.get(String.valueOf(column.read(resultSet)));
            return chosen == null ? otherwise : chosen.choose(resultSet);
        }
    }

    /**
     * The key of a row mapped by a discriminated resultMap: MyBatis's row keys start with the
     * chosen resultMap's id, so the same id under two cases is two objects.
     */
    record VariantKey(String resultMapId, Object key) {
    }

    @Override
    public BoundResultMap choose(ResultSet resultSet) {
        return this;
    }

    /** A row key meaning "no key": the object is neither looked up nor remembered. */
    static final Object NO_KEY = new Object();

    /** A column read through a type handler, by index. */
    record Column(int index, TypeHandler<?> typeHandler) {
        Object read(ResultSet resultSet) throws SQLException {
            return typeHandler.getResult(resultSet, index);
        }
    }

    /** A column written to a property. */
    record PropertyColumn(Column column, BiConsumer<Object, Object> setter) {
    }

    /** How a nested mapping is filled on each row. */
    enum ChildKind {
        /** Another resultMap at a prefix with columns in this result set. */
        NESTED,
        /** No column of its prefix is in the result set: only its collection is created. */
        ABSENT,
        /** No prefix and its resultMap is being mapped above: the ancestor object itself is linked. */
        ANCESTOR
    }

    /** A nested {@code <association>} or {@code <collection>} of this resultMap. */
    record Child(ChildKind kind, String property, ResultMapChoice node, int knownSlot, int ancestorDepth,
            int[] notNullColumns, Supplier<Object> newCollection, Function<Object, Object> getter,
            BiConsumer<Object, Object> setter) {
    }

    /** Thrown while compiling: the statement is left to MyBatis, for the reason given. */
    static final class Unsupported extends Exception {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    final ResultMap resultMap;
    final Supplier<Object> instantiator;
    final Column[] keyColumns;
    final PropertyColumn[] autoMappings;
    final PropertyColumn[] properties;
    final Child[] children;
    /** Slots of children-by-key maps per object (nested mappings to the same resultMap and prefix share one, as in MyBatis). */
    final int knownSlots;

    private BoundResultMap(ResultMap resultMap, Supplier<Object> instantiator, Column[] keyColumns,
            PropertyColumn[] autoMappings, PropertyColumn[] properties, Child[] children, int knownSlots) {
        this.resultMap = resultMap;
        this.instantiator = instantiator;
        this.keyColumns = keyColumns;
        this.autoMappings = autoMappings;
        this.properties = properties;
        this.children = children;
        this.knownSlots = knownSlots;
    }

    /** This row's key for this resultMap, as MyBatis's {@code createRowKey} would tell rows apart. */
    Object rowKey(ResultSet resultSet) throws SQLException {
        if (keyColumns.length == 1) {
            Object value = keyColumns[0].read(resultSet);
            return value == null ? NO_KEY : comparable(value);
        }
        Object[] values = new Object[keyColumns.length];
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            Object value = keyColumns[i].read(resultSet);
            values[i] = value == null ? null : comparable(value);
            any |= value != null;
        }
        return any ? Arrays.asList(values) : NO_KEY;
    }

    /** Writes the row's auto-mapped and mapped columns; true when any value was not null. */
    boolean applyColumns(ResultSet resultSet, Object target) throws SQLException {
        return apply(autoMappings, resultSet, target) | apply(properties, resultSet, target);
    }

    private static boolean apply(PropertyColumn[] columns, ResultSet resultSet, Object target) throws SQLException {
        boolean found = false;
        for (PropertyColumn property : columns) {
            Object value = property.column().read(resultSet);
            if (value != null) {
                property.setter().accept(target, value);
                found = true;
            }
        }
        return found;
    }

    private static Object comparable(Object value) {
        return value.getClass().isArray() ? new ArrayKey(value) : value;
    }

    /** An array-valued key column compared by content, as MyBatis's {@code CacheKey} compares it. */
    private record ArrayKey(Object array) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ArrayKey key && ArrayUtil.equals(array, key.array);
        }

        @Override
        public int hashCode() {
            return ArrayUtil.hashCode(array);
        }
    }

    /**
     * Why MyBatis's {@code createResultObject} does more for this resultMap than
     * {@code objectFactory.create(type)}, which is all a compiled resultMap does, or null. MyBatis
     * calls a constructor with arguments when the resultMap maps constructor arguments, and
     * otherwise when the type is a class without a no-argument constructor (of any visibility): a
     * record, an immutable class, a class with {@code @AutomapConstructor}. It then picks the
     * constructor and maps its arguments from the columns by itself (by position, or by name with
     * {@code argNameBasedConstructorAutoMapping}), or fails when auto-mapping is off for the
     * resultMap. Interfaces go to the object factory.
     */
    static String creationLeftToMyBatis(ResultMap resultMap, ReflectorFactory reflectors) {
        if (!resultMap.getConstructorResultMappings().isEmpty()) {
            return "resultMap " + resultMap.getId() + " maps constructor arguments";
        }
        Class<?> type = resultMap.getType();
        if (!type.isInterface() && !MetaClass.forClass(type, reflectors).hasDefaultConstructor()) {
            return "resultMap " + resultMap.getId() + " maps to " + type.getName()
                    + ", which has no no-argument constructor: MyBatis maps its constructor automatically";
        }
        return null;
    }

    /** Compiles the tree of resultMaps one statement maps a result set's rows to. */
    static final class Compiler {

        private final Configuration configuration;
        private final PlanSettings settings;
        private final MappedStatement statement;
        private final ResultSetWrapper columns;
        private final boolean nested;
        private final Map<String, Integer> indexByLabel = new HashMap<>();
        private final List<String> path = new ArrayList<>();
        private final List<String> compiledIds = new ArrayList<>();
        private final List<String> ancestorTargets = new ArrayList<>();

        /** {@code settings}: the configuration's settings this plan is compiled under (and remembered with). */
        Compiler(MappedStatement statement, ResultSetWrapper columns, PlanSettings settings) {
            this.configuration = statement.getConfiguration();
            this.settings = settings;
            this.statement = statement;
            this.columns = columns;
            this.nested = statement.getResultMaps().get(0).hasNestedResultMaps();
            List<String> labels = columns.getColumnNames();
            for (int i = 0; i < labels.size(); i++) {
                indexByLabel.putIfAbsent(labels.get(i).toUpperCase(Locale.ENGLISH), i + 1);
            }
        }

        /** Whether the statement's rows are collapsed by key into nested objects. */
        boolean nested() {
            return nested;
        }

        ResultMapChoice compileRoot() throws Unsupported {
            ResultMapChoice root = choice(statement.getResultMaps().get(0), null);
            for (String target : ancestorTargets) {
                if (compiledIds.stream().filter(target::equals).count() > 1) {
                    // MyBatis keeps one ancestor per resultMap id and forgets it when a deeper
                    // mapping of the same id returns: which object it links then depends on the data
                    throw new Unsupported("resultMap " + target + " is linked as an ancestor and also mapped twice");
                }
            }
            return root;
        }

        /** The resultMap, or the discriminated resultMaps it leads to, at this prefix. */
        private ResultMapChoice choice(ResultMap resultMap, String prefix) throws Unsupported {
            return resultMap.getDiscriminator() == null ? compile(resultMap, prefix)
                    : discriminated(resultMap, prefix, new HashSet<>());
        }

        /**
         * MyBatis's {@code resolveDiscriminatedResultMap}, unrolled: a case whose resultMap has no
         * discriminator of its own (or the same one, or one already passed) maps the row; otherwise
         * that discriminator decides in turn.
         */
        private Discriminated discriminated(ResultMap resultMap, String prefix, Set<String> passed)
                throws Unsupported {
            Discriminator discriminator = resultMap.getDiscriminator();
            ResultMapping mapping = discriminator.getResultMapping();
            Integer index = indexByLabel.get(prefixed(mapping.getColumn(), prefix).toUpperCase(Locale.ENGLISH));
            if (index == null) {
                throw new Unsupported("discriminator column " + prefixed(mapping.getColumn(), prefix) + " of "
                        + resultMap.getId() + " is not in the result set");
            }
            Map<String, ResultMapChoice> cases = new HashMap<>();
            for (Map.Entry<String, String> entry : discriminator.getDiscriminatorMap().entrySet()) {
                if (!configuration.hasResultMap(entry.getValue())) {
                    continue;
                }
                ResultMap target = configuration.getResultMap(entry.getValue());
                Set<String> passedWithTarget = new HashSet<>(passed);
                boolean further = target.getDiscriminator() != null && target.getDiscriminator() != discriminator
                        && passedWithTarget.add(target.getId());
                cases.put(entry.getKey(), further ? discriminated(target, prefix, passedWithTarget)
                        : compile(target, prefix));
            }
            return new Discriminated(new Column(index, mapping.getTypeHandler()), cases, compile(resultMap, prefix));
        }

        /** One resultMap at one prefix; its discriminator, if any, has been resolved by the caller. */
        private BoundResultMap compile(ResultMap resultMap, String prefix) throws Unsupported {
            Class<?> type = resultMap.getType();
            if (Map.class.isAssignableFrom(type) || hasTypeHandlerForResultObject(type)) {
                throw new Unsupported("resultMap " + resultMap.getId() + " maps to " + type.getName()
                        + ", not to a bean");
            }
            String creation = creationLeftToMyBatis(resultMap, settings.reflectorFactory());
            if (creation != null) {
                throw new Unsupported(creation);
            }
            MetaClass metaClass = MetaClass.forClass(type, settings.reflectorFactory());
            Set<String> mapped = mappedColumns(resultMap, prefix);
            path.add(resultMap.getId());
            compiledIds.add(resultMap.getId());
            try {
                List<PropertyColumn> properties = new ArrayList<>();
                for (ResultMapping mapping : resultMap.getPropertyResultMappings()) {
                    if (mapping.getNestedQueryId() != null || mapping.getResultSet() != null
                            || mapping.isCompositeResult()) {
                        throw new Unsupported("resultMap " + resultMap.getId() + " property " + mapping.getProperty()
                                + " is loaded by a nested select or from another result set");
                    }
                    Integer index = mapping.getNestedResultMapId() == null ? index(mapped, mapping.getColumn(), prefix)
                            : null;
                    if (index != null && mapping.getProperty() != null) {
                        properties.add(new PropertyColumn(new Column(index, mapping.getTypeHandler()),
                                setter(type, simpleProperty(resultMap, mapping.getProperty()))));
                    }
                }
                List<ResultMapping> keyMappings = resultMap.getIdResultMappings().isEmpty()
                        ? resultMap.getPropertyResultMappings()
                        : resultMap.getIdResultMappings();
                List<Column> keyColumns = new ArrayList<>();
                for (ResultMapping mapping : keyMappings) {
                    Integer index = mapping.isSimple() ? index(mapped, mapping.getColumn(), prefix) : null;
                    if (index != null) {
                        keyColumns.add(new Column(index, mapping.getTypeHandler()));
                    }
                }
                PropertyColumn[] autoMappings = shouldAutoMap(resultMap)
                        ? autoMappings(resultMap, prefix, metaClass)
                        : new PropertyColumn[0];
                List<Child> children = new ArrayList<>();
                Map<String, Integer> knownSlots = new HashMap<>();
                if (nested) {
                    for (ResultMapping mapping : resultMap.getPropertyResultMappings()) {
                        if (mapping.getNestedResultMapId() != null) {
                            children.add(child(resultMap, mapping, prefix, metaClass, knownSlots));
                        }
                    }
                }
                return new BoundResultMap(resultMap,
                        PropertyAccess.instantiator(settings.objectFactory(), type),
                        keyColumns.toArray(Column[]::new), autoMappings, properties.toArray(PropertyColumn[]::new),
                        children.toArray(Child[]::new), knownSlots.size());
            } finally {
                path.remove(path.size() - 1);
            }
        }

        private Child child(ResultMap parent, ResultMapping mapping, String parentPrefix, MetaClass metaClass,
                Map<String, Integer> knownSlots) throws Unsupported {
            String property = simpleProperty(parent, mapping.getProperty());
            Class<?> declaredType = mapping.getJavaType() != null ? mapping.getJavaType()
                    : metaClass.getSetterType(property);
            Supplier<Object> newCollection = settings.objectFactory().isCollection(declaredType)
                    ? PropertyAccess.instantiator(settings.objectFactory(), declaredType)
                    : null;
            Function<Object, Object> getter = PropertyAccess.getter(settings.reflectorFactory(),
                    parent.getType(), property);
            BiConsumer<Object, Object> setter = setter(parent.getType(), property);
            String nestedId = mapping.getNestedResultMapId();
            boolean discriminated = configuration.getResultMap(nestedId).getDiscriminator() != null;
            if (mapping.getColumnPrefix() == null && path.contains(nestedId)) {
                if (discriminated) {
                    // MyBatis reads the discriminator before it links the ancestor
                    throw new Unsupported("resultMap " + nestedId + " has a discriminator and is linked as an ancestor");
                }
                ancestorTargets.add(nestedId);
                return new Child(ChildKind.ANCESTOR, property, null, -1, path.lastIndexOf(nestedId), null, newCollection,
                        getter, setter);
            }
            String prefix = childPrefix(parentPrefix, mapping);
            int[] notNullColumns = null;
            if (mapping.getNotNullColumns() != null && !mapping.getNotNullColumns().isEmpty()) {
                List<Integer> indexes = new ArrayList<>();
                for (String column : mapping.getNotNullColumns()) {
                    Integer index = indexByLabel.get(prefixed(column, prefix).toUpperCase(Locale.ENGLISH));
                    if (index == null) {
                        throw new Unsupported("notNullColumn " + prefixed(column, prefix) + " of "
                                + parent.getId() + "." + property + " is not in the result set");
                    }
                    indexes.add(index);
                }
                notNullColumns = indexes.stream().mapToInt(Integer::intValue).toArray();
            } else if (prefix != null && indexByLabel.keySet().stream().noneMatch(label -> label.startsWith(prefix))) {
                if (discriminated) {
                    throw new Unsupported("resultMap " + nestedId + " has a discriminator and no column under "
                            + prefix);
                }
                return new Child(ChildKind.ABSENT, property, null, -1, -1, null, newCollection, getter, setter);
            }
            ResultMapChoice node = choice(configuration.getResultMap(nestedId), prefix);
            // discriminated children are told apart by the chosen resultMap's id (VariantKey) under one prefix
            int knownSlot = knownSlots.computeIfAbsent(discriminated ? "?:" + prefix : nestedId + ':' + prefix,
                    key -> knownSlots.size());
            return new Child(ChildKind.NESTED, property, node, knownSlot, -1, notNullColumns, newCollection, getter,
                    setter);
        }

        private PropertyColumn[] autoMappings(ResultMap resultMap, String prefix, MetaClass metaClass)
                throws Unsupported {
            List<PropertyColumn> autoMappings = new ArrayList<>();
            for (String column : unmappedColumns(resultMap, prefix)) {
                String propertyName = column;
                if (prefix != null) {
                    if (!column.toUpperCase(Locale.ENGLISH).startsWith(prefix)) {
                        continue;
                    }
                    propertyName = column.substring(prefix.length());
                }
                String property = metaClass.findProperty(propertyName, settings.mapUnderscoreToCamelCase());
                boolean writable = property != null && metaClass.hasSetter(property);
                if (writable && resultMap.getMappedProperties().contains(property)) {
                    continue;
                }
                Class<?> propertyType = writable ? metaClass.getSetterType(property) : null;
                if (!writable || !configuration.getTypeHandlerRegistry().hasTypeHandler(propertyType,
                        columns.getJdbcType(column))) {
                    if (settings.autoMappingUnknownColumnBehavior() != AutoMappingUnknownColumnBehavior.NONE) {
                        throw new Unsupported("column " + column + " has no property to be auto-mapped to, and "
                                + "MyBatis is set to report that on every statement");
                    }
                    continue;
                }
                autoMappings.add(new PropertyColumn(
                        new Column(indexByLabel.get(column.toUpperCase(Locale.ENGLISH)),
                                columns.getTypeHandler(propertyType, column)),
                        setter(resultMap.getType(), simpleProperty(resultMap, property))));
            }
            return autoMappings.toArray(PropertyColumn[]::new);
        }

        /** MyBatis's {@code shouldApplyAutomaticMappings}: nested statements auto-map only when FULL. */
        private boolean shouldAutoMap(ResultMap resultMap) {
            if (resultMap.getAutoMapping() != null) {
                return resultMap.getAutoMapping();
            }
            AutoMappingBehavior behavior = settings.autoMappingBehavior();
            return nested ? behavior == AutoMappingBehavior.FULL : behavior != AutoMappingBehavior.NONE;
        }

        /** MyBatis's {@code hasTypeHandlerForResultObject}: a scalar result such as {@code long}. */
        private boolean hasTypeHandlerForResultObject(Class<?> type) {
            List<String> labels = columns.getColumnNames();
            return labels.size() == 1
                    ? configuration.getTypeHandlerRegistry().hasTypeHandler(type, columns.getJdbcType(labels.get(0)))
                    : configuration.getTypeHandlerRegistry().hasTypeHandler(type);
        }

        private Set<String> mappedColumns(ResultMap resultMap, String prefix) {
            try {
                return columns.getMappedColumnNames(resultMap, prefix);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private List<String> unmappedColumns(ResultMap resultMap, String prefix) {
            try {
                return columns.getUnmappedColumnNames(resultMap, prefix);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The index of a mapped column that this result set has, or null. */
        private Integer index(Set<String> mapped, String column, String prefix) {
            if (column == null) {
                return null;
            }
            String label = prefixed(column, prefix).toUpperCase(Locale.ENGLISH);
            return mapped.contains(label) ? indexByLabel.get(label) : null;
        }

        private BiConsumer<Object, Object> setter(Class<?> type, String property) {
            return PropertyAccess.setter(settings.reflectorFactory(), type, property);
        }

        private static String simpleProperty(ResultMap resultMap, String property) throws Unsupported {
            if (property == null || property.indexOf('.') >= 0 || property.indexOf('[') >= 0) {
                throw new Unsupported("resultMap " + resultMap.getId() + " writes the property path " + property);
            }
            return property;
        }

        private static String childPrefix(String parentPrefix, ResultMapping mapping) {
            String prefix = (parentPrefix == null ? "" : parentPrefix)
                    + (mapping.getColumnPrefix() == null ? "" : mapping.getColumnPrefix());
            return prefix.isEmpty() ? null : prefix.toUpperCase(Locale.ENGLISH);
        }

        private static String prefixed(String column, String prefix) {
            return prefix == null || column.isEmpty() ? column : prefix + column;
        }
    }
}
