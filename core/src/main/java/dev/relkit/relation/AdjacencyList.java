package dev.relkit.relation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A self-referential adjacency list (SQLAlchemy's adjacency-list pattern): an entity whose
 * many-to-one {@code parent} and collection {@code children} are two declared relationships that
 * back-populate each other. Builds loaded trees from those declarations, without reflection and
 * without per-entity code:
 * <ul>
 *   <li>{@link #link(List)}: from flat rows (a recursive CTE, one row per node), matching each row's
 *       foreign key to another row's key through the parent relationship's join columns;</li>
 *   <li>{@link #fromJoined(JoinedTree)}: from a tree a recursive nested resultMap mapped from
 *       self-joined levels, for children shapes MyBatis cannot fill itself (a keyed {@code Map});</li>
 *   <li>{@link #linkParents(Object)}: sets the parent back-references of a tree whose children
 *       MyBatis already filled (a {@code List} or {@code Set}).</li>
 * </ul>
 * Children go in through the relationship's {@link CollectionAccessor}, so lists, sets and keyed maps
 * are filled alike. None of these methods recurses over the data or walks a node twice, so rows that
 * form a cycle (a node that is its own ancestor) are linked as they are, into a cyclic object graph,
 * and never make the assembly loop; {@link #walk} visits each object once.
 *
 * @param <T> the entity type, both owner and target of the two relationships
 */
public final class AdjacencyList<T> {

    private final Relationship<T, T> parent;
    private final Relationship<T, T> children;
    /** The owner's foreign-key attributes, in the order of the target's key attributes. */
    private final List<Attribute<T, ?>> foreignKey;

    private AdjacencyList(Relationship<T, T> parent, Relationship<T, T> children) {
        this.parent = parent;
        this.children = children;
        this.foreignKey = foreignKeyAttributes(parent);
    }

    /**
     * The adjacency list of a self-referential many-to-one and its inverse collection.
     *
     * @throws IllegalArgumentException naming the relationships when they are not a self-referential
     *     many-to-one and collection that back-populate each other, or when a join column of the parent
     *     relationship is not a declared attribute
     */
    public static <T> AdjacencyList<T> of(Relationship<T, T> parent, Relationship<T, T> children) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(children, "children");
        if (parent.kind() != RelationshipKind.MANY_TO_ONE) {
            throw new IllegalArgumentException(parent.qualifiedName() + " is " + parent.kind()
                    + ": the parent side of an adjacency list must be MANY_TO_ONE");
        }
        if (!children.isCollection()) {
            throw new IllegalArgumentException(children.qualifiedName() + " is " + children.kind()
                    + ": the children side of an adjacency list must be a collection");
        }
        for (Relationship<T, T> side : List.of(parent, children)) {
            if (side.owner().javaType() != side.target().javaType()) {
                throw new IllegalArgumentException(side.qualifiedName() + " points from " + side.owner().name()
                        + " to " + side.target().name() + ": an adjacency list is self-referential");
            }
        }
        if (!parent.backPopulates().map(children.name()::equals).orElse(false)
                || !children.backPopulates().map(parent.name()::equals).orElse(false)) {
            throw new IllegalArgumentException(parent.qualifiedName() + " and " + children.qualifiedName()
                    + " must back-populate each other to form an adjacency list");
        }
        return new AdjacencyList<>(parent, children);
    }

    /** The many-to-one from a node to its parent. */
    public Relationship<T, T> parent() {
        return parent;
    }

    /** The collection from a node to its children, the inverse of {@link #parent()}. */
    public Relationship<T, T> children() {
        return children;
    }

    /**
     * Links the rows of one flat load into trees: a row whose foreign key is the key of another row
     * gets that row as its parent and is added to that row's children; the other rows are the roots of
     * what was loaded (a node loaded without its parent counts as a root).
     *
     * @param rows one object per node, each node once, in the order children should be added
     * @return the roots, in row order; empty when every row's parent was loaded (a cycle)
     * @throws IllegalArgumentException when two rows have the same key, naming the entity and key
     */
    public List<T> link(List<T> rows) {
        if (foreignKey.size() == 1 && parent.owner().idAttributes().size() == 1) {
            // the usual single-column key: rows found by the key's value itself, compared as EntityKeys
            // compare their values, without two key objects per node (a tree of 11,111 nodes made 22,222)
            Attribute<T, ?> id = parent.owner().idAttributes().get(0);
            Attribute<T, ?> parentId = foreignKey.get(0);
            return link(rows, id::get, parentId::get);
        }
        return link(rows, parent.owner()::keyOf, this::foreignKeyOf);
    }

    private List<T> link(List<T> rows, Function<T, Object> keyOf, Function<T, Object> parentKeyOf) {
        Map<Object, T> byKey = new HashMap<>(Math.max(16, rows.size() * 4 / 3 + 1));
        for (T row : rows) {
            Object key = keyOf.apply(row);
            if (key == null) {
                throw new IllegalArgumentException(parent.owner().name() + " row without a key in a load of "
                        + children.qualifiedName() + ": " + row);
            }
            if (byKey.putIfAbsent(key, row) != null) {
                throw new IllegalArgumentException(parent.owner().keyOf(row) + " appears twice in a load of "
                        + children.qualifiedName() + "; an adjacency-list load must return each node once");
            }
        }
        List<T> roots = new ArrayList<>();
        for (T row : rows) {
            Object parentKey = parentKeyOf.apply(row);
            T parentRow = parentKey == null ? null : byKey.get(parentKey);
            if (parentRow == null) {
                roots.add(row);
            } else {
                parent.setReference(row, parentRow);
                children.collection().add(parentRow, row);
            }
        }
        return roots;
    }

    /**
     * {@link #link(List) Links} the rows of a subtree load whose statement returns the subtree's start
     * node first (a recursive CTE ordered by depth), and returns that start node.
     *
     * @return the first row, linked to its loaded descendants; {@code null} when there are no rows
     */
    public T linkSubtree(List<T> rows) {
        link(rows);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Moves a tree mapped by a recursive nested resultMap into the entities' own relationships: every
     * joined child becomes a child of its joined parent (through the collection accessor) and gets that
     * parent as its parent reference.
     *
     * @return the top entity of the joined tree, or {@code null} for a null tree (no row matched)
     */
    public T fromJoined(JoinedTree<T> joined) {
        if (joined == null) {
            return null;
        }
        Set<JoinedTree<T>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<JoinedTree<T>> pending = new ArrayDeque<>();
        pending.push(joined);
        while (!pending.isEmpty()) {
            JoinedTree<T> node = pending.pop();
            if (!visited.add(node)) {
                continue;
            }
            for (JoinedTree<T> child : node.getChildren()) {
                parent.setReference(child.getEntity(), node.getEntity());
                children.collection().add(node.getEntity(), child.getEntity());
                pending.push(child);
            }
        }
        return joined.getEntity();
    }

    /**
     * Sets the parent reference of every node below {@code root} to the node whose children hold it,
     * for a tree whose children collections MyBatis filled. Each object is visited once.
     *
     * @return {@code root}, for chaining; {@code null} stays {@code null}
     */
    public T linkParents(T root) {
        walk(root, (depth, node, owner) -> {
            if (owner != null) {
                parent.setReference(node, owner);
            }
        });
        return root;
    }

    /**
     * Visits {@code root} and its descendants depth-first, in each collection's order, with their
     * depth (the root is 0) and the node whose children hold them. An object met again (a cycle in the
     * loaded graph) is not visited a second time, so the walk always ends.
     */
    public void walk(T root, NodeVisitor<T> visitor) {
        if (root == null) {
            return;
        }
        Set<T> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        record Step<T>(T node, T owner, int depth) {
        }
        Deque<Step<T>> pending = new ArrayDeque<>();
        pending.push(new Step<>(root, null, 0));
        while (!pending.isEmpty()) {
            Step<T> step = pending.pop();
            if (!visited.add(step.node())) {
                continue;
            }
            visitor.visit(step.depth(), step.node(), step.owner());
            List<T> below = new ArrayList<>(children.collection().values(step.node()));
            Collections.reverse(below); // a stack: push the last child first so the first is visited first
            for (T child : below) {
                pending.push(new Step<>(child, step.node(), step.depth() + 1));
            }
        }
    }

    /** Receives the nodes of a {@link #walk}. */
    @FunctionalInterface
    public interface NodeVisitor<T> {
        /**
         * @param depth the distance from the walk's root (0 for the root)
         * @param node  the node
         * @param owner the node whose children hold {@code node}; {@code null} for the root
         */
        void visit(int depth, T node, T owner);
    }

    private EntityKey foreignKeyOf(T row) {
        List<Object> values = new ArrayList<>(foreignKey.size());
        for (Attribute<T, ?> attribute : foreignKey) {
            Object value = attribute.get(row);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return new EntityKey(parent.target().javaType(), values);
    }

    private static <T> List<Attribute<T, ?>> foreignKeyAttributes(Relationship<T, T> parent) {
        List<Attribute<T, ?>> attributes = new ArrayList<>();
        for (Attribute<T, ?> id : parent.target().idAttributes()) {
            JoinColumns pair = parent.ownerJoin().stream()
                    .filter(p -> p.right().name().equals(id.columnName()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(parent.qualifiedName()
                            + " does not join on the key column " + id.columnName() + " of " + parent.target().name()));
            attributes.add(parent.owner().attributeFor(pair.left()).orElseThrow(() -> new IllegalArgumentException(
                    parent.qualifiedName() + ": the join column " + pair.left().name() + " is not a declared attribute of "
                            + parent.owner().name())));
        }
        return List.copyOf(attributes);
    }
}
