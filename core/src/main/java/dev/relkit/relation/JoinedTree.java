package dev.relkit.relation;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of a tree as a recursive nested resultMap maps it from a self-joined statement (one join
 * per level under stacked column prefixes): the entity, and the joined nodes one level below.
 *
 * <p>It exists for children collections MyBatis cannot fill by itself: a {@code <collection>} adds
 * to a {@code java.util.Collection} property only, so a children {@code Map} keyed by an attribute
 * (declared with {@code Relationship.Builder.keyedMap}) is loaded into this shape first and moved into
 * the entities by {@link AdjacencyList#fromJoined(JoinedTree)}. The resultMap reads its {@code key}
 * from the entity's key column, so rows collapse per node:
 *
 * <pre>{@code
 * <resultMap id="treeNodeJoinedResult" type="dev.relkit.relation.JoinedTree">
 *   <id property="key" column="id"/>
 *   <association property="entity" resultMap="treeNodeResult"/>
 *   <collection property="children" resultMap="treeNodeJoinedResult" columnPrefix="c_"/>
 * </resultMap>
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class JoinedTree<T> {

    private Object key;
    private T entity;
    private List<JoinedTree<T>> children = new ArrayList<>();

    /** The node's key column value, for MyBatis to collapse the rows of one node. */
    public Object getKey() {
        return key;
    }

    /** Set by MyBatis from the {@code <id>} mapping. */
    public void setKey(Object key) {
        this.key = key;
    }

    /** The node's entity, mapped by the entity's own resultMap. */
    public T getEntity() {
        return entity;
    }

    /** Set by MyBatis from the {@code <association>} mapping. */
    public void setEntity(T entity) {
        this.entity = entity;
    }

    /** The nodes one level below, in row order; empty for a leaf or the last joined level. */
    public List<JoinedTree<T>> getChildren() {
        return children;
    }

    /** Set by MyBatis when it maps the {@code <collection>}. */
    public void setChildren(List<JoinedTree<T>> children) {
        this.children = children;
    }

    @Override
    public String toString() {
        return "JoinedTree{" + entity + ", " + children.size() + " children}";
    }
}
