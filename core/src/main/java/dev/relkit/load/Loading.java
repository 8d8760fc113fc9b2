package dev.relkit.load;

import dev.relkit.relation.LoadStrategy;
import dev.relkit.relation.Relationship;

/**
 * Static factories of loader options, one per strategy, named after SQLAlchemy's
 * {@code selectinload}, {@code joinedload}, ...; import them statically:
 *
 * <pre>{@code
 * LoadPlan.of(joined(POST_AUTHOR), selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR), selectIn(POST_TAGS))
 * }</pre>
 */
public final class Loading {

    private Loading() {
    }

    /** After the parents: one {@code IN} statement per relationship and level, keys chunked. */
    public static Load selectIn(Relationship<?, ?> relationship) {
        return Load.of(relationship, LoadStrategy.SELECT_IN);
    }

    /**
     * In the statement that loads the owners: at the top level the parents' statement must already
     * join it (a nested resultMap); chained under {@code selectIn} it is joined into that statement.
     */
    public static Load joined(Relationship<?, ?> relationship) {
        return Load.of(relationship, LoadStrategy.JOINED);
    }

    /** After the parents: one statement whose keys come from the parent query used as a subquery. */
    public static Load subquery(Relationship<?, ?> relationship) {
        return Load.of(relationship, LoadStrategy.SUBQUERY);
    }

    /** On first access, one statement for that owner. */
    public static Load lazy(Relationship<?, ?> relationship) {
        return Load.of(relationship, LoadStrategy.LAZY);
    }

    /** Touching the relationship throws {@link RelationshipNotLoadedException}. */
    public static Load raise(Relationship<?, ?> relationship) {
        return Load.of(relationship, LoadStrategy.RAISE);
    }

    /** The relationship stays empty (or null); no SQL. */
    public static Load noLoad(Relationship<?, ?> relationship) {
        return Load.of(relationship, LoadStrategy.NOLOAD);
    }
}
