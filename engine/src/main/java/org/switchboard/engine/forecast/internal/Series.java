package org.switchboard.engine.forecast.internal;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The volumes a method may learn from: one value per interval from midnight of the first day, NaN where the value
 * must not be used (missing, a special or marked day, an unexplained all-zero day). Arrays are shared, not copied:
 * this is the hot-path representation (style guide §5) and never leaves the forecast capability.
 */
public final class Series {

    private final double[] volume;
    private final int intervalsPerDay;
    private final int firstWeekday;

    /**
     * Wraps the volumes.
     *
     * @param volume one value per interval, NaN where unusable
     * @param intervalsPerDay intervals per day
     * @param firstWeekday day of week of the first day, 0 = Monday … 6 = Sunday
     * @throws IllegalArgumentException if the volumes do not cover whole days
     */
    public Series(double[] volume, int intervalsPerDay, int firstWeekday) {
        requireArgument(volume.length % intervalsPerDay == 0, "volumes must cover whole days: %d", volume.length);
        this.volume = volume;
        this.intervalsPerDay = intervalsPerDay;
        this.firstWeekday = firstWeekday;
    }

    /** {@return the volumes, NaN where unusable; not a copy} */
    public double[] volume() {
        return volume;
    }

    /** {@return intervals per day} */
    public int intervalsPerDay() {
        return intervalsPerDay;
    }

    /** {@return intervals per week} */
    public int week() {
        return 7 * intervalsPerDay;
    }

    /** {@return the number of intervals} */
    public int size() {
        return volume.length;
    }

    /**
     * {@return the interval of the week of interval {@code t}, 0 = Monday 00:00}
     *
     * @param t interval index, may lie beyond the data (a forecast interval)
     */
    public int slotOfWeek(int t) {
        return (firstWeekday * intervalsPerDay + t) % week();
    }

    /**
     * {@return the day of week of day {@code day}, 0 = Monday}
     *
     * @param day day index from the first day
     */
    public int weekday(int day) {
        return (firstWeekday + day) % 7;
    }

    /**
     * {@return whether interval {@code t} may be learnt from}
     *
     * @param t interval index within the data
     */
    public boolean isUsable(int t) {
        return !Double.isNaN(volume[t]);
    }
}
