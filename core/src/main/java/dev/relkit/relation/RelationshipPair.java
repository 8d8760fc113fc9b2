package dev.relkit.relation;

import java.util.List;
import java.util.Objects;

/**
 * Two relationships that back-populate each other, declared once with
 * {@link Relationship.Builder#withInverse}: a one-to-many with its many-to-one, a many-to-many seen
 * from both sides, a one-to-one with the many-to-one that holds its foreign key. The join is written
 * once, on the side that starts the declaration; the inverse's is that join reversed.
 *
 * <p>Both sides are ordinary {@link Relationship}s: list them in a {@link Metamodel} like any other
 * (usually as constants taken from the pair, {@code WINTER_TEAM = WINTER.relationship()},
 * {@code WINTER_HEROES = WINTER.inverse()}), or pass {@link #both()}.
 *
 * @param relationship the side that was declared first ({@code Hero.winterTeam})
 * @param inverse      the side derived from it ({@code Team.winterHeroes})
 * @param <O>          the owner of {@code relationship}, target of {@code inverse}
 * @param <T>          the target of {@code relationship}, owner of {@code inverse}
 */
public record RelationshipPair<O, T>(Relationship<O, T> relationship, Relationship<T, O> inverse) {

    /** @throws NullPointerException when either side is null */
    public RelationshipPair {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(inverse, "inverse");
    }

    /** Both sides, the declared one first. */
    public List<Relationship<?, ?>> both() {
        return List.of(relationship, inverse);
    }

    /**
     * The end of a pair's declaration, returned by {@link Relationship.Builder#withInverse}: both
     * sides are declared, {@link #build()} checks and builds them.
     *
     * @param <O> the owner of the declared side
     * @param <T> the target of the declared side
     */
    public static final class Builder<O, T> {
        private final Relationship.Builder<O, T> relationship;
        private final Relationship.Builder<T, O> inverse;

        Builder(Relationship.Builder<O, T> relationship, Relationship.Builder<T, O> inverse) {
            this.relationship = relationship;
            this.inverse = inverse;
        }

        /**
         * Builds both sides, each checked as {@link Relationship.Builder#build()} checks a declaration.
         *
         * @return the pair
         * @throws IllegalArgumentException naming the side ({@code Owner.property}) that is incomplete,
         *     such as an inverse without its property
         */
        public RelationshipPair<O, T> build() {
            return new RelationshipPair<>(relationship.build(), inverse.build());
        }
    }
}
