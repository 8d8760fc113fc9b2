package dev.relkit.load;

import dev.relkit.sql.GeneratedStatements;
import dev.relkit.sql.RenderedStatement;
import dev.relkit.sql.StatementTemplate;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.CollectionAccessor;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.LoadStrategy;
import dev.relkit.relation.Polymorphism;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipKind;
import dev.relkit.relation.SubtypeJoins;
import org.apache.ibatis.mapping.Discriminator;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultFlag;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.AndOrCriteriaGroup;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.DerivedColumn;
import org.mybatis.dynamic.sql.SortSpecification;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.SqlTable;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.mybatis.dynamic.sql.SqlBuilder.and;
import static org.mybatis.dynamic.sql.SqlBuilder.group;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.isLessThanOrEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.or;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Builds the SQL of select-in (and subquery) loading from relationship declarations, and the mapped
 * statements and resultMaps that read it ({@link GeneratedStatements}: generated once per shape, never
 * added to the application's MyBatis {@link Configuration}).
 *
 * <p>The targets' rows are read by the target entity's own XML resultMap (declared in its
 * {@link EntityType}); it must read the table's own column names unprefixed, as relkit's per-entity
 * resultMaps do. Joined relationships under a select-in are added as nested resultMappings with the
 * column prefix {@code <role alias>__}, stacking per level (and added to each case of a
 * discriminating resultMap). A polymorphic relationship's statements outer-join the subtype tables
 * and select their columns under their own names.
 */
final class LoaderStatements {

    /** Generated resultMaps are named after the shape they map, under relkit's generated namespace. */
    private static final String MAP_PREFIX = GeneratedStatements.NAMESPACE + ".map.";
    private static final String LINKED_PREFIX = GeneratedStatements.NAMESPACE + ".linked.";

    static final String OWNER_KEY_COLUMN = "relkit_owner_key";
    static final String PARENT_ALIAS = "relkit_parent";

    private final GeneratedStatements generated;
    /** Builds generated resultMaps and resolves their nested ids: the application's settings plus the generated maps. */
    private final Configuration configuration;

    LoaderStatements(GeneratedStatements generated) {
        this.generated = generated;
        this.configuration = generated.builderConfiguration();
    }

    /** The generated statement that runs a rendered select and maps rows with {@code resultMapId}. */
    MappedStatement statementFor(String resultMapId) {
        return generated.select(resultMapId, generated.resultMap(resultMapId));
    }

    /** Runs a rendered select through the generated statement of {@code resultMapId}. */
    <E> List<E> selectList(SqlSession session, String resultMapId, SelectStatementProvider rendered) {
        return selectList(session, resultMapId, RenderedStatement.of(rendered));
    }

    /** Runs a select with its values bound through the generated statement of {@code resultMapId}. */
    <E> List<E> selectList(SqlSession session, String resultMapId, RenderedStatement statement) {
        return generated.selectList(session, statementFor(resultMapId), statement);
    }

    /**
     * The resultMap that maps one target row of {@code option}: the target's XML resultMap, or a
     * generated one extending it with the joined relationships chained under the option.
     */
    String resultMapFor(Load option) {
        String base = baseResultMap(option.relationship().target(), option.relationship());
        List<Load> joined = joinedChildren(option);
        if (joined.isEmpty()) {
            return base;
        }
        String id = MAP_PREFIX + shapeKey(option);
        if (generated.hasResultMap(id)) {
            return id;
        }
        ResultMap baseMap = generated.resultMap(base);
        List<ResultMapping> nested = new ArrayList<>();
        for (Load child : joined) {
            Relationship<?, ?> relationship = child.relationship();
            if (relationship.isCollection() && relationship.collection().shape() == CollectionAccessor.Shape.KEYED_MAP) {
                throw new UnsupportedOperationException(relationship.qualifiedName()
                        + " is a keyed map: MyBatis cannot fill a Map from a joined resultMap; load it with selectIn");
            }
            nested.add(new ResultMapping.Builder(configuration, relationship.name())
                    .nestedResultMapId(resultMapFor(child))
                    .columnPrefix(prefix(relationship))
                    .notNullColumns(idColumnNames(relationship.target()))
                    .build());
        }
        generated.resultMap(id, key -> extended(key, baseMap, nested));
        return id;
    }

    /**
     * {@code map} plus {@code nested} under the id {@code id}. A discriminating map's cases are
     * extended the same way (and registered first): the case MyBatis switches to replaces the whole
     * map, so a subtype row would otherwise lose the joined relationships.
     */
    private ResultMap extended(String id, ResultMap map, List<ResultMapping> nested) {
        List<ResultMapping> mappings = new ArrayList<>(map.getResultMappings());
        mappings.addAll(nested);
        Discriminator discriminator = map.getDiscriminator();
        if (discriminator != null) {
            Map<String, String> cases = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : discriminator.getDiscriminatorMap().entrySet()) {
                String caseId = id + "#" + entry.getKey();
                ResultMap caseMap = generated.resultMap(entry.getValue());
                generated.resultMap(caseId, key -> caseMap == map ? extendedWithoutCases(key, map, nested)
                        : extended(key, caseMap, nested));
                cases.put(entry.getKey(), caseId);
            }
            discriminator = new Discriminator.Builder(configuration, discriminator.getResultMapping(), cases).build();
        }
        return new ResultMap.Builder(configuration, id, map.getType(), mappings, false)
                .discriminator(discriminator)
                .build();
    }

    private ResultMap extendedWithoutCases(String id, ResultMap map, List<ResultMapping> nested) {
        List<ResultMapping> mappings = new ArrayList<>(map.getResultMappings());
        mappings.addAll(nested);
        return new ResultMap.Builder(configuration, id, map.getType(), mappings, false).build();
    }

    /** The resultMap of many-to-many rows: a {@link LinkedTarget} holding the owner key and the target. */
    String linkedResultMapFor(Load option) {
        String targetMap = resultMapFor(option);
        String id = LINKED_PREFIX + shapeKey(option);
        generated.resultMap(id, key -> {
            List<ResultMapping> mappings = new ArrayList<>();
            mappings.add(new ResultMapping.Builder(configuration, "ownerKey", OWNER_KEY_COLUMN, Object.class)
                    .flags(List.of(ResultFlag.ID)).build());
            for (String idColumn : idColumnNames(option.relationship().target())) {
                // only part of the row key, so that one owner's several targets stay separate rows
                mappings.add(new ResultMapping.Builder(configuration, "targetKey", idColumn, Object.class)
                        .flags(List.of(ResultFlag.ID)).build());
            }
            mappings.add(new ResultMapping.Builder(configuration, "target").nestedResultMapId(targetMap).build());
            return new ResultMap.Builder(configuration, key, LinkedTarget.class, mappings, false).build();
        });
        return id;
    }

    /**
     * {@code select <target columns>[, <joined columns>] from target [joins] where <key> in (...)
     * [and extra criteria] order by <relationship order>, <target id>} for one chunk of keys, rendered
     * once per shape and number of keys ({@link StatementTemplate}) unless the option (or one joined
     * into it) has criteria, load_only or a per-parent limit.
     * For many-to-many the link table is joined and its owner column is selected as
     * {@value #OWNER_KEY_COLUMN}.
     */
    RenderedStatement selectIn(Load option, List<List<Object>> keys) {
        if (!templated(option)) {
            // criteria carry values of their own and load_only / a per-parent limit change the text,
            // which a template keyed by relationship and joins would not tell apart
            return RenderedStatement.of(render(option, keys));
        }
        int width = keys.get(0).size();
        List<Object> values = new ArrayList<>(keys.size() * width);
        for (List<Object> key : keys) {
            values.addAll(key);
        }
        SelectInShape shape = new SelectInShape(option.relationship(),
                joinedChildren(option).isEmpty() ? "" : shapeKey(option), keys.size());
        return generated.template(shape, () -> render(option, slots(keys.size(), width))).bind(values);
    }

    /**
     * What the text of a select-in statement depends on: the relationship (its target's columns,
     * joins, order and hierarchy), the relationships joined into it and the number of keys.
     */
    private record SelectInShape(Relationship<?, ?> relationship, String joined, int keys) {
    }

    /** {@code count} keys of {@code width} columns made of template slots, numbered in key order. */
    private static List<List<Object>> slots(int count, int width) {
        List<List<Object>> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Object> key = new ArrayList<>(width);
            for (int column = 0; column < width; column++) {
                key.add(StatementTemplate.slot(i * width + column));
            }
            keys.add(key);
        }
        return keys;
    }

    private SelectStatementProvider render(Load option, List<List<Object>> keys) {
        Relationship<?, ?> relationship = option.relationship();
        // the right side of the owner join: the target's foreign key, or the link table's owner column
        List<SqlColumn<?>> keyColumns = relationship.ownerJoin().stream().<SqlColumn<?>>map(JoinColumns::right).toList();
        return finish(from(option), option, keyCriteria(keyColumns, keys));
    }

    /**
     * As {@link #selectIn}, but the keys come from the parent query itself:
     * {@code where <key> in (select <owner columns> from (<parent query>) relkit_parent)}; a composite
     * key compares row values, {@code where (a, b) in (select relkit_parent.x, relkit_parent.y from ...)}.
     * The parent query must select the owner's join columns under their own names.
     */
    SelectStatementProvider subquery(Load option, org.mybatis.dynamic.sql.util.Buildable<SelectModel> parentQuery) {
        Relationship<?, ?> relationship = option.relationship();
        if (relationship.secondary().isPresent() && relationship.ownerJoin().size() != 1) {
            throw new UnsupportedOperationException(relationship.qualifiedName()
                    + ": subquery loading of a many-to-many needs a single-column owner key");
        }
        List<BasicColumn> parentKeyColumns = new ArrayList<>();
        List<SqlColumn<?>> keyColumns = new ArrayList<>();
        for (JoinColumns pair : relationship.ownerJoin()) {
            parentKeyColumns.add(org.mybatis.dynamic.sql.DerivedColumn.of(pair.left().name(), PARENT_ALIAS));
            keyColumns.add(pair.right());
        }
        var parentKeys = select(parentKeyColumns).from(parentQuery, PARENT_ALIAS);
        if (keyColumns.size() == 1) {
            return finish(from(option), option, group(raw(keyColumns.get(0)), isIn(parentKeys)));
        }
        SelectStatementProvider statement = finish(from(option), option, group(RowValueColumn.of(keyColumns), isIn(parentKeys)));
        return option.criteria().isEmpty() ? RowValueColumn.restoreLoneWhereParentheses(statement) : statement;
    }

    private TargetQuery from(Load option) {
        Relationship<?, ?> relationship = option.relationship();
        EntityType<?> target = relationship.target();
        SqlTable targetTable = target.table();
        List<BasicColumn> columns = new ArrayList<>();
        for (Attribute<?, ?> attribute : target.attributes()) {
            if (selects(option, attribute)) {
                columns.add(attribute.column());
            }
        }
        relationship.polymorphism().ifPresent(hierarchy -> columns.addAll(subtypeColumns(relationship, hierarchy)));
        List<JoinedLevel> joins = new ArrayList<>();
        addJoinedColumns(option, targetTable, "", columns, joins);
        if (relationship.secondary().isPresent()) {
            for (JoinColumns pair : relationship.ownerJoin()) {
                columns.add(pair.right().as(OWNER_KEY_COLUMN));
            }
        }
        List<BasicColumn> selected = List.copyOf(columns);
        option.perParentLimit().ifPresent(limit -> columns.add(RowNumberColumn.of(
                relationship.ownerJoin().stream().map(JoinColumns::right).toList(), targetOrder(option),
                PerParentLimit.ROW_NUMBER_COLUMN)));
        QueryExpressionDSL<SelectModel> query = select(columns).from(targetTable);
        if (relationship.secondary().isPresent()) {
            SqlTable link = relationship.secondary().orElseThrow();
            RelationshipJoins.onTarget(query.join(link), relationship, link, targetTable);
        }
        relationship.polymorphism().ifPresent(hierarchy -> SubtypeJoins.leftJoinSubtypes(query, hierarchy, targetTable));
        // the DSL is mutable: joins registered on it after from(...) are part of the statement
        for (JoinedLevel level : joins) {
            level.joinTo(query);
        }
        return new TargetQuery(query, selected);
    }

    /**
     * A select of an option's targets before its {@code where}: the DSL, and the columns it selects for
     * the resultMap (without the row numbering of a per-parent limit), which a derived table re-selects.
     */
    private record TargetQuery(QueryExpressionDSL<SelectModel> query, List<BasicColumn> columns) {
    }

    private static boolean selects(Load option, Attribute<?, ?> attribute) {
        return option.loadOnly().map(only -> only.selects(option, attribute)).orElse(true);
    }

    /**
     * One joined relationship of a generated statement: the (aliased) tables it joins, recorded while
     * the select list is built and joined once the query exists.
     */
    private record JoinedLevel(Relationship<?, ?> relationship, SqlTable parentTable, SqlTable link, SqlTable childTable) {
        void joinTo(QueryExpressionDSL<SelectModel> query) {
            if (link == null) {
                RelationshipJoins.on(query.leftJoin(childTable), relationship, parentTable, childTable);
            } else {
                RelationshipJoins.onLink(query.leftJoin(link), relationship, parentTable, link);
                RelationshipJoins.onTarget(query.leftJoin(childTable), relationship, link, childTable);
            }
        }
    }

    /**
     * The subtype tables' own columns (not the key they share with the base row), under their own
     * names, as the base resultMap's discriminator cases read them.
     */
    private static List<BasicColumn> subtypeColumns(Relationship<?, ?> relationship, Polymorphism<?> hierarchy) {
        Set<String> names = new LinkedHashSet<>();
        for (Attribute<?, ?> attribute : relationship.target().attributes()) {
            names.add(attribute.columnName());
        }
        List<BasicColumn> columns = new ArrayList<>();
        for (Polymorphism.Subtype<?, ?> subtype : hierarchy.subtypes()) {
            Set<String> shared = new LinkedHashSet<>();
            for (JoinColumns pair : subtype.join()) {
                shared.add(pair.right().name());
            }
            for (Attribute<?, ?> attribute : subtype.entity().attributes()) {
                if (shared.contains(attribute.columnName())) {
                    continue;
                }
                if (!names.add(attribute.columnName())) {
                    throw new IllegalStateException(relationship.qualifiedName() + ": the column "
                            + attribute.columnName() + " of the subtype " + subtype.entity().name() + " has the name of"
                            + " another column of the " + hierarchy.target().name() + " hierarchy; the loader selects"
                            + " subtype columns under their own names, so they must be distinct");
                }
                columns.add(attribute.column());
            }
        }
        return columns;
    }

    private void addJoinedColumns(Load option, SqlTable parentTable, String parentPrefix, List<BasicColumn> columns,
                                  List<JoinedLevel> joins) {
        for (Load child : joinedChildren(option)) {
            Relationship<?, ?> relationship = child.relationship();
            String prefix = parentPrefix + prefix(relationship);
            String alias = prefix.substring(0, prefix.length() - 2);
            SqlTable childTable = aliased(relationship.target().table(), alias, relationship);
            for (Attribute<?, ?> attribute : relationship.target().attributes()) {
                if (selects(child, attribute)) {
                    columns.add(childTable.column(attribute.columnName()).as(prefix + attribute.columnName()));
                }
            }
            SqlTable link = relationship.secondary()
                    .map(secondary -> aliased(secondary, alias + "_link", relationship))
                    .orElse(null);
            joins.add(new JoinedLevel(relationship, parentTable, link, childTable));
            addJoinedColumns(child, childTable, prefix, columns, joins);
        }
    }

    private SelectStatementProvider finish(TargetQuery target, Load option, SqlCriterion keys) {
        List<AndOrCriteriaGroup> extra = new ArrayList<>();
        for (SqlCriterion criterion : option.criteria()) {
            extra.add(and(criterion));
        }
        Relationship<?, ?> relationship = option.relationship();
        relationship.typeColumn().filter(type -> relationship.kind() != RelationshipKind.MANY_TO_ONE)
                .ifPresent(type -> extra.add(and(type.column(), isEqualTo(type.value())))); // a generic foreign key's inverse
        var filtered = target.query().where(keys, extra);
        List<SortSpecification> order = targetOrder(option);
        if (option.perParentLimit().isEmpty()) {
            return filtered.orderBy(order).build().render(MYBATIS3);
        }
        // select <columns> from (select <columns>, row_number() over (...) ... where <keys>) relkit_ranked
        // where relkit_row_number <= ? order by <order>: the derived table's labels are unique, so the
        // outer order by's bare names are its columns
        List<BasicColumn> ranked = new ArrayList<>();
        for (BasicColumn column : target.columns()) {
            ranked.add(DerivedColumn.of(label(column), PerParentLimit.RANKED_ALIAS));
        }
        DerivedColumn<Integer> rowNumber = DerivedColumn.of(PerParentLimit.ROW_NUMBER_COLUMN, PerParentLimit.RANKED_ALIAS);
        return select(ranked).from(filtered, PerParentLimit.RANKED_ALIAS)
                .where(rowNumber, isLessThanOrEqualTo(option.perParentLimit().get().limit()))
                .orderBy(order).build().render(MYBATIS3);
    }

    /**
     * The order of an option's targets, ended by the target's key so that it is total: a per-parent
     * limit's own order when it names one, else the relationship's.
     */
    static List<SortSpecification> targetOrder(Load option) {
        Relationship<?, ?> relationship = option.relationship();
        List<SortSpecification> order = new ArrayList<>(option.perParentLimit().map(PerParentLimit::order)
                .filter(own -> !own.isEmpty()).orElse(relationship.orderBy()));
        for (Attribute<?, ?> id : relationship.target().idAttributes()) {
            if (!order.contains(id.column())) { // a relationship ordered by the id already ends with it
                order.add(id.column());
            }
        }
        return order;
    }

    private static String label(BasicColumn column) {
        return column.alias().orElseGet(() -> ((SqlColumn<?>) column).name());
    }

    private static SqlCriterion keyCriteria(List<SqlColumn<?>> keyColumns, List<List<Object>> keys) {
        if (keyColumns.size() == 1) {
            List<Object> values = keys.stream().map(key -> key.get(0)).toList();
            return group(raw(keyColumns.get(0)), isIn(values));
        }
        // composite key: (a = ? and b = ?) or (a = ? and b = ?) ...
        List<AndOrCriteriaGroup> alternatives = new ArrayList<>();
        for (List<Object> key : keys.subList(1, keys.size())) {
            alternatives.add(or(compositeMatch(keyColumns, key)));
        }
        return group(compositeMatch(keyColumns, keys.get(0)), alternatives);
    }

    private static SqlCriterion compositeMatch(List<SqlColumn<?>> columns, List<Object> key) {
        List<AndOrCriteriaGroup> rest = new ArrayList<>();
        for (int i = 1; i < columns.size(); i++) {
            rest.add(and(raw(columns.get(i)), isEqualTo(key.get(i))));
        }
        return group(raw(columns.get(0)), isEqualTo(key.get(0)), rest);
    }

    @SuppressWarnings("unchecked")
    private static SqlColumn<Object> raw(SqlColumn<?> column) {
        return (SqlColumn<Object>) column;
    }

    private String baseResultMap(EntityType<?> target, Relationship<?, ?> relationship) {
        String id = target.resultMapId().orElseThrow(() -> new IllegalStateException(target.name()
                + " declares no resultMap, so " + relationship.qualifiedName() + " cannot be loaded by relkit:"
                + " add .resultMap(\"namespace.id\") to its EntityType"));
        if (!generated.hasResultMap(id)) {
            throw new IllegalStateException("The resultMap " + id + " of " + target.name() + " (needed to load "
                    + relationship.qualifiedName() + ") is not in the MyBatis configuration: register its mapper");
        }
        return id;
    }

    private static List<Load> joinedChildren(Load option) {
        if (option.children().isEmpty()) {
            return List.of(); // a lazy stand-in's load, every time: no stream for nothing
        }
        return option.children().stream().filter(child -> child.strategy() == LoadStrategy.JOINED).toList();
    }

    private static String prefix(Relationship<?, ?> relationship) {
        return relationship.roleAlias() + "__";
    }

    private static Set<String> idColumnNames(EntityType<?> entity) {
        Set<String> names = new LinkedHashSet<>();
        for (Attribute<?, ?> id : entity.idAttributes()) {
            names.add(id.columnName());
        }
        return names;
    }

    private static SqlTable aliased(SqlTable table, String alias, Relationship<?, ?> relationship) {
        if (table instanceof AliasableSqlTable<?> aliasable) {
            return aliasable.withAlias(alias);
        }
        throw new IllegalStateException(relationship.qualifiedName() + ": the table " + table.tableNameAtRuntime()
                + " must extend AliasableSqlTable to be joined under the alias " + alias);
    }

    /** Whether the statement of {@code option} depends on nothing but its shape: no criteria, load_only or limit, here or joined. */
    private static boolean templated(Load option) {
        if (!option.criteria().isEmpty() || option.loadOnly().isPresent() || option.perParentLimit().isPresent()) {
            return false;
        }
        for (Load child : joinedChildren(option)) {
            if (!templated(child)) {
                return false;
            }
        }
        return true;
    }

    private static String shapeKey(Load option) {
        StringBuilder key = new StringBuilder(option.relationship().owner().name()).append('.')
                .append(option.relationship().name());
        List<Load> joined = joinedChildren(option);
        if (!joined.isEmpty()) {
            key.append('(');
            for (Load child : joined) {
                key.append(shapeKey(child)).append(';');
            }
            key.append(')');
        }
        return key.toString();
    }
}
