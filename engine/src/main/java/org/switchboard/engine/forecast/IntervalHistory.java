package org.switchboard.engine.forecast;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The interval history of one queue: whole calendar days of equal intervals (15, 30 or 60 minutes, or any divisor
 * of a day) from {@link #firstDay()}, each interval either <em>observed</em> (a volume, possibly zero) or
 * <em>missing</em> (no data). Missing is never read as zero: methods skip it. Whether the centre is <em>closed</em> in
 * an interval is learnt by the forecaster from the observed zeros (see {@link Forecaster}). Build one with {@link
 * HistoryReader}; immutable.
 */
public final class IntervalHistory {

    private final LocalDate firstDay;
    private final int intervalMinutes;
    private final double[] volume;
    private final double[] ahtSeconds;

    /**
     * Wraps arrays; NaN marks a missing volume or an unknown AHT. The arrays are copied.
     *
     * @throws IllegalArgumentException if the interval does not divide a day, the arrays differ in length or do not
     *     cover whole days, or a volume is negative
     */
    IntervalHistory(LocalDate firstDay, int intervalMinutes, double[] volume, double[] ahtSeconds) {
        requireArgument(
                intervalMinutes > 0 && 1440 % intervalMinutes == 0,
                "interval must divide a day: intervalMinutes=%d",
                intervalMinutes);
        requireArgument(volume.length == ahtSeconds.length, "volume and aht arrays differ in length");
        requireArgument(
                volume.length % (1440 / intervalMinutes) == 0, "history must cover whole days: %d", volume.length);
        for (double v : volume) {
            requireArgument(Double.isNaN(v) || v >= 0, "volume must not be negative: %s", v);
        }
        this.firstDay = firstDay;
        this.intervalMinutes = intervalMinutes;
        this.volume = volume.clone();
        this.ahtSeconds = ahtSeconds.clone();
    }

    /** {@return the first calendar day covered} */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** {@return the day after the last day covered} */
    public LocalDate endDay() {
        return firstDay.plusDays(days());
    }

    /** {@return the interval length in minutes} */
    public int intervalMinutes() {
        return intervalMinutes;
    }

    /** {@return the number of intervals per day, e.g. 96 for 15 minutes} */
    public int intervalsPerDay() {
        return 1440 / intervalMinutes;
    }

    /** {@return the number of whole days covered} */
    public int days() {
        return volume.length / intervalsPerDay();
    }

    /** {@return the number of intervals covered, observed or missing} */
    public int size() {
        return volume.length;
    }

    /**
     * {@return the local start of interval {@code index}}
     *
     * @param index 0-based interval number from midnight of {@link #firstDay()}
     */
    public LocalDateTime start(int index) {
        return firstDay.atStartOfDay().plusMinutes((long) index * intervalMinutes);
    }

    /**
     * {@return the observed volume of interval {@code index}; empty when missing (no data), never confused with 0}
     *
     * @param index 0-based interval number
     */
    public OptionalDouble volume(int index) {
        double v = volume[index];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * {@return the observed AHT of interval {@code index} in seconds; empty when unknown}
     *
     * @param index 0-based interval number
     */
    public OptionalDouble ahtSeconds(int index) {
        double v = ahtSeconds[index];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** {@return whether any interval carries an AHT} */
    public boolean hasAht() {
        for (double v : ahtSeconds) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the number of days with at least one observed interval} */
    public int observedDays() {
        int ppd = intervalsPerDay();
        int count = 0;
        for (int day = 0; day < days(); day++) {
            for (int i = day * ppd; i < (day + 1) * ppd; i++) {
                if (!Double.isNaN(volume[i])) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * The history before a day, e.g. to back-test from that origin without looking ahead.
     *
     * @param day the first day left out
     * @return the days from {@link #firstDay()} up to {@code day} exclusive
     * @throws IllegalArgumentException if {@code day} is not after {@link #firstDay()} or after {@link #endDay()}
     */
    public IntervalHistory until(LocalDate day) {
        int days = (int) (day.toEpochDay() - firstDay.toEpochDay());
        requireArgument(days > 0 && days <= days(), "day must lie after the first day and by the end: %s", day);
        int n = days * intervalsPerDay();
        return new IntervalHistory(
                firstDay, intervalMinutes, Arrays.copyOf(volume, n), Arrays.copyOf(ahtSeconds, n));
    }

    /** {@return a copy of the volumes, NaN where missing} */
    double[] volumes() {
        return volume.clone();
    }

    /** {@return a copy of the AHTs in seconds, NaN where unknown} */
    double[] ahts() {
        return ahtSeconds.clone();
    }
}
