package dev.relkit.session;

import dev.relkit.relation.Attribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the flushes of the current transaction changed in memory, kept so that a failed flush or a
 * rollback can put it back: each object's bookkeeping as it was before the transaction's first
 * flush touched it (absent for objects a cascade brought in), and the original value of every
 * attribute relkit wrote (generated ids, copied foreign keys). Attribute changes the application
 * made itself are not journaled: they stay, and the restored snapshots make them pending again.
 */
final class TransactionJournal {

    private final Map<Object, Tracked> priorEntries = new IdentityHashMap<>();
    private final Map<Object, Map<Attribute<Object, Object>, Object>> priorValues = new IdentityHashMap<>();
    private final Map<Object, Boolean> deletedByApplication = new IdentityHashMap<>();

    /**
     * The application called {@code delete} after this transaction's first flush: the request
     * survives a restore (the restored entry would otherwise predate it).
     */
    void deletedByApplication(Object entity, boolean deleted) {
        if (deleted) {
            deletedByApplication.put(entity, Boolean.TRUE);
        } else {
            deletedByApplication.remove(entity);
        }
    }

    Iterable<Object> deletedByApplication() {
        return deletedByApplication.keySet();
    }

    /** Remembers an object's bookkeeping (null: it was not in the session) unless already remembered. */
    void rememberEntry(Object entity, Tracked prior) {
        if (!priorEntries.containsKey(entity)) {
            priorEntries.put(entity, prior == null ? null : prior.copy());
        }
    }

    /** Remembers an attribute's value before relkit writes it, unless already remembered. */
    void rememberValue(Object entity, Attribute<Object, Object> attribute, Object value) {
        Map<Attribute<Object, Object>, Object> values = priorValues.computeIfAbsent(entity, e -> new LinkedHashMap<>());
        if (!values.containsKey(attribute)) {
            values.put(attribute, value);
        }
    }

    /** Takes over the values another journal remembered (those this one has not remembered already). */
    void absorbValues(TransactionJournal other) {
        other.priorValues.forEach((entity, values) -> values.forEach((attribute, value) -> rememberValue(entity, attribute, value)));
    }

    Map<Object, Tracked> priorEntries() {
        return priorEntries;
    }

    /** Puts every journaled attribute back to its value before the transaction. */
    void restoreValues() {
        priorValues.forEach((entity, values) -> {
            // newest first: two attributes may write one field (a subtype's key is its base class's id)
            List<Map.Entry<Attribute<Object, Object>, Object>> remembered = new ArrayList<>(values.entrySet());
            Collections.reverse(remembered);
            remembered.forEach(prior -> prior.getKey().set(entity, prior.getValue()));
        });
    }
}
