package dev.relkit.generator;

import dev.relkit.generator.DeclarationPlan.Column;
import dev.relkit.generator.DeclarationPlan.Entity;
import dev.relkit.generator.DeclarationPlan.Join;
import dev.relkit.generator.DeclarationPlan.Kind;
import dev.relkit.generator.DeclarationPlan.Relationship;
import dev.relkit.generator.SchemaConstraints.ForeignKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns tables and foreign keys into relkit declarations, following relkit's conventions
 * (docs/DESIGN.md, section 2):
 *
 * <ul>
 *   <li>every table with a primary key is an entity; its key is a {@code generatedId} when it is one
 *       auto-increment column, else one {@code id} per key column (composite keys);</li>
 *   <li>a foreign key is a many-to-one on the table that holds it, named after its column without
 *       {@code _id} ({@code original_language_id} → {@code originalLanguage}; a composite key after the
 *       referenced table), and an inverse on the referenced table, linked by {@code backPopulates}: a
 *       one-to-one when the key's columns are unique in the holding table (its primary key or a unique
 *       index), else a one-to-many list named with the holding table's plural ({@code films});</li>
 *   <li>several foreign keys from one table to another keep distinct roles: the inverse of a key not
 *       named after the referenced table says which role it is the inverse of
 *       ({@code Language.filmsAsOriginalLanguage}), and a self-reference is the same case
 *       ({@code Employee.employeesAsManager}); a single key's inverse is the plain plural
 *       ({@code BlogUser.posts} for {@code post.author_id});</li>
 *   <li>a link table (its primary key is exactly the columns of two foreign keys) whose other columns
 *       are all optional (nullable, defaulted or generated) is no entity: it is the secondary table of a
 *       many-to-many on each side ({@code Film.actors}, {@code Actor.films});</li>
 *   <li>a link table with a required column of its own is an association object: an entity with its two
 *       many-to-ones and their inverses, plus a {@code viewOnly} many-to-many on each side for reading,
 *       written through the association object as SQLAlchemy advises.</li>
 * </ul>
 *
 * <p>Names never clash with a column property or another relationship of the same owner: a clash gets
 * a number ({@code store2}); role aliases that would be SQL keywords are declared as {@code <name>_rel}.
 */
final class RelationshipPlanner {

    /** A table as MyBatis Generator introspected it, reduced to what the declarations need. */
    record TableShape(String table, String domainObjectName, String tableObject, List<Column> columns, List<ColumnFacts> facts) {
    }

    /** What decides whether a link table's own column makes it an association object. */
    record ColumnFacts(String name, boolean required) {
    }

    private final Map<String, TableShape> tables = new LinkedHashMap<>();
    private final SchemaConstraints constraints;
    private final String modelPackage;
    private final String clientPackage;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> takenNames = new LinkedHashMap<>();
    private final Set<String> takenConstants = new HashSet<>();
    /** {@code Model.generatedName} → the name to use instead ({@code Store.managerStaff} → {@code manager}). */
    private final Map<String, String> renames;
    private final Set<String> renamesUsed = new HashSet<>();

    RelationshipPlanner(List<TableShape> shapes, SchemaConstraints constraints, String modelPackage, String clientPackage) {
        this(shapes, constraints, modelPackage, clientPackage, Map.of());
    }

    /**
     * @param renames relationship names to replace, keyed {@code Model.generatedName} ({@code Store.managerStaff}),
     *                valued with the name to write ({@code manager}); a key no relationship has is a warning
     */
    RelationshipPlanner(List<TableShape> shapes, SchemaConstraints constraints, String modelPackage, String clientPackage,
                        Map<String, String> renames) {
        shapes.forEach(shape -> tables.put(shape.table(), shape));
        this.constraints = constraints;
        this.modelPackage = modelPackage;
        this.clientPackage = clientPackage;
        this.renames = Map.copyOf(renames);
    }

    DeclarationPlan plan() {
        Map<String, List<ForeignKey>> keysByTable = constraints.foreignKeys().stream()
                .filter(key -> tables.containsKey(key.table()) && tables.containsKey(key.referencedTable()))
                .collect(Collectors.groupingBy(ForeignKey::table, LinkedHashMap::new, Collectors.toList()));
        Map<String, Boolean> linkTables = new LinkedHashMap<>();   // table -> pure
        for (TableShape shape : tables.values()) {
            List<ForeignKey> keys = keysByTable.getOrDefault(shape.table(), List.of());
            if (isLinkTable(shape, keys)) {
                Set<String> keyColumns = keys.stream().flatMap(k -> k.columns().stream()).collect(Collectors.toSet());
                boolean pure = shape.facts().stream().noneMatch(f -> !keyColumns.contains(f.name()) && f.required());
                linkTables.put(shape.table(), pure);
            }
        }
        for (TableShape shape : tables.values()) {
            if (shape.columns().stream().noneMatch(Column::key)) {
                warnings.add(shape.table() + ": no primary key, so no entity (relkit identifies rows by their key)");
            } else if (!linkTables.getOrDefault(shape.table(), false)) {
                entities.put(shape.table(), entity(shape));
            }
        }

        List<Relationship> relationships = new ArrayList<>();
        Map<String, List<Relationship>> byOwner = new LinkedHashMap<>();
        entities.keySet().forEach(table -> byOwner.put(table, new ArrayList<>()));
        // names of the many-to-ones first: they are the roles the inverses and many-to-manys refer to
        Map<ForeignKey, String> forwardNames = new LinkedHashMap<>();
        keysByTable.values().stream().flatMap(List::stream)
                .filter(key -> entities.containsKey(key.table()) && entities.containsKey(key.referencedTable()))
                .forEach(key -> forwardNames.put(key, claim(key.table(), forwardName(key))));
        Map<ForeignKey, String> inverseNames = new LinkedHashMap<>();
        forwardNames.forEach((key, name) -> {
            long keysToSameTable = forwardNames.keySet().stream()
                    .filter(k -> k.table().equals(key.table()) && k.referencedTable().equals(key.referencedTable())).count();
            boolean role = keysToSameTable > 1 || key.table().equals(key.referencedTable())
                    // the plain plural is taken (Staff.store, staff.store_id): the role tells them apart
                    || takenNames.get(key.referencedTable()).contains(inverseName(key, name, false));
            inverseNames.put(key, claim(key.referencedTable(), inverseName(key, name, role)));
        });

        forwardNames.forEach((key, name) -> {
            Entity owner = entities.get(key.table());
            Entity target = entities.get(key.referencedTable());
            String inverse = inverseNames.get(key);
            boolean unique = unique(key);
            byOwner.get(owner.table()).add(relationship(Kind.MANY_TO_ONE, name, owner, target, joins(owner, key.columns(), target,
                    key.referencedColumns()), null, null, List.of(), inverse, false,
                    "{@code " + owner.modelSimpleName() + "." + name + "}: many-to-one through " + columnsText(key.table(), key.columns())
                            + (unique ? " (unique: the inverse is a one-to-one)" : "") + "."));
        });
        forwardNames.forEach((key, name) -> {
            Entity owner = entities.get(key.table());
            Entity target = entities.get(key.referencedTable());
            boolean unique = unique(key);
            String inverse = inverseNames.get(key);
            byOwner.get(target.table()).add(relationship(unique ? Kind.ONE_TO_ONE : Kind.ONE_TO_MANY, inverse, target, owner,
                    joins(target, key.referencedColumns(), owner, key.columns()), null, null, List.of(), name, false,
                    "{@code " + target.modelSimpleName() + "." + inverse + "}: " + (unique ? "one-to-one" : "one-to-many")
                            + ", the inverse of {@code " + owner.modelSimpleName() + "." + name + "} ("
                            + columnsText(key.table(), key.columns()) + ")."));
        });
        linkTables.forEach((link, pure) -> {
            List<ForeignKey> keys = keysByTable.get(link);
            ForeignKey first = keys.get(0);
            ForeignKey second = keys.get(1);
            if (!entities.containsKey(first.referencedTable()) || !entities.containsKey(second.referencedTable())) {
                warnings.add(link + ": links a table that is no entity; no many-to-many declared");
                return;
            }
            String firstName = claim(first.referencedTable(), Names.plural(forwardName(second)));
            String secondName = claim(second.referencedTable(), Names.plural(forwardName(first)));
            String linkObject = tables.get(link).tableObject();
            byOwner.get(first.referencedTable()).add(manyToMany(link, linkObject, first, second, firstName, secondName, !pure));
            byOwner.get(second.referencedTable()).add(manyToMany(link, linkObject, second, first, secondName, firstName, !pure));
        });
        byOwner.values().forEach(relationships::addAll);
        renames.keySet().stream().filter(key -> !renamesUsed.contains(key)).sorted()
                .forEach(key -> warnings.add("rename " + key + "=" + renames.get(key) + ": no generated relationship is named " + key));
        return new DeclarationPlan(List.copyOf(entities.values()), relationships, warnings);
    }

    private static boolean isLinkTable(TableShape shape, List<ForeignKey> keys) {
        if (keys.size() != 2) {
            return false;
        }
        Set<String> first = Set.copyOf(keys.get(0).columns());
        Set<String> second = Set.copyOf(keys.get(1).columns());
        Set<String> primaryKey = shape.columns().stream().filter(Column::key).map(Column::name).collect(Collectors.toSet());
        Set<String> both = new HashSet<>(first);
        both.addAll(second);
        return first.stream().noneMatch(second::contains) && both.equals(primaryKey)
                && !keys.get(0).referencedTable().equals(shape.table()) && !keys.get(1).referencedTable().equals(shape.table());
    }

    private Entity entity(TableShape shape) {
        String domain = shape.domainObjectName();
        String constant = constant(Names.constant(Names.camel(shape.table())));
        takenNames.put(shape.table(), shape.columns().stream().map(Column::property).collect(Collectors.toCollection(HashSet::new)));
        return new Entity(shape.table(), constant, modelPackage + "." + domain, clientPackage + "." + domain + "DynamicSqlSupport",
                shape.tableObject(), clientPackage + "." + domain + "Mapper", Names.camel(shape.table()) + "Result",
                shape.columns());
    }

    private boolean unique(ForeignKey key) {
        return constraints.isUnique(key.table(), Set.copyOf(key.columns()));
    }

    /** {@code original_language_id} → {@code originalLanguage}; a composite key or an unusable column name → the referenced table. */
    private String forwardName(ForeignKey key) {
        String referenced = Names.camel(key.referencedTable());
        if (key.columns().size() != 1) {
            return referenced;
        }
        String column = key.columns().get(0);
        String lower = column.toLowerCase(Locale.ROOT);
        String base = lower.endsWith("_id") ? column.substring(0, column.length() - 3)
                : lower.endsWith("id") && column.length() > 2 ? column.substring(0, column.length() - 2) : null;
        if (base == null || base.isBlank()) {
            return referenced;
        }
        String name = Names.camel(base);
        return name.equals(Names.camel(column)) ? referenced : name;
    }

    /**
     * {@code films}; where the holding table has several keys to the referenced table, or refers to
     * itself, {@code filmsAsOriginalLanguage} for each key not named after the referenced table.
     */
    private String inverseName(ForeignKey key, String forwardName, boolean role) {
        String holder = Names.camel(key.table());
        String noun = unique(key) ? holder : Names.plural(holder);
        return !role || forwardName.equals(Names.camel(key.referencedTable())) ? noun : noun + "As" + Names.capitalized(forwardName);
    }

    private String claim(String ownerTable, String generated) {
        Set<String> taken = takenNames.get(ownerTable);
        String key = tables.get(ownerTable).domainObjectName() + "." + generated;
        String wanted = renames.getOrDefault(key, generated);
        if (renames.containsKey(key)) {
            renamesUsed.add(key);
        }
        String name = wanted;
        for (int n = 2; taken.contains(name); n++) {
            name = wanted + n;
        }
        taken.add(name);
        return name;
    }

    private String constant(String wanted) {
        String name = wanted;
        for (int n = 2; takenConstants.contains(name); n++) {
            name = wanted + "_" + n;
        }
        takenConstants.add(name);
        return name;
    }

    private Relationship manyToMany(String link, String linkObject, ForeignKey ownerKey, ForeignKey targetKey, String name,
                                    String inverse, boolean viewOnly) {
        Entity owner = entities.get(ownerKey.referencedTable());
        Entity target = entities.get(targetKey.referencedTable());
        List<Join> on = new ArrayList<>();
        for (int i = 0; i < ownerKey.columns().size(); i++) {
            on.add(new Join(owner.tableObject(), property(owner.table(), ownerKey.referencedColumns().get(i)),
                    linkObject, property(link, ownerKey.columns().get(i))));
        }
        List<Join> linkOn = new ArrayList<>();
        for (int i = 0; i < targetKey.columns().size(); i++) {
            linkOn.add(new Join(linkObject, property(link, targetKey.columns().get(i)),
                    target.tableObject(), property(target.table(), targetKey.referencedColumns().get(i))));
        }
        String description = "{@code " + owner.modelSimpleName() + "." + name + "}: many-to-many through {@code " + link + "}"
                + (viewOnly ? ", read-only: {@code " + link + "} has columns of its own and is written as an association object." : ".");
        String linkSupport = clientPackage + "." + tables.get(link).domainObjectName() + "DynamicSqlSupport";
        return relationship(Kind.MANY_TO_MANY, name, owner, target, on, linkObject, linkSupport, linkOn, inverse, viewOnly, description);
    }

    private Relationship relationship(Kind kind, String name, Entity owner, Entity target, List<Join> on, String linkTable,
                                      String linkSupport, List<Join> linkOn, String backPopulates, boolean viewOnly, String description) {
        String snake = Names.snake(name);
        String roleAlias = Names.reserved(snake) ? snake + "_rel" : null;
        return new Relationship(constant(owner.constant() + "_" + Names.constant(name)), kind, name, owner, target, on,
                linkTable, linkSupport, linkOn, backPopulates, viewOnly, roleAlias, description);
    }

    private List<Join> joins(Entity left, List<String> leftColumns, Entity right, List<String> rightColumns) {
        List<Join> joins = new ArrayList<>();
        for (int i = 0; i < leftColumns.size(); i++) {
            joins.add(new Join(left.tableObject(), property(left.table(), leftColumns.get(i)),
                    right.tableObject(), property(right.table(), rightColumns.get(i))));
        }
        return joins;
    }

    private String property(String table, String column) {
        return tables.get(table).columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst()
                .map(Column::property)
                .orElseThrow(() -> new IllegalStateException(table + "." + column + ": a key column MyBatis Generator did not introspect"));
    }

    private static String columnsText(String table, List<String> columns) {
        return columns.stream().map(c -> "{@code " + table + "." + c + "}").collect(Collectors.joining(", "));
    }
}
