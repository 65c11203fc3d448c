package org.switchboard.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * {@link QueueHistory} on the demo week: the contacts offered per local hour of a day equal the demo contacts counted
 * independently from the generated data set ({@link DemoWeek}), closed hours count 0, and days outside the facts are
 * not reported.
 */
@SwitchboardIntegrationTest
class QueueHistoryIT {

    @Autowired
    QueueHistory history;

    @Test
    void theOfferedContactsPerHourAreTheDemoContactsOfThatHour() {
        var tuesday = DemoWeek.MONDAY.plusDays(1);

        var hours = history.intervals("service", tuesday, tuesday, 60);

        assertThat(hours).hasSize(24);
        var contacts = DemoWeek.contacts("service", tuesday);
        for (var hour : hours) {
            var from = hour.start().atZone(DemoWeek.ZONE).toInstant();
            var to = from.plus(Duration.ofHours(1));
            long expected = contacts.stream()
                    .filter(c -> !c.arrivedAt().isBefore(from) && c.arrivedAt().isBefore(to))
                    .count();
            assertThat(hour.offered()).as("offered at %s", hour.start()).isEqualTo(expected);
            assertThat(hour.ahtSeconds().isPresent()).as("AHT at %s", hour.start()).isEqualTo(hour.handled() > 0);
        }
        assertThat(hours.stream().mapToLong(QueueInterval::offered).sum()).isEqualTo(contacts.size());
        assertThat(hours.getFirst().offered()).as("the centre is closed at midnight").isZero();
    }

    @Test
    void daysOutsideTheFactsAreNotReported() {
        var days = history.days().orElseThrow();

        assertThat(history.intervals("service", days.last().plusDays(1), days.last().plusDays(3), 30)).isEmpty();
        assertThat(history.intervals("service", days.first().minusDays(2), days.first(), 30)).hasSize(48);
        assertThat(history.queues()).contains("service", "sales");
    }
}
