package dev.relkit.load;

/**
 * One row of a many-to-many select-in statement: the owner's key read from the link table, and the
 * target mapped by the target's resultMap. {@code targetKey} only exists so the row key MyBatis uses
 * to collapse rows includes the target's id.
 */
public final class LinkedTarget {

    private Object ownerKey;
    private Object targetKey;
    private Object target;

    /** The owner's key, read from the link table's column. */
    public Object getOwnerKey() {
        return ownerKey;
    }

    /** Set by MyBatis when it maps the row. */
    public void setOwnerKey(Object ownerKey) {
        this.ownerKey = ownerKey;
    }

    /** The target's key, part of the row key only. */
    public Object getTargetKey() {
        return targetKey;
    }

    /** Set by MyBatis when it maps the row. */
    public void setTargetKey(Object targetKey) {
        this.targetKey = targetKey;
    }

    /** The target, mapped by its entity's resultMap. */
    public Object getTarget() {
        return target;
    }

    /** Set by MyBatis when it maps the row. */
    public void setTarget(Object target) {
        this.target = target;
    }
}
