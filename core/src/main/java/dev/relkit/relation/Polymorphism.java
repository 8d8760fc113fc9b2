package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A joined-table inheritance hierarchy, the counterpart of SQLAlchemy's {@code polymorphic_on} /
 * {@code polymorphic_identity}: a base entity whose table holds a discriminator column, and per
 * discriminator value the subtype entity whose own table shares the base row's key.
 *
 * <pre>{@code
 * Polymorphism<Person> PERSON_HIERARCHY = Polymorphism.builder(PERSON, person.type, Person.DISCRIMINATOR)
 *         .subtype(Engineer.DISCRIMINATOR, ENGINEER, person.id, engineer.id)
 *         .subtype(Manager.DISCRIMINATOR, MANAGER, person.id, manager.id)
 *         .build();
 * }</pre>
 *
 * <p>Queries that load the hierarchy polymorphically outer-join every subtype table to the base
 * table ({@link SubtypeJoins#leftJoinSubtypes}) and map rows with the base entity's resultMap, which
 * is expected to carry a MyBatis {@code <discriminator>} with one {@code <case>} per subtype. A
 * relationship whose target is the base entity ({@code Company.employees}) is polymorphic through
 * this declaration; loaders look it up with {@link #target()} to choose the discriminating resultMap.
 *
 * @param <T> the base class of the hierarchy
 */
public final class Polymorphism<T> {

    private final EntityType<T> base;
    private final SqlColumn<String> discriminator;
    private final String baseIdentity;
    private final Map<String, Subtype<T, ? extends T>> subtypes;

    private Polymorphism(Builder<T> builder) {
        this.base = builder.base;
        this.discriminator = builder.discriminator;
        this.baseIdentity = builder.baseIdentity;
        this.subtypes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.subtypes));
    }

    /**
     * Starts a hierarchy rooted at {@code base}.
     *
     * @param discriminator a column of the base table telling which subtype a row is
     * @param baseIdentity  the discriminator value of a row that is a plain base object
     * @throws NullPointerException when any argument is null
     */
    public static <T> Builder<T> builder(EntityType<T> base, SqlColumn<String> discriminator, String baseIdentity) {
        return new Builder<>(base, discriminator, baseIdentity);
    }

    /** The base entity: its table holds the discriminator and every row of the hierarchy. */
    public EntityType<T> target() {
        return base;
    }

    /** The base table's column whose value says which subtype a row is. */
    public SqlColumn<String> discriminator() {
        return discriminator;
    }

    /** The discriminator value of a plain base row. */
    public String baseIdentity() {
        return baseIdentity;
    }

    /** The subtypes in declaration order. */
    public List<Subtype<T, ? extends T>> subtypes() {
        return List.copyOf(subtypes.values());
    }

    /** Every discriminator value the hierarchy knows, the base identity first. */
    public List<String> identities() {
        List<String> all = new ArrayList<>();
        all.add(baseIdentity);
        all.addAll(subtypes.keySet());
        return all;
    }

    /** The subtype of a discriminator value; empty for the base identity. */
    public Optional<Subtype<T, ? extends T>> subtypeFor(String identity) {
        if (baseIdentity.equals(identity)) {
            return Optional.empty();
        }
        Subtype<T, ? extends T> subtype = subtypes.get(identity);
        if (subtype == null) {
            throw new IllegalArgumentException(base.name() + " hierarchy: no subtype has discriminator "
                    + discriminator.name() + " = '" + identity + "' (known: " + identities() + ")");
        }
        return Optional.of(subtype);
    }

    /**
     * The subtype a class of the hierarchy is stored as: the declared subtype whose class is
     * {@code javaType} or its nearest declared superclass (so that a loader's proxy subclass counts);
     * empty for the base class.
     */
    public Optional<Subtype<T, ? extends T>> subtypeOf(Class<?> javaType) {
        for (Class<?> type = javaType; type != null && type != base.javaType(); type = type.getSuperclass()) {
            for (Subtype<T, ? extends T> subtype : subtypes.values()) {
                if (subtype.entity().javaType() == type) {
                    return Optional.of(subtype);
                }
            }
        }
        return Optional.empty();
    }

    /** The discriminator value of a class of the hierarchy (the base class or a subtype). */
    public String identityOf(Class<? extends T> javaType) {
        if (javaType == base.javaType()) {
            return baseIdentity;
        }
        return subtypes.values().stream()
                .filter(subtype -> subtype.entity().javaType() == javaType)
                .map(Subtype::identity)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(base.name() + " hierarchy: "
                        + javaType.getName() + " is not declared as a subtype"));
    }

    @Override
    public String toString() {
        return "Polymorphism{" + base.name() + " on " + discriminator.name() + ": " + identities() + "}";
    }

    /**
     * One subtype: its discriminator value, its entity (on its own table, holding the subtype's
     * columns) and the join from the base table to that table, base columns on the left.
     */
    public record Subtype<T, S extends T>(String identity, EntityType<S> entity, List<JoinColumns> join) {
        /**
         * @throws NullPointerException     when the identity or entity is null
         * @throws IllegalArgumentException when the join has no column pair
         */
        public Subtype {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(entity, "entity");
            join = List.copyOf(join);
            if (join.isEmpty()) {
                throw new IllegalArgumentException("Subtype " + entity.name() + " declares no join columns");
            }
        }
    }

    /** Builds a {@link Polymorphism}; {@link #build()} rejects duplicate identities. */
    public static final class Builder<T> {
        private final EntityType<T> base;
        private final SqlColumn<String> discriminator;
        private final String baseIdentity;
        private final Map<String, Subtype<T, ? extends T>> subtypes = new LinkedHashMap<>();

        private Builder(EntityType<T> base, SqlColumn<String> discriminator, String baseIdentity) {
            this.base = Objects.requireNonNull(base, "base");
            this.discriminator = Objects.requireNonNull(discriminator, "discriminator of " + base.name());
            this.baseIdentity = Objects.requireNonNull(baseIdentity, "base identity of " + base.name());
        }

        /**
         * A subtype stored in its own table, joined to the base table by {@code baseColumn = subtypeColumn}
         * (usually the shared primary key).
         *
         * @param identity the discriminator value of the subtype's rows
         * @return this builder
         * @throws IllegalArgumentException when {@code identity} is the base identity or already declared
         */
        public <S extends T, V> Builder<T> subtype(String identity, EntityType<S> entity,
                                                   SqlColumn<V> baseColumn, SqlColumn<V> subtypeColumn) {
            if (identity.equals(baseIdentity) || subtypes.containsKey(identity)) {
                throw new IllegalArgumentException(base.name() + " hierarchy: discriminator value '" + identity
                        + "' is declared twice (" + entity.name() + ")");
            }
            subtypes.put(identity, new Subtype<>(identity, entity, List.of(new JoinColumns(baseColumn, subtypeColumn))));
            return this;
        }

        /**
         * Builds the hierarchy.
         *
         * @throws IllegalArgumentException when no subtype was declared
         */
        public Polymorphism<T> build() {
            if (subtypes.isEmpty()) {
                throw new IllegalArgumentException(base.name() + " hierarchy declares no subtype");
            }
            return new Polymorphism<>(this);
        }
    }
}
