package dev.relkit.load;

import dev.relkit.Relkit;

import dev.relkit.sql.RenderedStatement;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.CollectionAccessor;
import dev.relkit.relation.EntityKey;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.IdentityMap;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.LoadStrategy;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipKind;
import dev.relkit.sql.StatementResults;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.session.SqlSession;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.Buildable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Applies a {@link LoadPlan} to parents loaded by any MyBatis statement, driven only by the
 * relationship declarations: the counterpart of SQLAlchemy's loader options.
 *
 * <pre>{@code
 * List<Order> orders = orderMapper.selectAll();                      // 1 statement
 * relkit.loader(session).load(orders,
 *         LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))); // + 1 statement, whatever the number of orders
 * }</pre>
 *
 * <p>Strategies:
 * <ul>
 *   <li>{@code selectIn}: parent keys are read through the declared join attributes, de-duplicated,
 *       chunked ({@link #DEFAULT_CHUNK_SIZE} by default) and sent in one {@code IN} statement per chunk;
 *       children are grouped back to their parents by the declared columns. Options chained with
 *       {@code joined} are joined into that statement; other chained options run on the loaded
 *       children, one level at a time.</li>
 *   <li>{@code subquery}: as select-in, but the keys come from the parent query used as a derived
 *       table, in one statement; only with {@link #query}, which knows the parent query. Composite
 *       keys compare row values, {@code (a, b) in (select ...)}.</li>
 *   <li>{@code joined} at the top level: the parents' statement already mapped it; its targets are
 *       made one object per key (MyBatis maps a nested row once per parent) and chained options still
 *       apply to them. A statement that does not map it is an error naming the relationship and the
 *       statement.</li>
 *   <li>{@code lazy}: collections become deferred collections and many-to-one references key-only
 *       proxies that load on first use (a many-to-one whose target is in the identity map is that
 *       object); after the session closed they throw {@link DetachedInstanceException}.</li>
 *   <li>{@code raise}: the same stand-ins, throwing {@link RelationshipNotLoadedException}.</li>
 *   <li>{@code noload}: collections are emptied and references set to null; no SQL.</li>
 * </ul>
 *
 * <p>A relationship declaring its target's {@code Polymorphism} gets generated statements that
 * outer-join the subtype tables, so the target's discriminating resultMap makes each row its own
 * subtype. Its declared select-in statement, if any, still serves plain select-in and lazy loading.
 *
 * <p>Every strategy resolves the rows it loads through one {@link IdentityMap}: the session's, for a
 * loader of a {@code RelkitSession} ({@link #sharing}), else one per {@code load}/{@code query} call.
 * A row is therefore one object (a child already loaded, or a parent, is reused wherever its key turns
 * up again, so recursion stops on cycles), and every strategy sets the declared inverse
 * ({@code backPopulates}) of what it loaded ({@link InverseLinker}). A lazy many-to-one whose target is
 * already in the identity map is that object, not a stand-in.
 */
public final class RelationshipLoader {

    /** Keys per {@code IN} statement unless configured: MariaDB handles a few thousand parameters well. */
    public static final int DEFAULT_CHUNK_SIZE = 500;

    /** {@link #ownerKeyAttributes} per relationship; relationships are declared constants, so this stays small. */
    private static final Map<Relationship<?, ?>, List<Attribute>> OWNER_KEY_ATTRIBUTES = new ConcurrentHashMap<>();

    private final SqlSession session;
    private final int chunkSize;
    private final LoaderStatements statements;
    private final Metamodel defaults;
    /** The session's identity map, or null for a loader that makes one per call. */
    private final IdentityMap shared;

    /**
     * A loader on {@code session} for the relationships bound by {@code relkit}; applications get one
     * from {@link Relkit#loader(SqlSession)}.
     *
     * <p>Each relationship's declared default strategy ({@link Relationship#defaultLoading()}) applies to
     * the relationships of the parents that a plan does not name, the way SQLAlchemy applies
     * {@code relationship(lazy=...)} unless {@code options(...)} say otherwise. Defaults apply to the
     * parents of a {@code load}/{@code query} call (not to the children it loads); a {@code joined}
     * default is checked like a {@code joined} option (the parents' statement must map it); a
     * {@code lazy} default that cannot be honoured (a collection declared without a setter, or a
     * one-to-one whose foreign key is on the target) leaves the property as the statement mapped it.
     *
     * @param chunkSize keys per {@code IN} statement, at least 1
     */
    public RelationshipLoader(Relkit relkit, SqlSession session, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        this.session = Objects.requireNonNull(session, "session");
        this.chunkSize = chunkSize;
        this.statements = new LoaderStatements(relkit.generatedStatements());
        this.defaults = relkit.metamodel();
        this.shared = null;
    }

    private RelationshipLoader(RelationshipLoader loader, IdentityMap identities) {
        this.session = loader.session;
        this.chunkSize = loader.chunkSize;
        this.statements = loader.statements;
        this.defaults = loader.defaults;
        this.shared = Objects.requireNonNull(identities, "identities");
    }

    /**
     * This loader resolving every row it loads through {@code identities} (a unit of work's identity map)
     * instead of a map of its own per call, so that objects loaded by different calls, and by lazy
     * stand-ins later, are the same objects.
     */
    public RelationshipLoader sharing(IdentityMap identities) {
        return new RelationshipLoader(this, identities);
    }

    private IdentityMap identityFor() {
        return shared != null ? shared : new IdentityMap();
    }

    /**
     * Applies the plan, then the declared defaults, to parents already loaded; returns the same list.
     * A default that installs stand-ins (lazy, raise, noload) leaves alone the parents whose statement
     * already mapped the relationship (a reference that is set, a collection that is not empty).
     *
     * @param parents objects of the plan's owner entity, loaded by any statement; changed in place
     * @param plan    the options; {@code LoadPlan.of()} for the declared defaults only
     * @return {@code parents}, with the planned relationships loaded or replaced by stand-ins
     * @throws IllegalArgumentException when an option's relationship is not owned by the objects it
     *     applies to, naming the relationship
     * @throws IllegalStateException when a top-level {@code joined} option's relationship is not mapped
     *     by the statement that loaded the parents, naming both
     * @throws UnsupportedOperationException when an option cannot run here, with the reason and the
     *     alternative: {@code subquery} (no parent query: use {@link #query}), lazy or raise on a
     *     collection declared without a setter, criteria or joins on a declared select-in statement
     */
    public <P> List<P> load(List<P> parents, LoadPlan plan) {
        IdentityMap identity = identityFor();
        MappedStatement source = StatementResults.statementOf(parents).orElse(null);
        for (Load option : plan.options()) {
            requireJoinedMapped(option, parents, source);
            apply(option, parents, identity, null);
        }
        for (Load option : defaults(parents, plan)) {
            requireJoinedMapped(option, parents, source);
            apply(option, unmapped(option, parents), identity, null);
        }
        return parents;
    }

    /**
     * A top-level {@code joined} option reads what the parents' statement mapped; a statement that does
     * not join the relationship would leave it null or empty with no error, so that is refused, naming
     * the relationship and the statement. When the statement is not known (a list the application built),
     * a many-to-one whose foreign key is set and whose reference is not is taken as the same mistake.
     */
    private static void requireJoinedMapped(Load option, List<?> parents, MappedStatement source) {
        if (option.strategy() != LoadStrategy.JOINED || parents.isEmpty()) {
            return;
        }
        if (option.loadOnly().isPresent()) {
            throw new UnsupportedOperationException("joined(" + option.relationship().qualifiedName() + ").loadOnly"
                    + option.loadOnly().get().columnNames() + ": a top-level joined option reads the parents' own statement,"
                    + " whose columns that statement chooses; narrow them there, or use selectIn(...).loadOnly(...)");
        }
        if (source != null) {
            ResultMap root = StatementMapping.rootOf(source);
            if (root != null) {
                requireJoinedMapped(option, root, source);
            }
            return;
        }
        Relationship<?, ?> relationship = option.relationship();
        if (relationship.kind() != RelationshipKind.MANY_TO_ONE || !relationship.owner().javaType().isInstance(parents.get(0))) {
            return;
        }
        for (Object parent : parents) {
            if (ownerKey(relationship, parent) != null && referenceOf(relationship, parent) == null) {
                throw new IllegalStateException("joined(" + relationship.qualifiedName() + "): the statement that loaded the "
                        + relationship.owner().name() + " objects does not map " + relationship.qualifiedName() + " ("
                        + relationship.owner().name() + " " + keyOf(relationship.owner(), parent) + " has the foreign key but no "
                        + relationship.target().name() + "): join it in that statement with a nested resultMap, or use selectIn");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object referenceOf(Relationship<?, ?> relationship, Object owner) {
        return ((Relationship<Object, Object>) relationship).getReference(owner);
    }

    private static void requireJoinedMapped(Load option, ResultMap resultMap, MappedStatement source) {
        Relationship<?, ?> relationship = option.relationship();
        ResultMap nested = StatementMapping.nested(resultMap, relationship.name(), source.getConfiguration());
        if (nested == null) {
            throw new IllegalStateException("joined(" + relationship.qualifiedName() + "): the statement " + source.getId()
                    + " (resultMap " + resultMap.getId() + ") does not map " + relationship.name()
                    + ", so nothing would be loaded: add the join and a nested resultMap for " + relationship.name()
                    + " to that statement, or load it with selectIn");
        }
        for (Load child : option.children()) {
            if (child.strategy() == LoadStrategy.JOINED && nested != resultMap) {
                requireJoinedMapped(child, nested, source);
            }
        }
    }

    /** A default option for every relationship of the parents that the plan does not name. */
    private List<Load> defaults(List<?> parents, LoadPlan plan) {
        if (parents.isEmpty()) {
            return List.of();
        }
        Object first = parents.get(0);
        Set<Relationship<?, ?>> named = new HashSet<>();
        for (Load option : plan.options()) {
            named.add(option.relationship());
        }
        List<Load> options = new ArrayList<>();
        for (Relationship<?, ?> relationship : defaults.relationships()) {
            if (named.contains(relationship) || !relationship.owner().javaType().isInstance(first)
                    || !canHonour(relationship)) {
                continue;
            }
            options.add(Load.of(relationship, relationship.defaultLoading()));
        }
        return options;
    }

    /** The parents a default option applies to: all of them, unless it installs stand-ins over what a statement mapped. */
    private static List<?> unmapped(Load option, List<?> parents) {
        LoadStrategy strategy = option.strategy();
        if (strategy != LoadStrategy.LAZY && strategy != LoadStrategy.RAISE && strategy != LoadStrategy.NOLOAD) {
            return parents;
        }
        @SuppressWarnings("unchecked")
        Relationship<Object, Object> relationship = (Relationship<Object, Object>) option.relationship();
        List<Object> unmapped = new ArrayList<>();
        for (Object parent : parents) {
            // a stand-in installed by an earlier load counts as mapped: asking it anything would load it
            Object value = relationship.isCollection() ? relationship.collection().container(parent)
                    : relationship.getReference(parent);
            boolean empty = value == null
                    || value instanceof Collection<?> collection && !LoadState.isUnloaded(value) && collection.isEmpty()
                    || value instanceof Map<?, ?> map && !LoadState.isUnloaded(value) && map.isEmpty();
            if (empty) {
                unmapped.add(parent);
            }
        }
        return unmapped;
    }

    private static boolean canHonour(Relationship<?, ?> relationship) {
        if (relationship.defaultLoading() != LoadStrategy.LAZY) {
            return true;
        }
        if (relationship.isCollection()) {
            return relationship.collection().replaceable();
        }
        return relationship.kind() != RelationshipKind.ONE_TO_ONE;
    }

    /**
     * Runs a dynamic-SQL query for entities of {@code type} (mapped by the type's XML resultMap, so it
     * must select the table's own column names), then applies the plan; {@code subquery} options use
     * the query itself as the source of their keys.
     *
     * @param type        the entity the query selects; its declared resultMap maps the rows
     * @param parentQuery a select of the entity's table, not yet rendered
     * @param plan        the options for the parents' relationships
     * @return the parents, one object per row, with the plan applied
     * @throws IllegalStateException when {@code type} declares no resultMap
     * @throws UnsupportedOperationException as for {@link #load}; {@code subquery} is accepted at the
     *     top level of the plan only
     */
    public <P> List<P> query(EntityType<P> type, Buildable<SelectModel> parentQuery, LoadPlan plan) {
        return query(type, parentQuery, plan, identityFor());
    }

    /**
     * Streams the parents of {@code type} in chunks of {@code chunkSize}, each chunk loaded with
     * {@code plan}, so that a result of any size is read with the memory of one chunk's graph; see
     * {@link ParentStream} for the contract (what each chunk costs, identity scope, session, closing).
     *
     * @param filter criteria on the parents' table, or null for every row
     * @throws UnsupportedOperationException when {@code type} has a composite key
     * @throws IllegalArgumentException when {@code chunkSize < 1}
     */
    public <P> ParentStream<P> stream(EntityType<P> type, SqlCriterion filter, LoadPlan plan, int chunkSize) {
        return new ParentStream<>(type, filter, chunkSize, (query, chunk) -> {
            session.clearCache(); // MyBatis's local cache would hold every chunk's rows for the session's life
            return query(type, query, plan, chunk);
        });
    }

    private <P> List<P> query(EntityType<P> type, Buildable<SelectModel> parentQuery, LoadPlan plan, IdentityMap identity) {
        String resultMap = type.resultMapId().orElseThrow(() -> new IllegalStateException(
                type.name() + " declares no resultMap to map the query's rows"));
        SelectStatementProvider rendered = parentQuery.build().render(MYBATIS3);
        List<P> parents = statements.selectList(session, resultMap, rendered);
        MappedStatement source = StatementResults.statementOf(parents).orElse(null);
        List<P> canonical = new ArrayList<>(parents.size());
        for (P parent : parents) {
            canonical.add(identity.canonical(type, parent));
        }
        for (Load option : plan.options()) {
            requireJoinedMapped(option, canonical, source);
            apply(option, canonical, identity, parentQuery);
        }
        for (Load option : defaults(canonical, plan)) {
            requireJoinedMapped(option, canonical, source);
            apply(option, unmapped(option, canonical), identity, parentQuery);
        }
        return canonical;
    }

    private void apply(Load option, Collection<?> parents, IdentityMap identity, Buildable<SelectModel> parentQuery) {
        if (parents.isEmpty()) {
            return;
        }
        Relationship<?, ?> relationship = option.relationship();
        requireOwner(relationship, parents);
        identity.register(relationship.owner(), parents);
        if (relationship.typeColumn().isPresent()) {
            parents = ofItsType(relationship, parents);
            if (parents.isEmpty()) {
                return;
            }
        }
        switch (option.strategy()) {
            case SELECT_IN, SUBQUERY -> loadByKeys(option, parents, identity, parentQuery);
            case JOINED -> applyChildren(option, canonicalTargets(relationship, parents, identity), identity);
            case LAZY, RAISE -> parents.forEach(parent -> defer(option, parent, identity));
            case NOLOAD -> parents.forEach(parent -> clear(relationship, parent));
        }
    }

    /**
     * The owners one type of a generic reference applies to (their type column holds its type); the
     * others keep their reference, which another type's option loads.
     *
     * @throws IllegalStateException when an owner's type column holds an undeclared value
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Collection<?> ofItsType(Relationship relationship, Collection<?> parents) {
        List<Object> matching = new ArrayList<>();
        for (Object parent : parents) {
            if (relationship.appliesTo(parent)) {
                matching.add(parent);
            }
        }
        return matching;
    }

    private void loadByKeys(Load option, Collection<?> parents, IdentityMap identity, Buildable<SelectModel> parentQuery) {
        int depth = Math.max(1, option.recursionDepth());
        Collection<?> level = parents;
        Set<EntityKey> visited = new HashSet<>();
        if (depth > 1) {
            for (Object parent : parents) {
                visited.add(keyOf(option.relationship().owner(), parent));
            }
        }
        for (int i = 0; i < depth && !level.isEmpty(); i++) {
            Map<List<Object>, List<Object>> children = option.strategy() == LoadStrategy.SUBQUERY
                    ? fetchBySubquery(option, parentQuery, i == 0)
                    : fetch(option, level);
            List<Object> loaded = assign(option.relationship(), level, children, identity);
            if (!option.criteria().isEmpty() || option.perParentLimit().isPresent()) {
                for (Object parent : level) {
                    identity.markPartial(option.relationship(), parent); // not every row that refers to it
                }
            }
            applyChildren(option, loaded, identity);
            if (i + 1 == depth) {
                if (option.recursionDepth() > 0) {
                    pastDepth(option.relationship(), loaded, identity);
                }
                break; // no next level: its parents need no keys
            }
            List<Object> next = new ArrayList<>();
            for (Object child : loaded) {
                if (visited.add(keyOf(option.relationship().target(), child))) {
                    next.add(child);
                }
            }
            level = next;
        }
    }

    /**
     * The objects one level past a recursion depth have the relationship not loaded: a lazy stand-in, or
     * a raising one when the relationship's declared default is raise, never the constructor's empty
     * collection, which would read as "no children". Objects whose relationship a cycle already loaded
     * keep it.
     */
    private void pastDepth(Relationship<?, ?> relationship, List<Object> level, IdentityMap identity) {
        LoadStrategy strategy = relationship.defaultLoading() == LoadStrategy.RAISE ? LoadStrategy.RAISE : LoadStrategy.LAZY;
        if (relationship.isCollection() && !relationship.collection().replaceable()) {
            return; // nothing can stand in; the relationship's declaration says list(getter, setter) is needed
        }
        if (strategy == LoadStrategy.LAZY && !relationship.isCollection() && relationship.kind() == RelationshipKind.ONE_TO_ONE) {
            strategy = LoadStrategy.RAISE;
        }
        Load standIn = Load.of(relationship, strategy);
        for (Object object : level) {
            if (!identity.isLoaded(relationship, object)) {
                defer(standIn, object, identity);
            }
        }
    }

    /** Options chained under {@code option} that are not joined into its statement run on its targets. */
    private void applyChildren(Load option, Collection<?> targets, IdentityMap identity) {
        for (Load child : option.children()) {
            if (child.strategy() == LoadStrategy.JOINED && option.strategy() != LoadStrategy.JOINED) {
                // joined into the select-in statement: only its own chained options are left to run
                applyChildren(child, canonicalTargets(child.relationship(), targets, identity), identity);
            } else {
                apply(child, targets, identity, null);
            }
        }
    }

    /** Runs the select-in statements for the parents' keys; returns the children grouped by parent key. */
    private Map<List<Object>, List<Object>> fetch(Load option, Collection<?> parents) {
        Relationship<?, ?> relationship = option.relationship();
        List<List<Object>> keys = new ArrayList<>(distinctOwnerKeys(relationship, parents));
        Map<List<Object>, List<Object>> grouped = new HashMap<>();
        Optional<Relationship.SelectInStatement> declared = declaredStatement(option);
        for (int from = 0; from < keys.size(); from += chunkSize) {
            List<List<Object>> chunk = keys.subList(from, Math.min(keys.size(), from + chunkSize));
            if (declared.isPresent()) {
                List<Object> values = chunk.stream().map(key -> key.get(0)).toList();
                group(option, session.selectList(declared.get().statementId(),
                        Map.of(declared.get().keysParameter(), values)), grouped);
            } else {
                group(option, run(option, statements.selectIn(option, chunk)), grouped);
            }
        }
        return grouped;
    }

    /**
     * The relationship's declared select-in statement, when the option asks nothing it cannot give.
     * Extra criteria or joined relationships need the generated statement, which can stand in for
     * the declared one when the declaration names the target's {@code Polymorphism} (the reason a
     * statement is usually declared); otherwise they are refused.
     */
    private static Optional<Relationship.SelectInStatement> declaredStatement(Load option) {
        Optional<Relationship.SelectInStatement> declared = option.relationship().selectInStatement();
        if (declared.isEmpty()) {
            return declared;
        }
        boolean joins = option.children().stream().anyMatch(child -> child.strategy() == LoadStrategy.JOINED);
        if (joins || !option.criteria().isEmpty() || option.loadOnly().isPresent() || option.perParentLimit().isPresent()) {
            if (option.relationship().polymorphism().isPresent()) {
                return Optional.empty();
            }
            throw new UnsupportedOperationException(option.relationship().qualifiedName()
                    + " loads through its declared statement " + declared.get().statementId()
                    + ", which cannot take extra criteria, joined relationships, loadOnly or a per-parent limit: chain them as selectIn instead,"
                    + " or declare the target's hierarchy with polymorphic(...) so the loader can generate the statement");
        }
        return declared;
    }

    private Map<List<Object>, List<Object>> fetchBySubquery(Load option, Buildable<SelectModel> parentQuery,
                                                             boolean topLevel) {
        if (parentQuery == null || !topLevel) {
            throw new UnsupportedOperationException("subquery loading of " + option.relationship().qualifiedName()
                    + " needs the parent query: use it on the relationships of RelationshipLoader.query(...)'s entities,"
                    + " without recursion, or use selectIn");
        }
        if (option.relationship().polymorphism().isEmpty()) {
            option.relationship().selectInStatement().ifPresent(declared -> {
                throw new UnsupportedOperationException(option.relationship().qualifiedName() + " loads its targets through "
                        + declared.statementId() + "; a generated subquery statement would bypass it: use selectIn,"
                        + " or declare the target's hierarchy with polymorphic(...) if that is why the statement is declared");
            });
        }
        Map<List<Object>, List<Object>> grouped = new HashMap<>();
        group(option, run(option, statements.subquery(option, parentQuery)), grouped);
        return grouped;
    }

    private List<?> run(Load option, SelectStatementProvider statement) {
        return run(option, RenderedStatement.of(statement));
    }

    private List<?> run(Load option, RenderedStatement statement) {
        boolean linked = option.relationship().secondary().isPresent();
        String resultMap = linked ? statements.linkedResultMapFor(option) : statements.resultMapFor(option);
        return statements.selectList(session, resultMap, statement);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void group(Load option, List<?> rows, Map<List<Object>, List<Object>> grouped) {
        Relationship<?, ?> relationship = option.relationship();
        if (relationship.secondary().isPresent()) {
            for (Object row : rows) {
                LinkedTarget linked = (LinkedTarget) row;
                // the driver's number must meet the parents' keys, which are normalised
                grouped.computeIfAbsent(List.of(normalize(linked.getOwnerKey())), k -> new ArrayList<>()).add(linked.getTarget());
            }
            return;
        }
        List<Attribute> childKey = new ArrayList<>();
        for (JoinColumns pair : relationship.ownerJoin()) {
            childKey.add(relationship.target().attributeFor(pair.right()).orElseThrow(() -> new IllegalStateException(
                    relationship.qualifiedName() + ": " + relationship.target().name() + " declares no attribute for the column "
                            + pair.right().name() + ", so loaded rows cannot be grouped under their " + relationship.owner().name())));
        }
        for (Object child : rows) {
            Object[] key = new Object[childKey.size()];
            for (int i = 0; i < key.length; i++) {
                Object value = childKey.get(i).get(child);
                if (value == null) {
                    throw new IllegalStateException(relationship.qualifiedName() + ": a loaded " + relationship.target().name()
                            + " has no value for " + childKey.get(i).property() + " — does its resultMap map the join columns?");
                }
                key[i] = normalize(value);
            }
            grouped.computeIfAbsent(List.of(key), k -> new ArrayList<>()).add(child);
        }
    }

    /** Sets each parent's relationship from the grouped children; returns the distinct children. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Object> assign(Relationship relationship, Collection<?> parents, Map<List<Object>, List<Object>> grouped,
                                IdentityMap identity) {
        Map<Object, Boolean> distinct = new IdentityHashMap<>();
        List<Object> loaded = new ArrayList<>();
        InverseLinker linker = new InverseLinker(defaults, identity);
        for (Object parent : parents) {
            List<Object> key = ownerKey(relationship, parent);
            List<Object> children = key == null ? List.of() : grouped.getOrDefault(key, List.of());
            List<Object> canonical = new ArrayList<>(children.size());
            for (Object child : children) {
                Object same = identity.canonical(relationship.target(), child);
                canonical.add(same);
                if (distinct.put(same, Boolean.TRUE) == null) {
                    loaded.add(same);
                }
            }
            if (relationship.isCollection()) {
                CollectionAccessor accessor = relationship.collection();
                Object current = accessor.values(parent);
                if (DeferredCollections.isUnloaded(current) || current == null) {
                    accessor.replace(parent, emptyCollection(accessor.shape()));
                }
                accessor.clear(parent);
                for (Object child : canonical) {
                    accessor.add(parent, child);
                }
            } else {
                relationship.setReference(parent, canonical.isEmpty() ? null : canonical.get(0));
            }
            linker.loaded(relationship, parent, canonical);
        }
        return loaded;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void defer(Load option, Object parent, IdentityMap identity) {
        Relationship relationship = option.relationship();
        EntityKey ownerKey = keyOf(relationship.owner(), parent);
        boolean raise = option.strategy() == LoadStrategy.RAISE;
        // described only when printed: a lazy load installs a stand-in per owner, and most are never printed
        Supplier<String> description = () -> (raise ? "raise: " : "lazy: ")
                + relationship.qualifiedName() + " of " + ownerKey;
        if (relationship.isCollection()) {
            CollectionAccessor accessor = relationship.collection();
            if (!accessor.replaceable()) {
                throw new UnsupportedOperationException(relationship.qualifiedName() + " declares no collection setter,"
                        + " so it cannot hold a " + (raise ? "raising" : "lazy") + " collection: declare it with list(getter, setter)");
            }
            Supplier<Collection<Object>> values = raise
                    ? () -> { throw new RelationshipNotLoadedException(relationship, ownerKey); }
                    : () -> loadOne(option, parent, ownerKey, identity);
            accessor.replace(parent, switch (accessor.shape()) {
                case LIST -> new DeferredCollections.DeferredList<>(values, description);
                case SET -> new DeferredCollections.DeferredSet<>(values, description);
                case KEYED_MAP -> new DeferredCollections.DeferredMap<>(() -> keyed(accessor, values.get()), description);
            });
            return;
        }
        if (relationship.kind() == RelationshipKind.ONE_TO_ONE && !raise) {
            throw new UnsupportedOperationException(relationship.qualifiedName() + " is a one-to-one whose foreign key is on "
                    + relationship.target().name() + ": a lazy proxy cannot tell null from a row before loading; use selectIn");
        }
        if (ownerKey(relationship, parent) == null) {
            relationship.setReference(parent, null); // no foreign key: nothing to load, nothing to raise
            return;
        }
        Object known = raise ? null : knownTarget(relationship, parent, identity);
        if (known != null) {
            // the row is already an object of this load or session: it is the reference, as SQLAlchemy's
            // lazy loader answers a many-to-one from its identity map without SQL or stand-in
            relationship.setReference(parent, known);
            new InverseLinker(defaults, identity).loaded(relationship, parent, List.of(known));
            return;
        }
        Class<?> targetType = relationship.target().javaType();
        relationship.setReference(parent, ReferenceProxies.proxy(targetType, () -> relationship.target().name()
                + " " + relationship.qualifiedName() + " of " + ownerKey, () -> {
                    if (raise) {
                        throw new RelationshipNotLoadedException(relationship, ownerKey);
                    }
                    Collection<Object> loaded = loadOne(option, parent, ownerKey, identity);
                    return loaded.isEmpty() ? null : loaded.iterator().next();
                }));
    }

    /**
     * The identity map's object for the row a many-to-one's foreign key names, when the join's target
     * columns are the target's key; null when it is not there (or the join is on other columns).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object knownTarget(Relationship relationship, Object parent, IdentityMap identity) {
        if (relationship.kind() != RelationshipKind.MANY_TO_ONE) {
            return null;
        }
        List<JoinColumns> join = relationship.ownerJoin();
        List<Attribute> ids = relationship.target().idAttributes();
        if (join.size() != ids.size()) {
            return null;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!join.get(i).right().name().equals(ids.get(i).columnName())) {
                return null;
            }
        }
        List<Object> key = ownerKey(relationship, parent);
        return key == null ? null : identity.find(relationship.target(), key);
    }

    /**
     * Loads one owner's relationship for a lazy stand-in, through the identity map of the load (or
     * session) that installed it, and sets the inverse of what it loaded.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Collection<Object> loadOne(Load option, Object parent, EntityKey ownerKey, IdentityMap identity) {
        requireOpen(option.relationship(), ownerKey);
        Relationship relationship = option.relationship();
        Load single = Load.of(relationship, LoadStrategy.SELECT_IN);
        for (Load child : option.children()) {
            single = single.with(child);
        }
        Map<List<Object>, List<Object>> grouped = fetch(single, List.of(parent));
        List<Object> key = ownerKey(relationship, parent);
        List<Object> rows = key == null ? List.of() : grouped.getOrDefault(key, List.of());
        List<Object> children = new ArrayList<>(rows.size());
        for (Object row : rows) {
            children.add(identity.canonical(relationship.target(), row));
        }
        new InverseLinker(defaults, identity).loaded(relationship, parent, children);
        applyChildren(single, children, identity);
        return children;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Object, Object> keyed(CollectionAccessor accessor, Collection<Object> values) {
        CollectionAccessor.Keyed keyed = (CollectionAccessor.Keyed) accessor;
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Object value : values) {
            map.put(keyed.keyOf().apply(value), value);
        }
        return map;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void clear(Relationship relationship, Object parent) {
        if (relationship.isCollection()) {
            CollectionAccessor accessor = relationship.collection();
            if (DeferredCollections.isUnloaded(accessor.values(parent))) {
                accessor.replace(parent, emptyCollection(accessor.shape()));
            }
            accessor.clear(parent);
        } else {
            relationship.setReference(parent, null);
        }
    }

    private void requireOpen(Relationship<?, ?> relationship, EntityKey ownerKey) {
        try {
            session.getConnection();
        } catch (ExecutorException closed) {
            throw new DetachedInstanceException(relationship, ownerKey, closed);
        }
    }

    private static Object emptyCollection(CollectionAccessor.Shape shape) {
        return switch (shape) {
            case LIST -> new ArrayList<>();
            case SET -> new LinkedHashSet<>();
            case KEYED_MAP -> new LinkedHashMap<>();
        };
    }

    /**
     * The distinct targets a joined statement mapped under {@code owners}, each replaced by the load's
     * object for its key. MyBatis keys a nested object by its own id combined with its parent's, so an
     * Item joined under two order lines is two equal objects; within one load it must be one.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Object> canonicalTargets(Relationship relationship, Collection<?> owners, IdentityMap identity) {
        InverseLinker linker = new InverseLinker(defaults, identity);
        for (Object owner : owners) {
            Object current = relationship.isCollection() ? relationship.collection().values(owner) : relationship.getReference(owner);
            if (current == null || DeferredCollections.isUnloaded(current) || ReferenceProxies.isUnloaded(current)) {
                continue;
            }
            if (!relationship.isCollection()) {
                Object same = identity.canonical(relationship.target(), current);
                if (same != current) {
                    relationship.setReference(owner, same);
                }
                linker.loaded(relationship, owner, List.of(same));
                continue;
            }
            List<Object> mapped = new ArrayList<>((Collection<Object>) relationship.targetsOf(owner));
            List<Object> canonical = new ArrayList<>(mapped.size());
            boolean replaced = false;
            for (Object target : mapped) {
                Object same = identity.canonical(relationship.target(), target);
                replaced |= same != target;
                canonical.add(same);
            }
            if (replaced) {
                CollectionAccessor accessor = relationship.collection();
                accessor.clear(owner);
                for (Object same : canonical) {
                    accessor.add(owner, same);
                }
            }
            linker.loaded(relationship, owner, canonical);
        }
        return targetsOf(relationship, owners);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> targetsOf(Relationship relationship, Collection<?> owners) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> targets = new ArrayList<>();
        for (Object owner : owners) {
            Object current = relationship.isCollection() ? relationship.collection().values(owner) : relationship.getReference(owner);
            if (DeferredCollections.isUnloaded(current) || (current != null && ReferenceProxies.isUnloaded(current))) {
                continue;
            }
            for (Object target : (Collection<Object>) relationship.targetsOf(owner)) {
                if (seen.put(target, Boolean.TRUE) == null) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    /**
     * The parents' distinct owner keys, as the parents hold them (the values bound to the statement keep
     * the attribute's Java type); distinct by their normalised form, which groups the loaded rows.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Collection<List<Object>> distinctOwnerKeys(Relationship<?, ?> relationship, Collection<?> parents) {
        if (relationship.secondary().isPresent() && relationship.ownerJoin().size() > 1) {
            throw new UnsupportedOperationException(relationship.qualifiedName()
                    + ": select-in loading of a many-to-many needs a single-column owner key");
        }
        List<Attribute> attributes = (List) OWNER_KEY_ATTRIBUTES.computeIfAbsent(relationship, RelationshipLoader::ownerKeyAttributes);
        Map<List<Object>, List<Object>> keys = new LinkedHashMap<>();
        for (Object parent : parents) {
            List<Object> key = ownerKey(relationship, parent);
            if (key != null && !keys.containsKey(key)) {
                List<Object> raw = new ArrayList<>(attributes.size());
                for (Attribute attribute : attributes) {
                    raw.add(attribute.get(parent));
                }
                keys.put(key, raw);
            }
        }
        return keys.values();
    }

    /** The owner's values of the join's left columns (normalised), or null when any is null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> ownerKey(Relationship<?, ?> relationship, Object parent) {
        List<Attribute> attributes = OWNER_KEY_ATTRIBUTES.computeIfAbsent(relationship, RelationshipLoader::ownerKeyAttributes);
        if (attributes.size() == 1) {
            Object value = attributes.get(0).get(parent);
            return value == null ? null : List.of(normalize(value));
        }
        List<Object> key = new ArrayList<>(attributes.size());
        for (Attribute attribute : attributes) {
            Object value = attribute.get(parent);
            if (value == null) {
                return null;
            }
            key.add(normalize(value));
        }
        return key;
    }

    /**
     * The owner attributes of the join's left columns, resolved once per relationship: looking them up by
     * column name for every parent was a measurable share of a select-in load (relkit-bench W1).
     */
    private static List<Attribute> ownerKeyAttributes(Relationship<?, ?> relationship) {
        List<Attribute> attributes = new ArrayList<>();
        for (JoinColumns pair : relationship.ownerJoin()) {
            attributes.add(relationship.owner().attributeFor(pair.left()).orElseThrow(() ->
                    new IllegalStateException(relationship.qualifiedName() + ": " + relationship.owner().name()
                            + " declares no attribute for the column " + pair.left().name())));
        }
        return List.copyOf(attributes);
    }

    /** The one key normalisation of relkit, shared with the unit of work ({@link IdentityMap#normalize}). */
    private static Object normalize(Object value) {
        return IdentityMap.normalize(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static EntityKey keyOf(EntityType type, Object entity) {
        EntityKey key = type.keyOf(entity);
        return key != null ? key : new EntityKey(type.javaType(), List.of("new@" + System.identityHashCode(entity)));
    }

    private static void requireOwner(Relationship<?, ?> relationship, Collection<?> parents) {
        Object first = parents.iterator().next();
        if (!relationship.owner().javaType().isInstance(first)) {
            throw new IllegalArgumentException("Cannot load " + relationship.qualifiedName() + " on "
                    + first.getClass().getSimpleName() + " objects: it belongs to " + relationship.owner().name());
        }
    }
}
