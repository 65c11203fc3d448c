package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The planning period: whole days from a first day, cut into intervals of equal length. Interval {@code i} starts at
 * {@code firstDay 00:00 + i × intervalMinutes}. Weeks for contract rules are 7-day blocks from {@code firstDay}.
 *
 * @param firstDay the first planned day
 * @param days number of planned days, 1 to 366
 * @param intervalMinutes interval length in minutes, dividing 1 440 (5, 10, 15, 20, 30 or 60)
 */
public record Horizon(LocalDate firstDay, int days, int intervalMinutes) {

    private static final int MINUTES_PER_DAY = 1440;

    /**
     * Validates the horizon.
     *
     * @throws IllegalArgumentException if days is outside 1–366 or the interval does not divide a day
     */
    public Horizon {
        requireArgument(days >= 1 && days <= 366, "days must be in 1..366: days=%d", days);
        requireArgument(
                intervalMinutes >= 5 && intervalMinutes <= 60 && MINUTES_PER_DAY % intervalMinutes == 0,
                "intervalMinutes must divide 1440 and be in 5..60: intervalMinutes=%d",
                intervalMinutes);
    }

    /** {@return the number of intervals in one day} */
    public int intervalsPerDay() {
        return MINUTES_PER_DAY / intervalMinutes;
    }

    /** {@return the number of intervals in the whole horizon} */
    public int intervals() {
        return days * intervalsPerDay();
    }

    /** {@return the number of 7-day weeks, the last one possibly partial} */
    public int weeks() {
        return (days + 6) / 7;
    }

    /**
     * {@return the number of days of a week that fall inside the horizon: 7, or fewer for a final partial week}
     *
     * @param week week index from 0
     */
    public int daysInWeek(int week) {
        return Math.min(7, days - 7 * week);
    }

    /** {@return the last planned day} */
    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    /**
     * {@return the start of an interval}
     *
     * @param interval interval index from 0 (may lie past the horizon for shifts that end after it)
     */
    public LocalDateTime start(int interval) {
        return firstDay.atStartOfDay().plusMinutes((long) interval * intervalMinutes);
    }

    /**
     * {@return the day index from 0 of a date, empty outside the horizon}
     *
     * @param date a date
     */
    public Optional<Integer> dayIndex(LocalDate date) {
        var index = ChronoUnit.DAYS.between(firstDay, date);
        return index >= 0 && index < days ? Optional.of((int) index) : Optional.empty();
    }

    /**
     * {@return the minutes from the horizon start to a moment (negative before it)}
     *
     * @param moment a date and time
     */
    public long minutesFromStart(LocalDateTime moment) {
        return ChronoUnit.MINUTES.between(firstDay.atStartOfDay(), moment);
    }
}
