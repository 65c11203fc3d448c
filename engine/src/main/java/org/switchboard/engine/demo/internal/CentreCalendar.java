package org.switchboard.engine.demo.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.switchboard.engine.demo.DemoSpec;

/**
 * The days of a spec turned into epoch seconds: when each day opens and closes, and the origin the simulation counts
 * its clock from. Converting through {@link ZonedDateTime} makes the 23-hour and 25-hour days come out right.
 */
final class CentreCalendar {

    private final DemoSpec spec;
    private final List<LocalDate> days;
    private final long originEpochSecond;
    private final long[] openEpochSecond;
    private final long[] closeEpochSecond;

    /**
     * Lays out the calendar of a spec.
     *
     * @param spec the spec
     */
    public CentreCalendar(DemoSpec spec) {
        this.spec = spec;
        this.days = spec.days();
        this.originEpochSecond = days.getFirst().atStartOfDay(spec.zone()).toEpochSecond();
        this.openEpochSecond = new long[days.size()];
        this.closeEpochSecond = new long[days.size()];
        for (int d = 0; d < days.size(); d++) {
            var hours = spec.hoursOn(days.get(d));
            openEpochSecond[d] = epochSecond(d, hours.open());
            closeEpochSecond[d] = epochSecond(d, hours.close());
        }
    }

    /** {@return the spec} */
    public DemoSpec spec() {
        return spec;
    }

    /** {@return how many days the period has} */
    public int dayCount() {
        return days.size();
    }

    /**
     * {@return a day of the period}
     *
     * @param d the day's index from 0
     */
    public LocalDate day(int d) {
        return days.get(d);
    }

    /**
     * {@return the day of the week the centre runs day {@code d} as (Sunday on a public holiday)}
     *
     * @param d the day's index
     */
    public DayOfWeek runsAs(int d) {
        return spec.runsAs(days.get(d));
    }

    /**
     * {@return whether day {@code d} is a public holiday}
     *
     * @param d the day's index
     */
    public boolean isPublicHoliday(int d) {
        return spec.isPublicHoliday(days.get(d));
    }

    /** {@return the epoch second of local midnight starting the period: time 0 of the simulation clock} */
    public long originEpochSecond() {
        return originEpochSecond;
    }

    /**
     * {@return the epoch second day {@code d} opens}
     *
     * @param d the day's index
     */
    public long openEpochSecond(int d) {
        return openEpochSecond[d];
    }

    /**
     * {@return the epoch second day {@code d} closes (exclusive)}
     *
     * @param d the day's index
     */
    public long closeEpochSecond(int d) {
        return closeEpochSecond[d];
    }

    /**
     * {@return the epoch second of a local time on day {@code d}}
     *
     * @param d the day's index
     * @param time the local time
     */
    public long epochSecond(int d, LocalTime time) {
        return ZonedDateTime.of(days.get(d), time, spec.zone()).toEpochSecond();
    }

    /**
     * {@return the local time of day of an epoch second, in hours (10.5 = 10:30)}
     *
     * @param epochSecond the instant
     */
    public double localHourOf(long epochSecond) {
        var offsetSeconds = spec.zone()
                .getRules()
                .getOffset(Instant.ofEpochSecond(epochSecond))
                .getTotalSeconds();
        return Math.floorMod(epochSecond + offsetSeconds, 86_400L) / 3600.0;
    }
}
