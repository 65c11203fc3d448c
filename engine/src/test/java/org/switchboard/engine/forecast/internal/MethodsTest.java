package org.switchboard.engine.forecast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Each method on a series it must reproduce exactly: the hand-computable case of its formula (a repeated week, a
 * constant weekday total and profile, an exact regression function).
 */
class MethodsTest {

    /** Hourly series, first day a Monday. */
    private static final int HOURS = 24;

    private static Series series(int days, IntToDoubleFunction volume) {
        var y = new double[days * HOURS];
        for (int t = 0; t < y.length; t++) {
            y[t] = volume.applyAsDouble(t);
        }
        return new Series(y, HOURS, 0);
    }

    /** Open 8:00–18:00, volume by weekday and hour, the same every week. */
    private static double sameEveryWeek(int t) {
        int hour = t % HOURS;
        int weekday = t / HOURS % 7;
        return hour >= 8 && hour < 18 ? 10 + 3 * weekday + hour : 0;
    }

    @Test
    void doubleSeasonalSmoothingRepeatsAWeekThatNeverChanges() {
        // The initial weekly season is the week itself, so every one-step error is 0 whatever α, δ, ω, φ.
        var series = series(10 * 7, MethodsTest::sameEveryWeek);
        int origin = 8 * 7 * HOURS;

        var forecast = new DoubleSeasonalSmoothing().forecast(series, origin, 14 * HOURS, new boolean[7 * HOURS]);

        for (int h = 0; h < forecast.length; h++) {
            assertThat(forecast[h]).isCloseTo(sameEveryWeek(origin + h), within(1e-9));
        }
    }

    @Test
    void decompositionRepeatsConstantWeekdayTotalsAndProfiles() {
        // Totals per weekday are constant, so the Holt–Winters one-step errors are 0 and the profile is exact.
        var series = series(9 * 7, MethodsTest::sameEveryWeek);
        int origin = 9 * 7 * HOURS;

        var forecast = new DailyProfileDecomposition().forecast(series, origin, 7 * HOURS, new boolean[7 * HOURS]);

        for (int h = 0; h < forecast.length; h++) {
            assertThat(forecast[h]).isCloseTo(sameEveryWeek(origin + h), within(1e-9));
        }
    }

    @Test
    void regressionRecoversAnExactWeekdayAndFourierFunction() {
        // y = 20 + 4·[Tuesday] + 3·sin(2π·τ/W) + 2·cos(2π·7τ/W): inside the model, so OLS returns it. The 1e-7
        // relative ridge shrinks the nearly collinear weekday-dummy/harmonic directions a little: 1e-3 on values ~20.
        int week = 7 * HOURS;
        IntToDoubleFunction exact = t -> {
            int slot = t % week;
            return 20 + (slot / HOURS == 1 ? 4 : 0) + 3 * Math.sin(2 * Math.PI * slot / week)
                    + 2 * Math.cos(2 * Math.PI * 7 * slot / week);
        };
        var series = series(12 * 7, exact);
        int origin = 12 * week;

        var forecast = new FourierRegression().forecast(series, origin, week, new boolean[week]);

        for (int h = 0; h < forecast.length; h++) {
            assertThat(forecast[h]).isCloseTo(exact.applyAsDouble(origin + h), within(1e-3));
        }
    }

    @Test
    void regressionLeavesClosedIntervalsOutOfItsFit() {
        // Open intervals are 50 whatever the hour; closed ones are 0 and must not pull the fit down.
        var closed = new boolean[7 * HOURS];
        for (int slot = 0; slot < closed.length; slot++) {
            closed[slot] = slot % HOURS < 8;
        }
        var series = series(4 * 7, t -> t % HOURS < 8 ? 0 : 50);

        var forecast = new FourierRegression().forecast(series, 4 * 7 * HOURS, 7 * HOURS, closed);

        assertThat(forecast[12]).isCloseTo(50, within(1e-4));
    }

    @Test
    void closedSlotsNeedEveryRecentUsableOccurrenceZero() {
        // Monday 03:00 zero in 4 weeks (closed); Monday 09:00 zero in 3 of 4 weeks (open); Monday 05:00 observed
        // once, as the others are missing (open: at least two are needed). Missing never counts as zero.
        var series = series(4 * 7, t -> {
            int hour = t % HOURS;
            boolean monday = t / HOURS % 7 == 0;
            if (monday && hour == 9) {
                return t / HOURS == 21 ? 5 : 0;
            }
            if (monday && hour == 5) {
                return t / HOURS == 0 ? 0 : Double.NaN;
            }
            return hour == 3 ? 0 : 1;
        });

        var closed = ClosedSlots.learn(series, 4 * 7 * HOURS);

        assertThat(closed[3]).isTrue();
        assertThat(closed[9]).isFalse();
        assertThat(closed[5]).isFalse();
        assertThat(closed[24 + 3]).isTrue();
        assertThat(closed[24 + 4]).isFalse();
    }

    @Test
    void anAllZeroWorkingDayIsMissingButAClosedSundayIsNot() {
        // Every weekday busy, Sundays closed; Wednesday of week 3 (day 16) has no contact at all.
        var series = series(6 * 7, t -> {
            int day = t / HOURS;
            return day == 16 || day % 7 == 6 ? 0 : 10;
        });

        var marked = UnexplainedZeroDays.exclude(series);

        assertThat(marked).containsExactly(16);
        assertThat(series.isUsable(16 * HOURS + 10)).isFalse();
        assertThat(series.isUsable(6 * HOURS + 10)).isTrue();
    }

    @Test
    void coordinateSearchFindsTheMinimumOfABowl() {
        var best = CoordinateSearch.minimise(
                p -> Math.pow(p[0] - 0.3, 2) + Math.pow(p[1] - 0.7, 2) + 0.5 * (p[0] - 0.3) * (p[1] - 0.7),
                new double[] {0.5, 0.5},
                new double[] {0, 0},
                new double[] {1, 1});

        // Two sweeps of golden-section search on a coupled bowl: within 1e-2 of (0.3, 0.7).
        assertThat(best[0]).isCloseTo(0.3, within(1e-2));
        assertThat(best[1]).isCloseTo(0.7, within(1e-2));
    }
}
