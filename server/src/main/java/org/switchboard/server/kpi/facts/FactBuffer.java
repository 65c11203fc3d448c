package org.switchboard.server.kpi.facts;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Collects facts that a builder hands out in slot order, merging facts of the same key, and passes them on a UTC day
 * of slots at a time (each chunk is every fact of its day that the builder gives, so a day's facts can be merged into
 * its day fact), so that a refresh of a year never holds a year of facts. A fact of a slot already passed on is a
 * bug of the caller (its contacts came out of order beyond the builder's lateness) and is refused.
 *
 * @param <K> the fact key
 * @param <F> the fact
 */
final class FactBuffer<K, F> {

    private final Function<F, K> keyOf;
    private final Function<K, Instant> slotOf;
    private final BinaryOperator<F> merge;
    private final Consumer<Map<K, F>> flush;
    private Map<K, F> buffer = new HashMap<>();
    private Instant chunkEnd = Instant.MIN;
    private Instant flushedTo = Instant.MIN;
    private long facts;

    FactBuffer(Function<F, K> keyOf, Function<K, Instant> slotOf, BinaryOperator<F> merge, Consumer<Map<K, F>> flush) {
        this.keyOf = keyOf;
        this.slotOf = slotOf;
        this.merge = merge;
        this.flush = flush;
    }

    /** Takes one fact from the builder. */
    void accept(F fact) {
        var key = keyOf.apply(fact);
        var slot = slotOf.apply(key);
        if (slot.isBefore(flushedTo)) {
            throw new IllegalStateException("a fact of slot " + slot + " came after the slots before " + flushedTo
                    + " were written: the contacts or events were out of order");
        }
        if (!slot.isBefore(chunkEnd)) {
            flush();
            chunkEnd = UtcDays.startOf(slot).plus(UtcDays.DAY);
        }
        buffer.merge(key, fact, merge);
    }

    /** Passes on what is buffered; call after the builder's {@code finish}. */
    void flush() {
        if (!buffer.isEmpty()) {
            facts += buffer.size();
            flush.accept(buffer);
            buffer = new HashMap<>();
        }
        flushedTo = chunkEnd;
    }

    /** {@return how many facts were passed on} */
    long facts() {
        return facts;
    }
}
