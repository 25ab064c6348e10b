package vn.thidua.unit.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the observers of a {@link ProvinceSuccession} passed to the successor, noted while
 * the succession runs so that its preview and its audit can say what moved. Each area that
 * observes the event notes its items here ({@link #note}). The notes belong to the running
 * transaction (kept in the transaction's registry, nothing in this bean), so they are gone
 * with it and two nodes never share them.
 */
@ApplicationScoped
public class SuccessionLedger {

    private static final String KEY = SuccessionLedger.class.getName();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    /** An item of {@code kind} (its name as a user knows it) passes to the successor. */
    public void note(SuccessionItem kind, String name) {
        notes().computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }

    /** Starts the notes of a succession afresh (the succession's first step). */
    public void clear() {
        transaction.putResource(KEY, new EnumMap<SuccessionItem, List<String>>(SuccessionItem.class));
    }

    /** What has been noted so far, per kind. */
    public Map<SuccessionItem, List<String>> items() {
        Map<SuccessionItem, List<String>> copy = new EnumMap<>(SuccessionItem.class);
        notes().forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private Map<SuccessionItem, List<String>> notes() {
        Object notes = transaction.getResource(KEY);
        if (notes == null) {
            clear();
            notes = transaction.getResource(KEY);
        }
        return (Map<SuccessionItem, List<String>>) notes;
    }
}
