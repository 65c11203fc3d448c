package org.switchboard.server.forecast.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link ForecastCalendar} on H2 and PostgreSQL (tag {@code database}). Days far in the future and unique
 * queue names keep the rows of this test apart from the others'.
 */
@SwitchboardIntegrationTest
@Tag("database")
class ForecastCalendarIT {

    private static final Instant AT = Instant.parse("2026-03-09T08:00:00Z");

    @Autowired
    ForecastCalendar calendar;

    @Test
    void aSpecialDayIsAddedReplacedAndRemoved() {
        var day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));

        var added = calendar.put(day, SpecialDayKind.BILL_RUN, OptionalDouble.of(25), "March bills", "planner", AT);
        var learned = calendar.put(day, SpecialDayKind.HOLIDAY, OptionalDouble.empty(), "", "planner", AT);
        var replaced = calendar.put(day, SpecialDayKind.BILL_RUN, OptionalDouble.of(-10), "late", "manager", AT);

        assertThat(replaced.id()).as("one event per day and kind").isEqualTo(added.id());
        assertThat(calendar.specialDays()).contains(
                new SpecialDay(added.id(), day, SpecialDayKind.BILL_RUN, OptionalDouble.of(-10), "late"),
                new SpecialDay(learned.id(), day, SpecialDayKind.HOLIDAY, OptionalDouble.empty(), ""));
        assertThat(learned.isLearned()).isTrue();
        assertThat(calendar.removeSpecialDay(added.id())).isTrue();
        assertThat(calendar.removeSpecialDay(added.id())).isFalse();
        assertThat(calendar.specialDays()).extracting(SpecialDay::id).doesNotContain(added.id());
    }

    @Test
    void anEffectBelowMinusOneHundredPercentIsRefused() {
        assertThatThrownBy(() -> calendar.put(LocalDate.of(2100, 1, 1), SpecialDayKind.OUTAGE,
                        OptionalDouble.of(-101), "", "planner", AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-101");
    }

    @Test
    void anOutlierIsMarkedListedAndRemoved() {
        var queue = UniqueNames.of("queue");
        var from = LocalDate.of(2026, 3, 3).atTime(10, 0);

        long id = calendar.markOutlier(queue, from, from.plusHours(2), "system outage", "planner", AT);

        assertThat(calendar.outliers(queue)).containsExactly(
                new Outlier(id, queue, from, from.plusHours(2), "system outage"));
        assertThat(calendar.outliers(queue).getFirst().covers(from.plusMinutes(105))).isTrue();
        assertThat(calendar.outliers(queue).getFirst().covers(from.plusHours(2))).as("end excluded").isFalse();
        assertThat(calendar.removeOutlier(id)).isTrue();
        assertThat(calendar.outliers(queue)).isEmpty();
    }
}
