package org.switchboard.server.kpi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.switchboard.engine.interactions.facts.PeriodGrid;

/**
 * The days a dashboard reports on, both included, as local dates of the centre's zone. The chart granularity and the
 * heat-map layout follow from its length.
 *
 * @param first the first day
 * @param last the last day, not before {@code first}
 */
public record ReportPeriod(LocalDate first, LocalDate last) {

    /** Longest period the dashboard accepts: a leap year and a day. */
    public static final int MAX_DAYS = 367;

    /** Longest period whose heat-map has one column per date; longer ones have one per weekday. */
    public static final int MAX_DAYS_BY_DATE = 31;

    /**
     * Validates the period.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first} or the period is longer than 367 days
     */
    public ReportPeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period: the last day " + last + " is before the first " + first);
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "period: " + first + " to " + last + " is longer than " + MAX_DAYS + " days");
        }
    }

    /** {@return the number of days, at least 1} */
    public int days() {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** {@return the instant the period starts: local midnight of the first day} */
    public Instant from(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** {@return the instant the period ends (excluded): local midnight after the last day} */
    public Instant to(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** {@return the bucket of the time-series charts: 15 min for a day, 30 min up to 2 days, 60 up to 7, else days} */
    public PeriodGrid.Unit seriesUnit() {
        int days = days();
        if (days == 1) {
            return PeriodGrid.Unit.MINUTES_15;
        }
        if (days <= 2) {
            return PeriodGrid.Unit.MINUTES_30;
        }
        return days <= 7 ? PeriodGrid.Unit.MINUTES_60 : PeriodGrid.Unit.DAY;
    }

    /** {@return whether the heat-maps have one column per date (up to 31 days), else one per weekday} */
    public boolean heatMapByDate() {
        return days() <= MAX_DAYS_BY_DATE;
    }
}
