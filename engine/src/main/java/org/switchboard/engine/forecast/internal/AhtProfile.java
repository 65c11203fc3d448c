package org.switchboard.engine.forecast.internal;

import java.util.Optional;

/**
 * Forecasts average handle time separately from volume: the volume-weighted mean AHT of the same interval of the
 * week over the last {@value #WEEKS} weeks,
 *
 * <pre>  AHT(τ) = Σ_weeks AHT(t)·y(t) / Σ_weeks y(t)   over the intervals t of week-slot τ with a known AHT </pre>
 *
 * so that a busy interval weighs as many contacts as it had (the AHT of a period is total handle time over
 * contacts, metrics.md §2). An interval of the week without handled contacts in those weeks takes the
 * volume-weighted mean AHT of all intervals of those weeks.
 */
public final class AhtProfile {

    static final int WEEKS = 6;

    private AhtProfile() {}

    /**
     * {@return the AHT forecast of each interval of the week (index = interval of the week), empty when no AHT is
     * known in the last weeks}
     *
     * @param series the volumes (NaN where unusable)
     * @param ahtSeconds the AHT of each interval, NaN where unknown
     * @param origin the first interval not looked at
     */
    public static Optional<double[]> learn(Series series, double[] ahtSeconds, int origin) {
        var y = series.volume();
        int week = series.week();
        var handle = new double[week];
        var contacts = new double[week];
        double allHandle = 0;
        double allContacts = 0;
        for (int t = Math.max(0, origin - WEEKS * week); t < origin; t++) {
            if (Double.isNaN(y[t]) || Double.isNaN(ahtSeconds[t]) || y[t] <= 0) {
                continue;
            }
            int slot = series.slotOfWeek(t);
            handle[slot] += ahtSeconds[t] * y[t];
            contacts[slot] += y[t];
            allHandle += ahtSeconds[t] * y[t];
            allContacts += y[t];
        }
        if (allContacts == 0) {
            return Optional.empty();
        }
        var profile = new double[week];
        for (int slot = 0; slot < week; slot++) {
            profile[slot] = contacts[slot] > 0 ? handle[slot] / contacts[slot] : allHandle / allContacts;
        }
        return Optional.of(profile);
    }
}
