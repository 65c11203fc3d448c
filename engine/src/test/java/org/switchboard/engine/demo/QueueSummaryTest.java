package org.switchboard.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Service level and abandonment per metrics.md §1, on a hand-worked queue. */
class QueueSummaryTest {

    // 200 offered: 150 answered (120 within 20 s, 1 500 s of wait in all), 30 abandoned, 10 short abandons, 10 still
    // counted only as offered (overflowed). Base = 200 − 10 = 190.
    private final QueueSummary queue =
            new QueueSummary("service", Duration.ofSeconds(20), 200, 150, 120, 30, 10, 6, Duration.ofSeconds(1500));

    @Test
    void serviceLevelIsAnsweredWithinThresholdOfOfferedWithoutShortAbandons() {
        assertThat(queue.serviceLevel().orElseThrow()).isCloseTo(120.0 / 190, within(1e-12));
    }

    @Test
    void abandonmentRateLeavesShortAbandonsOut() {
        assertThat(queue.abandonmentRate().orElseThrow()).isCloseTo(30.0 / 190, within(1e-12));
    }

    @Test
    void averageSpeedOfAnswerIsWaitOverAnswered() {
        assertThat(queue.averageSpeedOfAnswer()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void anEmptyQueueHasNoServiceLevel() {
        var empty = new QueueSummary("chat", Duration.ofSeconds(60), 0, 0, 0, 0, 0, 0, Duration.ZERO);
        assertThat(empty.serviceLevel()).isEmpty();
        assertThat(empty.abandonmentRate()).isEmpty();
        assertThat(empty.averageSpeedOfAnswer()).isZero();
    }

    @Test
    void rejectsMoreOutcomesThanOffers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new QueueSummary("service", Duration.ofSeconds(20), 10, 8, 8, 3, 0, 0, Duration.ZERO))
                .withMessageContaining("offered=10");
    }

    @Test
    void summaryOfTheStandardCentreCountsEveryContactOnce() {
        var data = StandardDemo.DATA;
        long offered = data.summary().queues().stream()
                .mapToLong(QueueSummary::offered)
                .sum();
        assertThat(offered).isEqualTo(data.contacts().size());
        for (var summary : data.summary().queues()) {
            assertThat(summary.answered() + summary.abandoned() + summary.shortAbandons())
                    .isEqualTo(summary.offered());
        }
    }
}
