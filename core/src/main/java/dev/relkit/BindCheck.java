package dev.relkit;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Polymorphism;
import dev.relkit.relation.Relationship;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.reflection.Reflector;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

/**
 * The checks {@link Relkit.Builder#bind()} runs: every declaration against the MyBatis configuration
 * it is bound to. Each problem is one line naming the entity or relationship, the property and the
 * column, and saying what to change.
 */
final class BindCheck {

    private final Configuration configuration;
    private final List<String> problems = new ArrayList<>();

    BindCheck(Configuration configuration) {
        this.configuration = configuration;
    }

    List<String> check(Metamodel metamodel, List<EntityType<?>> extraEntities, List<Polymorphism<?>> hierarchies) {
        Set<EntityType<?>> entities = new LinkedHashSet<>();
        for (Relationship<?, ?> relationship : metamodel.relationships()) {
            entities.add(relationship.owner());
            entities.add(relationship.target());
            relationship.polymorphism().ifPresent(hierarchy -> addHierarchy(hierarchy, entities));
        }
        entities.addAll(extraEntities);
        hierarchies.forEach(hierarchy -> addHierarchy(hierarchy, entities));
        for (EntityType<?> entity : entities) {
            checkEntity(entity);
        }
        for (Relationship<?, ?> relationship : metamodel.relationships()) {
            checkRelationship(relationship);
        }
        return problems;
    }

    private static void addHierarchy(Polymorphism<?> hierarchy, Set<EntityType<?>> entities) {
        entities.add(hierarchy.target());
        hierarchy.subtypes().forEach(subtype -> entities.add(subtype.entity()));
    }

    private <T> void checkEntity(EntityType<T> entity) {
        Reflector reflector = configuration.getReflectorFactory().findForClass(entity.javaType());
        for (Attribute<T, ?> attribute : entity.attributes()) {
            if (!reflector.hasGetter(attribute.property())) {
                problems.add(entity.name() + "." + attribute.property() + " (column " + attribute.columnName()
                        + "): " + entity.javaType().getName() + " has no property '" + attribute.property()
                        + "'; name the attribute after the class's property"
                        + (entity.derived(attribute) ? " (property(column, name) renames a derived attribute,"
                                + " ignore(column) leaves the column out)" : ""));
            } else {
                checkPropertyType(entity, attribute, reflector);
                if (entity.derived(attribute) && !reflector.hasSetter(attribute.property())) {
                    problems.add(entity.name() + "." + attribute.property() + " (column " + attribute.columnName()
                            + "): " + entity.javaType().getName() + " has no setter for '" + attribute.property()
                            + "', which loaders and the unit of work write; add one or declare the attribute with column(...)");
                }
            }
            if (!sameTable(attribute.column().table(), entity.table())) {
                problems.add(entity.name() + "." + attribute.property() + ": the column " + attribute.columnName()
                        + " belongs to the table " + tableName(attribute.column().table()) + ", not to "
                        + entity.tableName() + "; declare the entity's columns from its own table");
            }
        }
        Optional<String> resultMapId = entity.resultMapId();
        if (resultMapId.isEmpty()) {
            return; // nothing to check: relkit refuses to load such an entity when asked to, naming it
        }
        if (!configuration.hasResultMap(resultMapId.get())) {
            problems.add(entity.name() + ": its resultMap " + resultMapId.get()
                    + " is not in the MyBatis configuration; register the mapper that declares it, or correct the id");
            return;
        }
        ResultMap resultMap = configuration.getResultMap(resultMapId.get());
        if (!resultMap.getType().isAssignableFrom(entity.javaType()) && !entity.javaType().isAssignableFrom(resultMap.getType())) {
            problems.add(entity.name() + ": its resultMap " + resultMap.getId() + " maps " + resultMap.getType().getName()
                    + ", not " + entity.javaType().getName());
            return;
        }
        Map<String, String> columnsByProperty = columnsByProperty(resultMap);
        for (Attribute<?, ?> attribute : entity.attributes()) {
            String label = columnsByProperty.get(attribute.property());
            if (label != null && !label.equalsIgnoreCase(attribute.columnName())) {
                problems.add(entity.name() + "." + attribute.property() + ": its resultMap " + resultMap.getId()
                        + " reads it from the column label '" + label + "', but relkit's generated statements select"
                        + " the column " + attribute.columnName() + " under its own name; give the entity a resultMap"
                        + " that reads '" + attribute.columnName() + "' (a prefixed join nests that resultMap with"
                        + " columnPrefix instead of writing the prefix into it)");
            }
        }
        checkResultMapAgrees(entity, resultMap, columnsByProperty, reflector);
        for (Attribute<?, ?> id : entity.idAttributes()) {
            if (!columnsByProperty.containsKey(id.property()) && !autoMaps(resultMap)) {
                problems.add(entity.name() + "." + id.property() + ": its resultMap " + resultMap.getId()
                        + " does not map this key (column " + id.columnName() + "), and relkit identifies every loaded"
                        + " row by its key; add <id property=\"" + id.property() + "\" column=\"" + id.columnName() + "\"/>");
            }
        }
    }

    /** The table class's type for a column against the class's property type, boxed. */
    private <T> void checkPropertyType(EntityType<T> entity, Attribute<T, ?> attribute, Reflector reflector) {
        Optional<Class<?>> columnType = entity.columnType(attribute);
        Class<?> propertyType = boxed(reflector.getGetterType(attribute.property()));
        if (columnType.isPresent() && !columnType.get().equals(propertyType)) {
            problems.add(entity.name() + "." + attribute.property() + " (column " + attribute.columnName()
                    + "): the table class " + entity.table().getClass().getName() + " types the column "
                    + columnType.get().getName() + ", but " + entity.javaType().getName() + "'s property is "
                    + propertyType.getName() + "; make the two agree");
        }
    }

    /**
     * Every declared column is read by the resultMap into its own property: not into another one, and
     * not left unmapped (relkit's generated statements select it; a resultMap that skips it leaves the
     * property unset on everything relkit loads). Keys are checked on their own.
     */
    private <T> void checkResultMapAgrees(EntityType<T> entity, ResultMap resultMap, Map<String, String> columnsByProperty,
                                          Reflector reflector) {
        Map<String, String> propertiesByColumn = new LinkedHashMap<>();
        columnsByProperty.forEach((property, column) -> propertiesByColumn.putIfAbsent(column.toLowerCase(Locale.ROOT), property));
        for (Attribute<T, ?> attribute : entity.attributes()) {
            if (!reflector.hasGetter(attribute.property())) {
                continue; // already named: the class lacks the property
            }
            String readInto = propertiesByColumn.get(attribute.columnName().toLowerCase(Locale.ROOT));
            if (readInto != null && !readInto.equals(attribute.property())) {
                problems.add(entity.name() + "." + attribute.property() + " (column " + attribute.columnName()
                        + "): its resultMap " + resultMap.getId() + " reads the column into the property '" + readInto
                        + "'; map the column to one property in both");
            } else if (readInto == null && !columnsByProperty.containsKey(attribute.property())
                    && !entity.idAttributes().contains(attribute) && !autoMaps(resultMap)) {
                problems.add(entity.name() + "." + attribute.property() + " (column " + attribute.columnName()
                        + "): its resultMap " + resultMap.getId() + " does not map it, so everything relkit loads leaves"
                        + " the property unset; add <result property=\"" + attribute.property() + "\" column=\""
                        + attribute.columnName() + "\"/>" + (entity.derived(attribute) ? ", or leave the column out with ignore(column)" : ""));
            }
        }
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    /** Property → column label of the resultMap's own (not nested) mappings, constructor arguments included. */
    private static Map<String, String> columnsByProperty(ResultMap resultMap) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (ResultMapping mapping : resultMap.getResultMappings()) {
            if (mapping.getProperty() != null && mapping.getColumn() != null
                    && mapping.getNestedResultMapId() == null && mapping.getNestedQueryId() == null) {
                columns.putIfAbsent(mapping.getProperty(), mapping.getColumn());
            }
        }
        return columns;
    }

    private boolean autoMaps(ResultMap resultMap) {
        if (resultMap.getAutoMapping() != null) {
            return resultMap.getAutoMapping();
        }
        AutoMappingBehavior behavior = configuration.getAutoMappingBehavior();
        return behavior == AutoMappingBehavior.FULL
                || behavior == AutoMappingBehavior.PARTIAL && !resultMap.hasNestedResultMaps();
    }

    private void checkRelationship(Relationship<?, ?> relationship) {
        SqlTable owner = relationship.owner().table();
        SqlTable target = relationship.target().table();
        Optional<SqlTable> link = relationship.secondary();
        for (JoinColumns pair : relationship.ownerJoin()) {
            requireTable(relationship, pair.left(), owner, "owner");
            requireTable(relationship, pair.right(), link.orElse(target), link.isPresent() ? "link" : "target");
        }
        for (JoinColumns pair : relationship.secondaryJoin()) {
            requireTable(relationship, pair.left(), link.orElse(owner), "link");
            requireTable(relationship, pair.right(), target, "target");
        }
        relationship.selectInStatement().ifPresent(declared -> {
            if (!configuration.hasStatement(declared.statementId(), false)) {
                problems.add(relationship.qualifiedName() + ": its select-in statement " + declared.statementId()
                        + " is not in the MyBatis configuration; register its mapper, or correct the id");
            }
        });
    }

    private void requireTable(Relationship<?, ?> relationship, SqlColumn<?> column, SqlTable expected, String side) {
        if (!sameTable(column.table(), expected)) {
            problems.add(relationship.qualifiedName() + ": the join column " + tableName(column.table()) + "."
                    + column.name() + " is on the " + side + " side, which is the table " + tableName(expected)
                    + "; join on a column of " + tableName(expected));
        }
    }

    private static boolean sameTable(SqlTable a, SqlTable b) {
        return a == b || tableName(a).equalsIgnoreCase(tableName(b));
    }

    private static String tableName(SqlTable table) {
        return table.tableNameAtRuntime().toLowerCase(Locale.ROOT);
    }
}
