package org.switchboard.engine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoSpec;

class ArrivalModelTest {

    @Test
    void weekdayFactorsAverageOne() {
        double sum = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .mapToDouble(ArrivalModel::dayFactor)
                .sum();
        assertThat(sum / 5).isCloseTo(1, within(1e-12));
    }

    @Test
    void theIntradayShapePeaksMidMorningWithAnAfternoonSecondPeak() {
        double peakHour = 0;
        double peak = 0;
        for (double hour = 8; hour < 20; hour += 0.25) {
            double shape = ArrivalModel.intradayShape(hour, DayOfWeek.WEDNESDAY, Channel.VOICE);
            if (shape > peak) {
                peak = shape;
                peakHour = hour;
            }
        }
        assertThat(peakHour).isBetween(10.0, 11.0);
        double lunchDip = ArrivalModel.intradayShape(12.5, DayOfWeek.WEDNESDAY, Channel.VOICE);
        assertThat(ArrivalModel.intradayShape(14.25, DayOfWeek.WEDNESDAY, Channel.VOICE))
                .isGreaterThan(lunchDip);
    }

    @Test
    void twoYearsOfWednesdaysAverageTheirVolumeInsideOpeningHours() {
        var spec = DemoSpec.standard().withWeeks(104);
        var calendar = new CentreCalendar(spec);
        var service = spec.queues().getFirst();
        var arrivals = ArrivalModel.arrivals(service, calendar, DemoCentre.random(9));
        assertThat(arrivals).isSorted();
        var wednesdays = new long[104];
        int w = 0;
        int next = 0;
        for (int d = 0; d < calendar.dayCount(); d++) {
            long open = calendar.openEpochSecond(d);
            long close = calendar.closeEpochSecond(d);
            int count = 0;
            while (next < arrivals.length && arrivals[next] < close) {
                assertThat(arrivals[next]).isGreaterThanOrEqualTo(open);
                next++;
                count++;
            }
            if (calendar.runsAs(d) == DayOfWeek.WEDNESDAY) {
                wednesdays[w++] = count;
            }
        }
        assertThat(next).isEqualTo(arrivals.length);
        // Expected 1 800 · 0.99 = 1 782 a Wednesday; day noise cv 0.08 over 104 days gives a standard error of ~14.
        double mean = Arrays.stream(wednesdays).average().orElseThrow();
        assertThat(mean).isCloseTo(1782, within(60.0));
    }
}
