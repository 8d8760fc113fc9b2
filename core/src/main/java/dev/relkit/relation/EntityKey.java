package dev.relkit.relation;

import java.util.List;

/**
 * The identity of one row: the entity class and its primary-key values in key order. Used as the
 * identity-map key and to group children under their parents.
 */
public record EntityKey(Class<?> entityType, List<Object> values) {

    /**
     * @param entityType the entity class the key belongs to (keys of two classes never compare equal)
     * @param values     the key values in key-attribute order; copied
     * @throws NullPointerException when a value is null: a key with an unset part is no key
     */
    public EntityKey {
        values = List.copyOf(values);
    }

    /**
     * The key of a row of {@code entityType} with these values, in key-attribute order.
     *
     * @throws NullPointerException when a value is null
     */
    public static EntityKey of(Class<?> entityType, Object... values) {
        return new EntityKey(entityType, List.of(values));
    }

    @Override
    public String toString() {
        String key = values.size() == 1 ? String.valueOf(values.get(0)) : values.toString();
        return entityType.getSimpleName() + "#" + key;
    }
}
