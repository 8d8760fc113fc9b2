package dev.relkit.load;

import dev.relkit.relation.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * This plan as a default that a call adjusts (Advanced Alchemy's repository {@code load=[...]} with a
     * per-call {@code load=}): each option of {@code perCall} replaces this plan's option for the same
     * relationship, in its place, and the other options of {@code perCall} follow this plan's. To leave
     * out a relationship the default loads, name it with {@code noLoad(...)} (or {@code lazy(...)}).
     *
     * <pre>{@code
     * static final LoadPlan DEFAULT_LOAD = LoadPlan.of(selectIn(POST_AUTHOR), selectIn(POST_COMMENTS), selectIn(POST_TAGS));
     * DEFAULT_LOAD.overriddenBy(LoadPlan.of(noLoad(POST_TAGS), selectIn(POST_REMARKS)))
     * // = selectIn(POST_AUTHOR), selectIn(POST_COMMENTS), noLoad(POST_TAGS), selectIn(POST_REMARKS)
     * }</pre>
     *
     * @return a new plan; both plans are unchanged
     */
    public LoadPlan overriddenBy(LoadPlan perCall) {
        Map<Relationship<?, ?>, Load> merged = new LinkedHashMap<>();
        for (Load option : options) {
            merged.put(option.relationship(), option);
        }
        for (Load option : perCall.options()) {
            merged.put(option.relationship(), option); // an existing key keeps its place
        }
        return new LoadPlan(new ArrayList<>(merged.values()));
    }
}
