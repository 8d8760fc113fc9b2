package dev.relkit.resultmap;

import dev.relkit.resultmap.BoundResultMap.Child;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.reflection.factory.ObjectFactory;

/**
 * Reads one result set into the objects of a compiled resultMap tree, with the results MyBatis's
 * {@code DefaultResultSetHandler} gives for the same rows: the same objects collapsed by the same
 * keys, linked in the same order, the same empty collections, the same ancestor links, and for
 * {@code resultOrdered} statements the same forgetting of finished top-level objects.
 *
 * <p>Where MyBatis keeps one map from combined row keys (the row's key plus every parent's) to
 * objects, this keeps, per object, its children by their own key: the same lookups, without
 * building and hashing the combined keys on every row.
 */
final class RowGraphReader {

    /** An object being filled, with what its nested mappings need on later rows. */
    private static final class Instance {
        final Object object;
        /** False when the object's key (or a parent's) was empty: MyBatis then remembers none of its children. */
        final boolean keyed;
        final Collection<Object>[] collections;
        final Map<Object, Instance>[] known;

        @SuppressWarnings("unchecked")
        Instance(Object object, boolean keyed, BoundResultMap node) {
            this.object = object;
            this.keyed = keyed;
            this.collections = node.children.length == 0 ? NO_COLLECTIONS : new Collection[node.children.length];
            this.known = node.knownSlots == 0 ? NO_KNOWN : new Map[node.knownSlots];
        }

        /** The child remembered under this key, or null; only keyed objects remember children. */
        Instance known(int slot, Object key) {
            Map<Object, Instance> children = known[slot];
            return children == null || !keyed || key == BoundResultMap.NO_KEY ? null : children.get(key);
        }

        void remember(int slot, Object key, Instance child) {
            Map<Object, Instance> children = known[slot];
            if (children == null) {
                children = new HashMap<>();
                known[slot] = children;
            }
            children.put(key, child);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final Collection[] NO_COLLECTIONS = new Collection[0];
    @SuppressWarnings("rawtypes")
    private static final Map[] NO_KNOWN = new Map[0];

    /** What {@link #next} returns when the rows are exhausted. */
    static final Object NO_MORE_RESULTS = new Object();

    private final ResultMapChoice root;
    private final boolean nested;
    private final boolean resultOrdered;
    private final ObjectFactory objectFactory;
    private final Object[] path;
    private final Map<Object, Instance> topLevel = new HashMap<>();
    /** The top-level object the last row belonged to, across calls of {@link #next} (MyBatis's {@code previousRowValue}). */
    private Object previousRowValue;
    /** The top-level object of the last row read in this pass (the {@code rowValue} of MyBatis's loop). */
    private Object rowValue;

    /** {@code depth}: the deepest path of nested objects, {@link #depth(ResultMapChoice)} of {@code root}. */
    RowGraphReader(ResultMapChoice root, int depth, boolean nested, boolean resultOrdered,
            ObjectFactory objectFactory) {
        this.root = root;
        this.nested = nested;
        this.resultOrdered = resultOrdered;
        this.objectFactory = objectFactory;
        this.path = new Object[depth];
    }

    /** Every row of the result set, mapped, added to {@code results} (the list MyBatis's default result handler fills). */
    <L extends List<Object>> L readAll(ResultSet resultSet, L results) throws SQLException {
        start();
        while (!resultSet.isClosed() && resultSet.next()) {
            Object result = row(resultSet);
            if (result != NO_MORE_RESULTS) {
                results.add(result);
            }
        }
        Object last = finish();
        if (last != NO_MORE_RESULTS) {
            results.add(last);
        }
        return results;
    }

    /**
     * Reads rows until MyBatis would hand the next result to its result handler, and returns it
     * ({@link #NO_MORE_RESULTS} at the end): one row per result for a flat resultMap; for nested
     * ones the first row of a new object, or, with {@code resultOrdered}, the row that starts the
     * next object (the finished one is returned, and forgotten with its children).
     */
    Object next(ResultSet resultSet) throws SQLException {
        start();
        Object result = NO_MORE_RESULTS;
        while (result == NO_MORE_RESULTS && !resultSet.isClosed() && resultSet.next()) {
            result = row(resultSet);
        }
        return result == NO_MORE_RESULTS ? finish() : pause(result);
    }

    /** Starts a pass over rows, as MyBatis's {@code handleRowValues} starts its loop. */
    void start() {
        rowValue = previousRowValue;
    }

    /**
     * Maps the row the result set is on; returns the result MyBatis hands to its result handler on
     * this row, or {@link #NO_MORE_RESULTS} when it hands none.
     */
    Object row(ResultSet resultSet) throws SQLException {
        BoundResultMap node = root.choose(resultSet);
        if (!nested) {
            Object object = node.instantiator.get();
            return node.applyColumns(resultSet, object) ? object : null;
        }
        Object key = rowKey(resultSet, root, node);
        Instance partial = key == BoundResultMap.NO_KEY ? null : topLevel.get(key);
        Object result = NO_MORE_RESULTS;
        if (resultOrdered && partial == null && rowValue != null) {
            topLevel.clear();
            result = rowValue;
        }
        rowValue = rowValue(resultSet, node, 0, key, true, partial, null, -1);
        if (!resultOrdered && partial == null) {
            result = rowValue;
        }
        return result;
    }

    /** Ends a pass that stopped on a result with rows left: the next pass continues from this row's object. */
    private Object pause(Object result) {
        if (rowValue != null) {
            previousRowValue = rowValue;
        }
        return result;
    }

    /**
     * Ends a pass at the last row: with {@code resultOrdered}, the last object is handed out now;
     * returns it, or {@link #NO_MORE_RESULTS}.
     */
    Object finish() {
        if (nested && resultOrdered && rowValue != null) {
            previousRowValue = null;
            return rowValue;
        }
        if (rowValue != null) {
            previousRowValue = rowValue;
        }
        return NO_MORE_RESULTS;
    }

    /** MyBatis's nested {@code getRowValue}: continue a known object, or build a new one and remember it. */
    private Object rowValue(ResultSet resultSet, BoundResultMap node, int depth, Object key, boolean parentKeyed,
            Instance known, Instance parent, int slot) throws SQLException {
        if (known != null) {
            path[depth] = known.object;
            applyChildren(resultSet, node, depth, known, false);
            return known.object;
        }
        Object object = node.instantiator.get();
        boolean keyed = parentKeyed && key != BoundResultMap.NO_KEY;
        Instance instance = new Instance(object, keyed, node);
        boolean found = node.applyColumns(resultSet, object);
        path[depth] = object;
        found |= applyChildren(resultSet, node, depth, instance, true);
        if (!found) {
            return null;
        }
        if (keyed) {
            if (parent == null) {
                topLevel.put(key, instance);
            } else {
                parent.remember(slot, key, instance);
            }
        }
        return object;
    }

    /** MyBatis's {@code applyNestedResultMappings}; true when a new child was linked. */
    private boolean applyChildren(ResultSet resultSet, BoundResultMap node, int depth, Instance parent,
            boolean newObject) throws SQLException {
        boolean found = false;
        Child[] children = node.children;
        for (int i = 0; i < children.length; i++) {
            Child child = children[i];
            if (newObject) {
                parent.collections[i] = collectionOf(child, parent.object);
            }
            switch (child.kind()) {
                case ANCESTOR -> {
                    if (newObject) {
                        link(child, parent, i, path[child.ancestorDepth()]);
                    }
                }
                case ABSENT -> {
                    // MyBatis creates the collection (above) and maps nothing
                }
                case NESTED -> {
                    BoundResultMap childNode = child.node().choose(resultSet);
                    Object key = rowKey(resultSet, child.node(), childNode);
                    Instance known = parent.known(child.knownSlot(), key);
                    if (anyNotNull(resultSet, child.notNullColumns())) {
                        Object value = rowValue(resultSet, childNode, depth + 1, key, parent.keyed, known, parent,
                                child.knownSlot());
                        if (value != null && known == null) {
                            link(child, parent, i, value);
                            found = true;
                        }
                    }
                }
                default -> throw new IllegalStateException(child.kind().name());
            }
        }
        return found;
    }

    /**
     * MyBatis's {@code instantiateCollectionPropertyIfAppropriate}: the property's collection,
     * created and set when it is still null, or null when the property holds a single object.
     */
    @SuppressWarnings("unchecked")
    private Collection<Object> collectionOf(Child child, Object owner) {
        Object current = child.getter().apply(owner);
        if (current == null) {
            if (child.newCollection() == null) {
                return null;
            }
            try {
                current = child.newCollection().get();
                child.setter().accept(owner, current);
            } catch (RuntimeException e) {
                throw new ExecutorException("Error instantiating collection property for result '"
                        + child.property() + "'.  Cause: " + e, e);
            }
            return (Collection<Object>) current;
        }
        return objectFactory.isCollection(current.getClass()) ? (Collection<Object>) current : null;
    }

    private static void link(Child child, Instance parent, int index, Object value) {
        Collection<Object> collection = parent.collections[index];
        if (collection != null) {
            collection.add(value);
        } else {
            child.setter().accept(parent.object, value);
        }
    }

    private static boolean anyNotNull(ResultSet resultSet, int[] columns) throws SQLException {
        if (columns == null) {
            return true;
        }
        for (int column : columns) {
            resultSet.getObject(column);
            if (!resultSet.wasNull()) {
                return true;
            }
        }
        return false;
    }

    /** The row's key for the chosen resultMap, told apart from other cases' when a discriminator chose it. */
    private static Object rowKey(ResultSet resultSet, ResultMapChoice choice, BoundResultMap chosen)
            throws SQLException {
        Object key = chosen.rowKey(resultSet);
        return choice == chosen || key == BoundResultMap.NO_KEY ? key
                : new BoundResultMap.VariantKey(chosen.resultMap.getId(), key);
    }

    /** The deepest path of nested objects, over every case of every discriminator. */
    static int depth(ResultMapChoice choice) {
        if (choice instanceof BoundResultMap.Discriminated discriminated) {
            int deepest = depth(discriminated.otherwise());
            for (ResultMapChoice chosen : discriminated.cases().values()) {
                deepest = Math.max(deepest, depth(chosen));
            }
            return deepest;
        }
        int deepest = 0;
        for (Child child : ((BoundResultMap) choice).children) {
            if (child.node() != null) {
                deepest = Math.max(deepest, depth(child.node()));
            }
        }
        return deepest + 1;
    }
}
