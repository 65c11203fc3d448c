package org.switchboard.server.forecast.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link ForecastVersionStore} on a real database: H2 in the default Failsafe run, PostgreSQL in the
 * {@code postgres} run (tag {@code database}). Versions are told apart by unique queue names, as the database is
 * shared.
 */
@SwitchboardIntegrationTest
@Tag("database")
class ForecastVersionStoreIT {

    private static final Instant CREATED = Instant.parse("2026-03-09T08:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-03-09T09:30:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final LocalDateTime EIGHT = MONDAY.atTime(8, 0);
    private static final LocalDateTime HALF_PAST_EIGHT = MONDAY.atTime(8, 30);

    @Autowired
    ForecastVersionStore store;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aDraftIsStoredWithItsIntervalsScoresAndHistoryAndReadBack() {
        var draft = draft(UniqueNames.of("queue"));

        long id = insert(draft);

        var version = store.find(id).orElseThrow();
        assertThat(version.request()).isEqualTo(draft.request());
        assertThat(version.method()).isEqualTo("weekday-average");
        assertThat(version.fallbackReason()).isEqualTo("ets needs two weeks of history");
        assertThat(version.isFallback()).isTrue();
        assertThat(version.parameters()).isEqualTo("weeks=4");
        assertThat(version.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(version.createdBy()).isEqualTo("planner");
        assertThat(version.createdAt()).isEqualTo(CREATED);
        assertThat(version.publishedAt()).isEmpty();
        assertThat(version.lastDay()).isEqualTo(MONDAY.plusDays(6));
        assertThat(store.intervals(id)).containsExactlyElementsOf(draft.intervals());
        assertThat(store.scores(id)).containsExactlyInAnyOrderElementsOf(draft.scores());
        assertThat(store.history(id)).containsExactlyElementsOf(draft.history());
        assertThat(store.latest(50)).extracting(ForecastVersion::id).contains(id);
    }

    @Test
    void anAdjustmentScalesTheRangeOfADraftOnly() {
        long id = insert(draft(UniqueNames.of("queue")));

        int changed = store.adjust(id, EIGHT, HALF_PAST_EIGHT, 10);

        assertThat(changed).isEqualTo(1);
        var intervals = store.intervals(id);
        assertThat(intervals.get(0).adjustmentPercent()).isEqualTo(10);
        // 40 contacts × (1 + 10/100) = 44; the band [30, 52] scales to [33, 57.2]
        assertThat(intervals.get(0).plannedVolume()).isCloseTo(44, within(1e-9));
        assertThat(intervals.get(0).plannedLower95()).isCloseTo(33, within(1e-9));
        assertThat(intervals.get(0).plannedUpper95()).isCloseTo(57.2, within(1e-9));
        assertThat(intervals.get(1).adjustmentPercent()).as("outside the range").isZero();
    }

    @Test
    void aPublishedVersionRecordsWhoAndWhenAndNoLongerChanges() {
        long id = insert(draft(UniqueNames.of("queue")));

        assertThat(store.publish(id, "manager", PUBLISHED)).isTrue();

        var version = store.find(id).orElseThrow();
        assertThat(version.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(version.publishedBy()).contains("manager");
        assertThat(version.publishedAt()).contains(PUBLISHED);
        assertThat(store.publish(id, "planner", PUBLISHED.plusSeconds(60))).as("published once").isFalse();
        assertThat(store.adjust(id, EIGHT, HALF_PAST_EIGHT, 50)).as("a published version is fixed").isZero();
        assertThat(store.intervals(id).get(0).adjustmentPercent()).isZero();
        assertThat(store.publishedStartingBy(MONDAY)).extracting(ForecastVersion::id).contains(id);
        assertThat(store.publishedStartingBy(MONDAY.minusDays(1))).extracting(ForecastVersion::id).doesNotContain(id);
    }

    @Test
    void anUnknownVersionIsEmpty() {
        assertThat(store.find(-1)).isEmpty();
        assertThat(store.intervals(-1)).isEmpty();
    }

    private long insert(VersionDraft draft) {
        Long id = transaction.execute(status -> store.insert(draft, "planner", CREATED));
        return id == null ? -1 : id;
    }

    private static VersionDraft draft(String queue) {
        var request = new VersionRequest(queue, 30, MONDAY, 7, HistorySource.FACTS, MONDAY.minusDays(28),
                MONDAY.minusDays(1), "ets");
        var intervals = List.of(
                new VersionInterval(EIGHT, 40, 34, 47, 30, 52, OptionalDouble.of(310.5), 0),
                new VersionInterval(HALF_PAST_EIGHT, 0, 0, 0, 0, 0, OptionalDouble.empty(), 0));
        var scores = List.of(
                new MethodScore("seasonal-naive", OptionalDouble.of(0.21), OptionalDouble.of(0.08)),
                new MethodScore("weekday-average", OptionalDouble.of(0.14), OptionalDouble.of(0.05)),
                new MethodScore("ets", OptionalDouble.empty(), OptionalDouble.empty()));
        var history = List.of(
                new HistoryPoint(EIGHT.minusDays(7), 38, OptionalDouble.of(300)),
                new HistoryPoint(HALF_PAST_EIGHT.minusDays(7), 0, OptionalDouble.empty()));
        return new VersionDraft(request, "weekday-average", "ets needs two weeks of history", "weeks=4", scores,
                intervals, history);
    }
}
