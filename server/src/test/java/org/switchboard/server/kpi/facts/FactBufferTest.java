package org.switchboard.server.kpi.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FactBufferTest {

    private static final Instant DAY_ONE = Instant.parse("2026-03-02T00:00:00Z");

    /** A fact for the test: a slot, a key and a count that merges by addition. */
    private record Tally(Instant slot, String key, long count) {}

    private final List<Map<String, Tally>> flushed = new ArrayList<>();
    private final FactBuffer<String, Tally> buffer = new FactBuffer<>(
            tally -> tally.slot() + "/" + tally.key(),
            key -> Instant.parse(key.substring(0, key.indexOf('/'))),
            (a, b) -> new Tally(a.slot(), a.key(), a.count() + b.count()),
            chunk -> flushed.add(new TreeMap<>(chunk)));

    @Test
    void mergesFactsOfOneKeyAndPassesThemOnADayAtATime() {
        buffer.accept(new Tally(DAY_ONE, "q", 1));
        buffer.accept(new Tally(DAY_ONE, "q", 2));
        buffer.accept(new Tally(DAY_ONE.plusSeconds(3_600), "q", 5));
        buffer.accept(new Tally(DAY_ONE.plusSeconds(86_400), "q", 7));
        buffer.flush();

        assertThat(flushed).hasSize(2);
        assertThat(flushed.get(0).values()).extracting(Tally::count).containsExactly(3L, 5L);
        assertThat(flushed.get(1).values()).extracting(Tally::count).containsExactly(7L);
        assertThat(buffer.facts()).isEqualTo(3);
    }

    @Test
    void aChunkIsOneUtcDaySoADayFactCanBeMergedFromIt() {
        buffer.accept(new Tally(DAY_ONE.minusSeconds(900), "q", 1));
        buffer.accept(new Tally(DAY_ONE, "q", 2));
        buffer.accept(new Tally(DAY_ONE.plusSeconds(86_400 - 900), "q", 4));
        buffer.flush();

        // 23:45 UTC the day before, then 00:00 and 23:45 of DAY_ONE: two days, two chunks
        assertThat(flushed).hasSize(2);
        assertThat(flushed.get(0).values()).extracting(Tally::count).containsExactly(1L);
        assertThat(flushed.get(1).values()).extracting(Tally::count).containsExactly(2L, 4L);
    }

    @Test
    void refusesAFactOfASlotAlreadyPassedOn() {
        buffer.accept(new Tally(DAY_ONE, "q", 1));
        buffer.accept(new Tally(DAY_ONE.plusSeconds(86_400), "q", 1));

        assertThatIllegalStateException()
                .isThrownBy(() -> buffer.accept(new Tally(DAY_ONE.plusSeconds(900), "q", 1)))
                .withMessageContaining("out of order");
    }
}
