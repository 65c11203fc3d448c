package org.switchboard.server.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.server.forecast.versions.ForecastVersionStore;
import org.switchboard.server.forecast.versions.HistorySource;
import org.switchboard.server.forecast.versions.VersionDraft;
import org.switchboard.server.forecast.versions.VersionInterval;
import org.switchboard.server.forecast.versions.VersionRequest;
import org.switchboard.server.kpi.QueueHistory;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * The accuracy page and its export on a hand-computed case: a published version of queue {@code service} with two
 * hourly intervals of the demo Tuesday (3 March 2026), planned 10 contacts above the actual at 09:00 and 5 below at
 * 10:00. With A₁, A₂ the actuals and S = A₁ + A₂ (metrics.md §7): WAPE = 15/S, over = +10/S, under = −5/S, measure
 * 5 = 5/S, measure 1 = 5/(S + 5), measure 3 = (10/A₁ − 5/A₂)/2, MAPE = (10/A₁ + 5/A₂)/2 with intervals as points; with
 * the day as the one point, WAPE = over = measure 5 = 5/S and under = 0.
 */
@SwitchboardIntegrationTest
class ForecastAccuracyIT {

    static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    ForecastVersionStore versions;

    @Autowired
    QueueHistory history;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSixMeasuresAndTheWapePartsMatchTheHandComputedCase() throws Exception {
        var hours = history.intervals("service", TUESDAY, TUESDAY, 60);
        double a1 = hours.get(9).offered();
        double a2 = hours.get(10).offered();
        assertThat(a2).as("the demo has calls at 10:00").isGreaterThan(5);
        long id = publishedVersion(a1 + 10, a2 - 5);
        double s = a1 + a2;

        var rows = ForecastPagesIT.sheet(mvc.perform(get("/forecast/accuracy/export.xlsx?version=" + id)
                .with(ANALYST)).andReturn(), "Measures");
        assertThat(value(rows, "period_error", 1)).isCloseTo(5 / (s + 5), within(1e-12));
        assertThat(value(rows, "absolute_period_error", 1)).isCloseTo(5 / (s + 5), within(1e-12));
        assertThat(value(rows, "mean_percentage_error", 1)).isCloseTo((10 / a1 - 5 / a2) / 2, within(1e-12));
        assertThat(value(rows, "mean_absolute_percentage_error", 1)).isCloseTo((10 / a1 + 5 / a2) / 2, within(1e-12));
        assertThat(value(rows, "weighted_error", 1)).isCloseTo(5 / s, within(1e-12));
        assertThat(value(rows, "wape", 1)).isCloseTo(15 / s, within(1e-12));
        assertThat(value(rows, "over_forecast", 1)).isCloseTo(10 / s, within(1e-12));
        assertThat(value(rows, "under_forecast", 1)).isCloseTo(-5 / s, within(1e-12));
        assertThat(value(rows, "wape", 2)).as("the day as one point").isCloseTo(5 / s, within(1e-12));
        assertThat(value(rows, "under_forecast", 2)).isCloseTo(0, within(1e-12));

        var page = page("/forecast/accuracy?version=" + id);
        assertThat(measure(page, "wape")).containsExactly(percent(5 / s), percent(15 / s));
        assertThat(measure(page, "over")).containsExactly("+" + percent(5 / s), "+" + percent(10 / s));
        assertThat(measure(page, "under")).containsExactly(percent(0), percent(-5 / s));
        assertThat(page.select("tr[data-measure]")).hasSize(8);
        assertThat(page.select("tr[data-measure=wape].recommended")).hasSize(1);
        assertThat(page.select("tr[data-measure] details p").eachText()).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(page.select("table.forecast-accuracy-days tr[data-day=" + TUESDAY + "]")).hasSize(1);
        assertThat(page.select("table.forecast-accuracy-times tbody tr")).hasSize(2);
        var chart = page.selectFirst("[data-accuracy-charts]").attr("data-accuracy-charts");
        assertThat(chart).contains("\"days\":[\"" + TUESDAY + "\"]", "\"rows\":[\"09:00\",\"10:00\"]");
        assertThat(page(("/forecast/accuracy")).select("table.forecast-overview-table tr[data-queue=service]"))
                .as("the per-queue view lists the published version").isNotEmpty();
    }

    @Test
    void aVersionWhoseActualsHaveNotArrivedSaysNoDataYet() throws Exception {
        long id = version(LocalDate.of(2030, 6, 3), 12, 8);

        var page = page("/forecast/accuracy?version=" + id);

        assertThat(page.select(".no-data").text()).isEqualTo(
                "No data yet: no actuals have arrived for the days of this version.");
        assertThat(page.select("tr[data-measure]")).isEmpty();
        assertThat(page.select("[data-accuracy-charts]")).isEmpty();
    }

    private long publishedVersion(double nine, double ten) {
        long id = version(TUESDAY, nine, ten);
        versions.publish(id, "manager", Instant.parse("2026-03-02T18:00:00Z"));
        return id;
    }

    private long version(LocalDate day, double nine, double ten) {
        var request = new VersionRequest("service", 60, day, 1, HistorySource.FACTS, day.minusDays(14),
                day.minusDays(1), "seasonal-naive");
        var intervals = List.of(
                new VersionInterval(day.atTime(9, 0), nine, nine, nine, nine, nine, OptionalDouble.empty(), 0),
                new VersionInterval(day.atTime(10, 0), ten, ten, ten, ten, ten, OptionalDouble.empty(), 0));
        var draft = new VersionDraft(request, "seasonal-naive", "", "test", List.of(), intervals, List.of());
        Long id = transaction.execute(status -> versions.insert(draft, "planner", Instant.parse("2026-03-02T17:00:00Z")));
        return id == null ? -1 : id;
    }

    private static double value(List<org.dhatim.fastexcel.reader.Row> rows, String measure, int column) {
        return rows.stream()
                .filter(row -> measure.equals(row.getCell(0).getText()))
                .findFirst()
                .orElseThrow()
                .getCell(column)
                .asNumber()
                .doubleValue();
    }

    private static List<String> measure(Document page, String key) {
        return page.select("tr[data-measure=" + key + "] td").eachText();
    }

    private static String percent(double share) {
        return String.format(Locale.ENGLISH, "%.2f %%", share * 100);
    }

    private Document page(String path) throws Exception {
        var response = mvc.perform(get(path).with(ANALYST)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
