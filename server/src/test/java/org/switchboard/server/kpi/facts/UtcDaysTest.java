package org.switchboard.server.kpi.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtcDaysTest {

    private final List<String> partial = new ArrayList<>();
    private final List<String> whole = new ArrayList<>();

    private void split(String from, String to) {
        UtcDays.split(Instant.parse(from), Instant.parse(to),
                (a, b) -> partial.add(a + "/" + b), (a, b) -> whole.add(a + "/" + b));
    }

    @Test
    void aBerlinWeekInWinterIsSixWholeUtcDaysAndTwoPartialOnes() {
        // Monday 2 to Sunday 8 March 2026 in Europe/Berlin (UTC+1): local midnight is 23:00 UTC the day before
        split("2026-03-01T23:00:00Z", "2026-03-08T23:00:00Z");

        assertThat(partial).containsExactly(
                "2026-03-01T23:00:00Z/2026-03-02T00:00:00Z", "2026-03-08T00:00:00Z/2026-03-08T23:00:00Z");
        assertThat(whole).containsExactly("2026-03-02T00:00:00Z/2026-03-08T00:00:00Z");
    }

    @Test
    void aRangeWithoutAWholeDayIsOnePartialRange() {
        split("2026-03-03T23:00:00Z", "2026-03-04T23:00:00Z");

        assertThat(partial).containsExactly("2026-03-03T23:00:00Z/2026-03-04T23:00:00Z");
        assertThat(whole).isEmpty();
    }

    @Test
    void utcDaysHaveNoPartialRange() {
        split("2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z");

        assertThat(partial).isEmpty();
        assertThat(whole).containsExactly("2026-03-02T00:00:00Z/2026-03-04T00:00:00Z");
    }

    @Test
    void anEmptyRangeHasNoRange() {
        split("2026-03-02T10:00:00Z", "2026-03-02T10:00:00Z");

        assertThat(partial).isEmpty();
        assertThat(whole).isEmpty();
    }

    @Test
    void boundariesAreUtcMidnights() {
        assertThat(UtcDays.startOf(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("2026-03-29T00:00:00Z");
        assertThat(UtcDays.boundaryFrom(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("2026-03-30T00:00:00Z");
        assertThat(UtcDays.boundaryFrom(Instant.parse("2026-03-29T00:00:00Z"))).isEqualTo("2026-03-29T00:00:00Z");
        assertThat(UtcDays.isBoundary(Instant.parse("2026-03-29T00:00:00Z"))).isTrue();
        assertThat(UtcDays.isBoundary(Instant.parse("2026-03-28T23:00:00Z"))).isFalse();
    }
}
