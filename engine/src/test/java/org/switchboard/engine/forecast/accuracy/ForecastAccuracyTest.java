package org.switchboard.engine.forecast.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ForecastAccuracyTest {

    private static final double EXACT = 1e-12;

    @Test
    void handComputedDaysGiveEverySixMeasures() {
        // Hand-computed: F = 110, 90, 100, 5; A = 100, 100, 80, 0. ΣF = 305, ΣA = 280.
        var measures = ForecastAccuracy.measure(new double[] {110, 90, 100, 5}, new double[] {100, 100, 80, 0});

        assertThat(measures.periodError().getAsDouble()).isCloseTo(25.0 / 305, within(EXACT));
        assertThat(measures.absolutePeriodError().getAsDouble()).isCloseTo(25.0 / 305, within(EXACT));
        // The zero-actual day has no percentage error: (0.10 − 0.10 + 0.25) / 3 and (0.10 + 0.10 + 0.25) / 3.
        assertThat(measures.meanPercentageError().getAsDouble()).isCloseTo(0.25 / 3, within(EXACT));
        assertThat(measures.meanAbsolutePercentageError().getAsDouble()).isCloseTo(0.45 / 3, within(EXACT));
        assertThat(measures.weightedError().getAsDouble()).isCloseTo(25.0 / 280, within(EXACT));
        assertThat(measures.wape().getAsDouble()).isCloseTo(45.0 / 280, within(EXACT));
        assertThat(measures.overForecast().getAsDouble()).isCloseTo(35.0 / 280, within(EXACT));
        assertThat(measures.underForecast().getAsDouble()).isCloseTo(-10.0 / 280, within(EXACT));
        assertThat(measures.points()).isEqualTo(4);
    }

    @Test
    void referenceMonthOfMetricsSevenHoldsItsStructure() {
        // metrics.md §7: measure 1 = 5.21 % is measure 5 = 5.50 % over 1.055, and +9.76 % − 4.26 % = 5.50 %. Each
        // figure is rounded to 0.01 point, so a sum of two may be off by 0.01 point (1e-4) plus float error.
        double measure5 = 0.0550;
        assertThat(measure5 / (1 + measure5)).isCloseTo(0.0521, within(5e-5));
        assertThat(0.0976 + 0.0426).isCloseTo(0.1403, within(1.01e-4));
        assertThat(0.0976 - 0.0426).isCloseTo(measure5, within(1.01e-4));
    }

    @Test
    void zeroOverZeroIsEmptyNotZero() {
        var measures = ForecastAccuracy.measure(new double[] {0, 0}, new double[] {0, 0});

        assertThat(measures.periodError()).isEmpty();
        assertThat(measures.meanAbsolutePercentageError()).isEmpty();
        assertThat(measures.wape()).isEmpty();
        assertThat(measures.overForecast()).isEmpty();
        assertThat(measures.underForecast()).isEmpty();
    }

    @Test
    void dayLevelSumsTheIntervalsOfEachDayFirst() {
        var day = LocalDate.of(2026, 3, 2).atStartOfDay();
        // Interval errors +10 and −10 cancel within the day: interval WAPE 20/40, day WAPE 0/40.
        var points = List.of(
                new AccuracyPoint(day.plusHours(9), 30, 20),
                new AccuracyPoint(day.plusHours(10), 10, 20),
                new AccuracyPoint(day.plusDays(1).plusHours(9), 0, 0));

        assertThat(ForecastAccuracy.measure(points, AccuracyLevel.INTERVAL).wape().getAsDouble())
                .isCloseTo(0.5, within(EXACT));
        var daily = ForecastAccuracy.measure(points, AccuracyLevel.DAY);
        assertThat(daily.wape().getAsDouble()).isCloseTo(0, within(EXACT));
        assertThat(daily.points()).isEqualTo(2);
    }

    @Property(tries = 200)
    void overAndUnderMagnitudesAddUpToWape(@ForAll("volumes") double[] forecast, @ForAll("volumes") double[] actual) {
        int n = Math.min(forecast.length, actual.length);
        var measures = ForecastAccuracy.measure(
                Arrays.copyOf(forecast, n), Arrays.copyOf(actual, n));
        if (measures.wape().isPresent()) {
            double over = measures.overForecast().getAsDouble();
            double under = measures.underForecast().getAsDouble();
            double wape = measures.wape().getAsDouble();
            // Relative tolerance: the sums are of up to 60 terms of up to 500 over a base that may be tiny.
            assertThat(Math.abs(over) + Math.abs(under)).isCloseTo(wape, within(1e-12 * (1 + wape)));
            double measure5 = measures.weightedError().getAsDouble();
            assertThat(over + under).isCloseTo(measure5, within(1e-12 * (1 + wape)));
            assertThat(over).isGreaterThanOrEqualTo(0);
            assertThat(under).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 200)
    void periodErrorIsWeightedErrorOverOnePlusIt(
            @ForAll("volumes") double[] forecast, @ForAll("volumes") double[] actual) {
        int n = Math.min(forecast.length, actual.length);
        var measures = ForecastAccuracy.measure(
                Arrays.copyOf(forecast, n), Arrays.copyOf(actual, n));
        if (measures.periodError().isPresent() && measures.weightedError().isPresent()) {
            double measure5 = measures.weightedError().getAsDouble();
            double expected = measure5 / (1 + measure5);
            assertThat(measures.periodError().getAsDouble()).isCloseTo(expected, within(1e-9 * (1 + Math.abs(expected))));
        }
    }

    @Provide
    Arbitrary<double[]> volumes() {
        return Arbitraries.doubles()
                .between(0, 500)
                .ofScale(2)
                .array(double[].class)
                .ofMinSize(1)
                .ofMaxSize(60);
    }
}
