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

    public Object getOwnerKey() {
        return ownerKey;
    }

    public void setOwnerKey(Object ownerKey) {
        this.ownerKey = ownerKey;
    }

    public Object getTargetKey() {
        return targetKey;
    }

    public void setTargetKey(Object targetKey) {
        this.targetKey = targetKey;
    }

    public Object getTarget() {
        return target;
    }

    public void setTarget(Object target) {
        this.target = target;
    }
}
