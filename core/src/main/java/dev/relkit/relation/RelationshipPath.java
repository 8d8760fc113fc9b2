package dev.relkit.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A chain of relationships walked from one entity ({@code Customer.address -> Address.city ->
 * City.country}), and the column prefix that reads its last target in a joined statement: each
 * relationship's {@linkplain Relationship#roleAlias() role alias} and {@code __}, stacked
 * ({@code address__city__country__}), as MyBatis stacks the {@code columnPrefix} of nested
 * resultMaps whose own prefix is {@code <role alias>__} ({@code address__} on the customer's
 * resultMap, {@code city__} on the address's, {@code country__} on the city's).
 *
 * <p>relkit's generated joined statements use the same prefixes, so one resultMap nested this way
 * serves both. {@link SelectList} turns paths into the select list of a statement.
 */
public final class RelationshipPath {

    /** The separator after each role alias in a column prefix. */
    public static final String SEPARATOR = "__";

    private final List<Relationship<?, ?>> relationships;

    private RelationshipPath(List<Relationship<?, ?>> relationships) {
        this.relationships = List.copyOf(relationships);
    }

    /**
     * The path through {@code first} and then each of {@code rest}, in order.
     *
     * @return the path
     * @throws IllegalArgumentException when a relationship does not start at the previous one's target,
     *     naming both
     * @throws NullPointerException     when a relationship is null
     */
    public static RelationshipPath of(Relationship<?, ?> first, Relationship<?, ?>... rest) {
        List<Relationship<?, ?>> chain = new ArrayList<>();
        chain.add(Objects.requireNonNull(first, "first relationship of the path"));
        for (Relationship<?, ?> next : rest) {
            chain.add(Objects.requireNonNull(next, () -> "relationship " + (chain.size() + 1) + " of the path after "
                    + chain.get(chain.size() - 1).qualifiedName()));
        }
        for (int i = 1; i < chain.size(); i++) {
            requireContinues(chain.get(i - 1), chain.get(i));
        }
        return new RelationshipPath(chain);
    }

    /**
     * This path followed by {@code next} ({@code CUSTOMER_ADDRESS_PATH.then(ADDRESS_CITY)}).
     *
     * @throws IllegalArgumentException when {@code next} does not start at this path's target
     */
    public RelationshipPath then(Relationship<?, ?> next) {
        Objects.requireNonNull(next, () -> "relationship after " + this);
        requireContinues(relationships.get(relationships.size() - 1), next);
        List<Relationship<?, ?>> chain = new ArrayList<>(relationships);
        chain.add(next);
        return new RelationshipPath(chain);
    }

    private static void requireContinues(Relationship<?, ?> previous, Relationship<?, ?> next) {
        if (!next.owner().javaType().isAssignableFrom(previous.target().javaType())) {
            throw new IllegalArgumentException("RelationshipPath: " + next.qualifiedName() + " cannot follow "
                    + previous.qualifiedName() + ", which leads to " + previous.target().name() + ", not to "
                    + next.owner().name());
        }
    }

    /** The relationships, from the root entity's outwards. */
    public List<Relationship<?, ?>> relationships() {
        return relationships;
    }

    /** The entity the path starts from (the first relationship's owner). */
    public EntityType<?> root() {
        return relationships.get(0).owner();
    }

    /** The entity the path leads to (the last relationship's target). */
    public EntityType<?> target() {
        return relationships.get(relationships.size() - 1).target();
    }

    /**
     * The column prefix of the path's target in a statement over the root: each role alias followed by
     * {@value #SEPARATOR} ({@code address__city__country__}).
     */
    public String prefix() {
        return relationships.stream().map(r -> r.roleAlias() + SEPARATOR).collect(Collectors.joining());
    }

    /**
     * The table alias of the path's target: the last relationship's role alias ({@code country}), as in
     * {@code join country country on ...}.
     */
    public String alias() {
        return relationships.get(relationships.size() - 1).roleAlias();
    }

    /** {@code Customer.address -> Address.city -> City.country}. */
    @Override
    public String toString() {
        return relationships.stream().map(Relationship::qualifiedName).collect(Collectors.joining(" -> "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RelationshipPath path && path.relationships.equals(relationships);
    }

    @Override
    public int hashCode() {
        return relationships.hashCode();
    }
}
