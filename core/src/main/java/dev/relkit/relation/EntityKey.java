package dev.relkit.relation;

import java.util.List;

/**
 * The identity of one row: the entity class and its primary-key values in key order. Used as the
 * identity-map key and to group children under their parents.
 */
public record EntityKey(Class<?> entityType, List<Object> values) {

    public EntityKey {
        values = List.copyOf(values);
    }

    public static EntityKey of(Class<?> entityType, Object... values) {
        return new EntityKey(entityType, List.of(values));
    }

    @Override
    public String toString() {
        String key = values.size() == 1 ? String.valueOf(values.get(0)) : values.toString();
        return entityType.getSimpleName() + "#" + key;
    }
}
