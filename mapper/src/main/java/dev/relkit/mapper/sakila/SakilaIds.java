package dev.relkit.mapper.sakila;

import java.util.Collection;

/** Checks on the id lists of the by-ids statements. */
final class SakilaIds {

    private SakilaIds() {
    }

    /**
     * An empty {@code IN} list would make mybatis-dynamic-sql drop the condition (and select every
     * row), so the statement builders refuse it; the mapper methods answer an empty list instead.
     */
    static void requireNotEmpty(Collection<Integer> ids, String entity) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("No " + entity + " ids given: an empty IN list would select every " + entity);
        }
    }
}
