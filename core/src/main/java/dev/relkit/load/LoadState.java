package dev.relkit.load;

/**
 * Whether a relationship value installed by a loader still stands in for data that has not been
 * read: a lazy or raising collection not yet loaded, or a key-only reference proxy not yet resolved.
 * The unit of work skips such values, since comparing or walking them would load (or raise).
 */
public final class LoadState {

    private LoadState() {
    }

    /** True for a deferred collection or a reference proxy that has not loaded. */
    public static boolean isUnloaded(Object value) {
        return value != null && (DeferredCollections.isUnloaded(value) || ReferenceProxies.isUnloaded(value));
    }
}
