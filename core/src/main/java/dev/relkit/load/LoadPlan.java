package dev.relkit.load;

import java.util.List;

/**
 * The loader options of one query, the counterpart of SQLAlchemy's {@code query.options(...)}:
 * one {@link Load} per relationship of the parents, each with its chained options.
 *
 * <pre>{@code
 * LoadPlan.of(Load.joined(POST_AUTHOR),
 *             Load.selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR),
 *             Load.selectIn(POST_TAGS))
 * }</pre>
 */
public record LoadPlan(List<Load> options) {

    public LoadPlan {
        options = List.copyOf(options);
    }

    public static LoadPlan of(Load... options) {
        return new LoadPlan(List.of(options));
    }
}
