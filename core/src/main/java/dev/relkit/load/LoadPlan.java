package dev.relkit.load;

import java.util.List;

/**
 * The loader options of one query, the counterpart of SQLAlchemy's {@code query.options(...)}:
 * one {@link Load} per relationship of the parents, each with its chained options.
 *
 * <pre>{@code
 * import static dev.relkit.load.Loading.*;
 *
 * LoadPlan.of(joined(POST_AUTHOR),
 *             selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR),
 *             selectIn(POST_TAGS))
 * }</pre>
 *
 * <p>Options run in the order given. A relationship of the parents that no option names gets its
 * declared default ({@link dev.relkit.relation.Relationship#defaultLoading()}), so
 * {@code LoadPlan.of()} applies the defaults alone.
 *
 * @param options the top-level options, one per relationship of the parents
 */
public record LoadPlan(List<Load> options) {

    /** @throws NullPointerException when the list or an option is null */
    public LoadPlan {
        options = List.copyOf(options);
    }

    /**
     * The plan of these options, in order; none for the relationships' declared defaults only.
     *
     * @throws NullPointerException when an option is null
     */
    public static LoadPlan of(Load... options) {
        return new LoadPlan(List.of(options));
    }
}
