package org.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code switchboard forecast} and {@code switchboard accuracy} run in-process, as scripts use them: the CSV and JSON
 * of the command-line contract (issue 5), and exit code 2 with file, line, field, value and reason for bad input.
 */
class ForecastCommandTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;

    private static JsonNode json(StaffingCommandTest.Run run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).startsWith("{").endsWith("}").doesNotContain("\n");
        return JsonMapper.builder().build().readTree(run.out());
    }

    /** Six-minute rows over {@code days} days: 3 calls each 6 minutes from 08:00 to 18:00, AHT 200 s, nights 0. */
    private Path sixMinuteHistory(int days) throws IOException {
        var csv = new StringBuilder("timestamp,volume,aht\n");
        for (int day = 0; day < days; day++) {
            for (int minute = 0; minute < 1440; minute += 6) {
                boolean open = minute >= 8 * 60 && minute < 18 * 60;
                csv.append(MONDAY.plusDays(day).atStartOfDay().plusMinutes(minute))
                        .append(open ? ",3,200\n" : ",0,\n");
            }
        }
        return Files.writeString(dir.resolve("history.csv"), csv);
    }

    @Nested
    class Forecasting {

        @Test
        void writesTheContractCsvAndNamesEveryMethodsBackTestWape() throws IOException {
            var history = sixMinuteHistory(42);
            var out = dir.resolve("forecast.csv");

            var document = json(StaffingCommandTest.run(
                    "forecast", "--history", history.toString(), "--interval-minutes", "30", "--horizon-days", "7",
                    "--out", out.toString(), "--json"));

            assertThat(document.get("method").asString())
                    .isIn("seasonal-naive", "weekday-average", "ets", "decomposition", "regression");
            assertThat(document.get("fallbackReason").isNull()).isTrue();
            assertThat(document.get("backtest").values())
                    .extracting(row -> row.get("method").asString())
                    .containsExactly("seasonal-naive", "weekday-average", "ets", "decomposition", "regression");
            // A flat open-hours series repeats exactly: seasonal naive has no back-test error at all.
            assertThat(document.get("backtest").get(0).get("wape").asDouble()).isCloseTo(0, within(1e-9));
            var lines = Files.readAllLines(out);
            assertThat(lines.get(0)).isEqualTo("timestamp,volume,lower80,upper80,lower95,upper95,aht");
            assertThat(lines).hasSize(1 + 7 * 48);
            // 30 minutes of five 6-minute rows of 3 calls at 200 s; 03:00 is closed (zero in every week).
            assertThat(lines.get(1 + 20)).startsWith("2026-02-16T10:00:00,15.000,").endsWith(",200.0");
            assertThat(lines.get(1 + 6)).isEqualTo("2026-02-16T03:00:00,0.000,0.000,0.000,0.000,0.000,");
        }

        @Test
        void aFixedMethodIsUsedAndTheTableNamesIt() throws IOException {
            var history = sixMinuteHistory(21);

            var run = StaffingCommandTest.run(
                    "forecast", "--history", history.toString(), "--interval-minutes", "60", "--horizon-days", "3",
                    "--method", "seasonal-naive", "--out", dir.resolve("f.csv").toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("Method: seasonal-naive");
        }

        @Test
        void refusesAHorizonOverThirteenWeeksInOneLine() throws IOException {
            var history = sixMinuteHistory(21);

            var run = StaffingCommandTest.run(
                    "forecast", "--history", history.toString(), "--interval-minutes", "30", "--horizon-days", "92",
                    "--out", dir.resolve("f.csv").toString(), "--json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip())
                    .isEqualTo("switchboard forecast: --horizon-days must be 1 to 91 (13 weeks): 92");
        }

        @Test
        void namesTheFileLineFieldAndValueOfBadHistoryAndCalendarRows() throws IOException {
            var history = Files.writeString(
                    dir.resolve("bad.csv"), "timestamp,volume\n2026-01-05T00:00,1\n2026-01-05T00:15,-4\n");
            var calendar = Files.writeString(dir.resolve("days.csv"), "date,kind,effect_percent\n2026-02-01,party,\n");

            var run = StaffingCommandTest.run(
                    "forecast", "--history", history.toString(), "--interval-minutes", "15", "--horizon-days", "7",
                    "--special-days", calendar.toString(), "--out", dir.resolve("f.csv").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines().toList())
                    .containsExactly(
                            "switchboard forecast: %s line 2, kind 'party': kind must be one of holiday, campaign,"
                                            .formatted(calendar)
                                    + " outage, bill-run, outlier",
                            "switchboard forecast: %s line 3, volume '-4': must be a finite number >= 0"
                                    .formatted(history));
        }

        @Test
        void refusesFewerThanTwoWeeksOfHistory() throws IOException {
            var history = sixMinuteHistory(10);

            var run = StaffingCommandTest.run(
                    "forecast", "--history", history.toString(), "--interval-minutes", "30", "--horizon-days", "7",
                    "--out", dir.resolve("f.csv").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("history line 0, history '10 days': fewer than two weeks of history");
        }
    }

    @Nested
    class Accuracy {

        /** One value per day at 09:00 (other intervals 0), hourly rows. */
        private Path daily(String name, List<Integer> values, int minutes) throws IOException {
            var csv = new StringBuilder("timestamp,volume\n");
            for (int day = 0; day < values.size(); day++) {
                for (int minute = 0; minute < 1440; minute += minutes) {
                    csv.append(MONDAY.plusDays(day).atStartOfDay().plusMinutes(minute))
                            .append(',')
                            .append(minute == 9 * 60 ? values.get(day) : 0)
                            .append('\n');
                }
            }
            return Files.writeString(dir.resolve(name), csv);
        }

        @Test
        void printsTheSixMeasuresAndTheWapePartsOfAHandComputedCase() throws IOException {
            // F = 110, 90, 100; A = 100, 100, 80 (actuals in 30-minute rows, summed to the forecast's hour).
            var forecast = daily("f.csv", List.of(110, 90, 100), 60);
            var actual = daily("a.csv", List.of(100, 100, 80), 30);

            var document = json(StaffingCommandTest.run(
                    "accuracy", "--forecast", forecast.toString(), "--actual", actual.toString(), "--level", "day",
                    "--json"));

            assertThat(document.get("points").asInt()).isEqualTo(3);
            assertThat(document.get("periodPercentageError").asDouble()).isCloseTo(20.0 / 300, within(1e-12));
            assertThat(document.get("absolutePeriodPercentageError").asDouble()).isCloseTo(20.0 / 300, within(1e-12));
            assertThat(document.get("meanPercentageError").asDouble()).isCloseTo(0.25 / 3, within(1e-12));
            assertThat(document.get("meanAbsolutePercentageError").asDouble()).isCloseTo(0.45 / 3, within(1e-12));
            assertThat(document.get("volumeWeightedPercentageError").asDouble()).isCloseTo(20.0 / 280, within(1e-12));
            assertThat(document.get("wape").asDouble()).isCloseTo(40.0 / 280, within(1e-12));
            assertThat(document.get("overForecast").asDouble()).isCloseTo(30.0 / 280, within(1e-12));
            assertThat(document.get("underForecast").asDouble()).isCloseTo(-10.0 / 280, within(1e-12));
        }

        @Test
        void zeroActualsGiveNullNotZero() throws IOException {
            var forecast = daily("f.csv", List.of(0, 0), 60);
            var actual = daily("a.csv", List.of(0, 0), 60);

            var document = json(StaffingCommandTest.run(
                    "accuracy", "--forecast", forecast.toString(), "--actual", actual.toString(), "--level",
                    "interval", "--json"));

            assertThat(document.get("points").asInt()).isEqualTo(48);
            assertThat(document.get("wape").isNull()).isTrue();
            assertThat(document.get("overForecast").isNull()).isTrue();
        }

        @Test
        void namesTheLineOfABadActual() throws IOException {
            var forecast = daily("f.csv", List.of(1), 60);
            var actual = Files.writeString(dir.resolve("a.csv"), "timestamp,volume\n2026-01-05T00:00,x\n");

            var run = StaffingCommandTest.run(
                    "accuracy", "--forecast", forecast.toString(), "--actual", actual.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip())
                    .isEqualTo("switchboard accuracy: %s line 2, volume 'x': not a number".formatted(actual));
        }

        @Test
        void rejectsAnUnknownLevelInOneLine() throws IOException {
            var forecast = daily("f.csv", List.of(1), 60);

            var run = StaffingCommandTest.run(
                    "accuracy", "--forecast", forecast.toString(), "--actual", forecast.toString(), "--level", "week");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip()).isEqualTo("switchboard accuracy: --level must be day or interval: week");
        }
    }
}
