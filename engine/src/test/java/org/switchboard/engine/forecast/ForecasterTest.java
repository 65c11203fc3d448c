package org.switchboard.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ForecasterTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    /** Volume of a day (from MONDAY) and hour; NaN leaves the row out (missing). */
    @FunctionalInterface
    interface Volume {
        double at(int day, int hour);
    }

    static IntervalHistory hourly(int days, Volume volume) {
        var rows = new ArrayList<HistoryRow>();
        for (int day = 0; day < days; day++) {
            for (int hour = 0; hour < 24; hour++) {
                double v = volume.at(day, hour);
                if (!Double.isNaN(v)) {
                    rows.add(new HistoryRow(
                            MONDAY.plusDays(day).atTime(hour, 0), v, OptionalDouble.of(100 + day % 7)));
                }
            }
        }
        return HistoryReader.fromRows(rows, "test", 60).history().orElseThrow();
    }

    private static Forecast forecast(IntervalHistory history, ForecastRequest request) {
        return (Forecast) Forecaster.forecast(history, request);
    }

    /** Open 8:00–18:00 every day; volume = 10·(week + 1) + hour, so each week differs. */
    private static double openDaytime(int day, int hour) {
        return hour >= 8 && hour < 18 ? 10 * (day / 7 + 1) + hour : 0;
    }

    @Test
    void seasonalNaiveRepeatsTheLastUsableWeekAndSkipsMissingNotZero() {
        // Week 3 (days 21–27) has Tuesday (day 22) missing: its forecast must come from week 2, not be 0.
        var history = hourly(28, (day, hour) -> day == 22 ? Double.NaN : openDaytime(day, hour));

        var forecast = forecast(history, ForecastRequest.auto(7).withMethod(ForecastMethod.SEASONAL_NAIVE));

        assertThat(forecast.method()).isEqualTo(ForecastMethod.SEASONAL_NAIVE);
        var monday10 = forecast.points().get(10);
        assertThat(monday10.start()).isEqualTo(MONDAY.plusDays(28).atTime(10, 0));
        assertThat(monday10.volume()).isEqualTo(40 + 10); // week 3: 10·4 + 10
        var tuesday10 = forecast.points().get(24 + 10);
        assertThat(tuesday10.volume()).isEqualTo(30 + 10); // week 2, because week 3's Tuesday is missing
        assertThat(forecast.notes())
                .contains("24 of 672 intervals of the history are missing (no data): skipped, not read as zero;"
                        + " 1 whole days");
    }

    @Test
    void nightsZeroInEveryRecentWeekAreForecastClosedWithZeroBands() {
        var history = hourly(56, ForecasterTest::openDaytime);

        var forecast = forecast(history, ForecastRequest.auto(7));

        var night = forecast.points().get(3);
        assertThat(night.closed()).isTrue();
        assertThat(List.of(night.volume(), night.lower95(), night.upper95())).containsOnly(0.0);
        var day = forecast.points().get(12);
        assertThat(day.closed()).isFalse();
        assertThat(day.upper95()).isGreaterThan(day.volume());
    }

    @Test
    void weekdayAverageWeighsRecentWeeksMore() {
        // Only two usable weeks for Monday 10:00 after a missing one: (6·V₃ + 5·V₁) / 11 with V = 10·(week+1) + 10.
        var history = hourly(28, (day, hour) -> day == 14 ? Double.NaN : openDaytime(day, hour));

        var forecast = forecast(history, ForecastRequest.auto(7).withMethod(ForecastMethod.WEEKDAY_AVERAGE));

        assertThat(forecast.points().get(10).volume()).isCloseTo((6 * 50.0 + 5 * 30 + 4 * 20) / 15, within(1e-9));
    }

    @Test
    void autoChoiceBackTestsEveryMethodAndTakesTheLowestWape() {
        var history = hourly(70, ForecasterTest::openDaytime);

        var forecast = forecast(history, ForecastRequest.auto(14));

        assertThat(forecast.scores()).extracting(BacktestScore::method).containsExactly(ForecastMethod.values());
        double best = forecast.scores().stream()
                .mapToDouble(score -> score.intervalWape().orElseThrow())
                .min()
                .orElseThrow();
        var chosen = forecast.scores().stream()
                .filter(score -> score.method() == forecast.method())
                .findFirst()
                .orElseThrow();
        assertThat(chosen.intervalWape().getAsDouble()).isEqualTo(best);
        assertThat(forecast.scores()).allSatisfy(score -> assertThat(score.origins()).isEqualTo(4));
        assertThat(forecast.fallbackReason()).isEmpty();
        assertThat(forecast.points()).hasSize(14 * 24);
    }

    @Test
    void historyTooShortForABackTestFallsBackToANamedMethod() {
        var history = hourly(20, ForecasterTest::openDaytime);

        var forecast = forecast(history, ForecastRequest.auto(7));

        assertThat(forecast.method()).isEqualTo(ForecastMethod.WEEKDAY_AVERAGE);
        assertThat(forecast.fallbackReason()).get().asString().contains("too short for a back-test");
        assertThat(forecast.scores()).isEmpty();
    }

    @Test
    void refusesFewerThanTwoWeeksAndAHorizonOverThirteenWeeks() {
        var history = hourly(13, ForecasterTest::openDaytime);

        var result = Forecaster.forecast(history, ForecastRequest.auto(92));

        assertThat(result).isInstanceOf(ForecastRefused.class);
        assertThat(((ForecastRefused) result).problems())
                .extracting(problem -> problem.field() + "=" + problem.value())
                .containsExactly("horizon-days=92", "history=13 days");
    }

    @Test
    void futureSpecialDaysTakeTheirEnteredOrLearntEffect() {
        // Every day flat 10/h in the open hours; past bill runs (two Wednesdays) doubled the volume.
        var billRuns = List.of(MONDAY.plusDays(16), MONDAY.plusDays(30));
        var history = hourly(42, (day, hour) -> hour >= 8 && hour < 18
                ? (billRuns.contains(MONDAY.plusDays(day)) ? 20 : 10)
                : 0);
        var calendar = List.of(
                new SpecialDay(billRuns.get(0), SpecialDayKind.BILL_RUN, OptionalDouble.empty()),
                new SpecialDay(billRuns.get(1), SpecialDayKind.BILL_RUN, OptionalDouble.empty()),
                new SpecialDay(MONDAY.plusDays(43), SpecialDayKind.BILL_RUN, OptionalDouble.empty()),
                new SpecialDay(MONDAY.plusDays(44), SpecialDayKind.CAMPAIGN, OptionalDouble.of(50)),
                new SpecialDay(MONDAY.plusDays(45), SpecialDayKind.HOLIDAY, OptionalDouble.of(-100)));

        var forecast = forecast(
                history,
                ForecastRequest.auto(7).withMethod(ForecastMethod.WEEKDAY_AVERAGE).withSpecialDays(calendar));

        assertThat(forecast.points().get(10).volume()).isCloseTo(10, within(1e-9));
        assertThat(forecast.points().get(24 + 10).volume()).isCloseTo(20, within(1e-9)); // learnt ×2
        assertThat(forecast.points().get(48 + 10).volume()).isCloseTo(15, within(1e-9)); // entered +50 %
        assertThat(forecast.points().get(72 + 10).closed()).isTrue(); // entered −100 %
    }

    @Test
    void ahtIsTheVolumeWeightedMeanOfTheSameIntervalOfTheWeek() {
        // hourly() gives AHT 100 + weekday: every Monday interval 100 s whatever the volume.
        var history = hourly(28, ForecasterTest::openDaytime);

        var forecast = forecast(history, ForecastRequest.auto(7).withMethod(ForecastMethod.SEASONAL_NAIVE));

        assertThat(forecast.points().get(10).ahtSeconds()).hasValue(100.0);
        assertThat(forecast.points().get(24 + 10).ahtSeconds()).hasValue(101.0);
    }
}
