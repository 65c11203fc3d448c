package org.switchboard.server.kpi.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used cache of computed figures, emptied whenever facts or settings change. Computing happens
 * outside the lock, so two first requests for the same key may both compute; both get equal figures. Figures whose
 * computation overlapped a {@link #clear()} are handed out but not kept, as they may predate the change.
 *
 * @param <K> the request (period and filters)
 * @param <V> the figures
 */
final class FigureCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;
    private long generation;

    FigureCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true);
    }

    /** {@return the cached figures of a key, computed and kept when absent} */
    V get(K key, Function<K, V> compute) {
        long started;
        synchronized (entries) {
            var cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
            started = generation;
        }
        var computed = compute.apply(key);
        synchronized (entries) {
            if (started != generation) {
                return computed;
            }
            entries.put(key, computed);
            if (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return computed;
    }

    /** Forgets everything. */
    void clear() {
        synchronized (entries) {
            generation++;
            entries.clear();
        }
    }
}
