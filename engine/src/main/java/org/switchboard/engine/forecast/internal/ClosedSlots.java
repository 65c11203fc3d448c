package org.switchboard.engine.forecast.internal;

/**
 * Learns when the centre is closed: an interval of the week is closed when its last {@value #WEEKS} usable
 * occurrences before the origin (at least two) all had zero volume. A closed interval is forecast as 0 with bands
 * 0; a missing one never counts as zero here.
 */
public final class ClosedSlots {

    /** How many recent usable occurrences must all be zero. */
    public static final int WEEKS = 4;

    private ClosedSlots() {}

    /**
     * {@return one flag per interval of the week, true when closed}
     *
     * @param series the volumes
     * @param origin the first interval not looked at
     */
    public static boolean[] learn(Series series, int origin) {
        var y = series.volume();
        int week = series.week();
        var closed = new boolean[week];
        for (int offset = 1; offset <= week && offset <= origin; offset++) {
            int last = origin - offset;
            int found = 0;
            boolean allZero = true;
            for (int t = last; t >= 0 && found < WEEKS; t -= week) {
                if (!Double.isNaN(y[t])) {
                    found++;
                    allZero &= y[t] == 0;
                }
            }
            closed[series.slotOfWeek(last)] = found >= 2 && allZero;
        }
        return closed;
    }
}
