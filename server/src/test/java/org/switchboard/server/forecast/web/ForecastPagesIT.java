package org.switchboard.server.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The forecast pages end to end with MockMvc: a forecast from an uploaded history runs in the background and opens
 * its draft, which shows the method comparison with the fallback named, is adjusted at once through htmx, published
 * (audit entry with who, method and parameters) and exported; bad files and bad forms come back with their problems;
 * the special-days calendar adds and removes entries.
 */
@SwitchboardIntegrationTest
class ForecastPagesIT {

    private static final RequestPostProcessor PLANNER = user("planner").roles("PLANNER");
    private static final LocalDate FIRST_DAY = LocalDate.of(2031, 1, 6);

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Test
    void theFormOffersTheQueuesWithFactsAndEveryMethod() throws Exception {
        var page = page(get("/forecast"));

        assertThat(page.select("#forecast-queues option").eachAttr("value")).contains("service", "sales");
        assertThat(page.select("select#method option").eachAttr("value")).containsExactly("auto", "seasonal-naive",
                "weekday-average", "ets", "decomposition", "regression");
        assertThat(page.select("select#intervalMinutes option").eachAttr("value")).containsExactly("15", "30", "60");
        assertThat(page.select("input#horizonDays").attr("max")).isEqualTo("91");
    }

    @Test
    void anUploadedHistoryIsForecastAdjustedPublishedAndExported() throws Exception {
        var queue = UniqueNames.of("upload");
        // three weeks of hourly history: too short for a back-test (28 days + horizon), so the engine falls back
        var run = start(queue, history(21), "7", "auto");
        var version = awaitVersion(run);

        var page = page(get(version));
        assertThat(page.select("[data-testid=method]").text()).isEqualTo("Weighted weekday average");
        assertThat(page.select("[data-testid=fallback]").text()).contains("too short");
        assertThat(page.select("[data-testid=status]").text()).isEqualTo("Draft");
        assertThat(page.select("table.forecast-day-table tbody tr")).hasSize(7);
        assertThat(page.selectFirst("[data-forecast-chart=version]").attr("data-chart")).contains("\"history\":[");
        var mondayBefore = dayTotal(page, FIRST_DAY.plusDays(21));

        var adjusted = Jsoup.parse(mvc.perform(post(version + "/adjustments").with(PLANNER).with(csrf())
                        .header("HX-Request", "true")
                        .param("day", FIRST_DAY.plusDays(21).toString())
                        .param("percent", "10"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(adjusted.select("#plan")).as("the plan fragment only").hasSize(1);
        assertThat(adjusted.select("h1")).isEmpty();
        assertThat(dayTotal(adjusted, FIRST_DAY.plusDays(21)))
                .as("the day's planned contacts × 1.10").isCloseTo(mondayBefore * 1.1, within(0.1));

        var published = mvc.perform(post(version + "/publish").with(PLANNER).with(csrf())).andReturn();
        assertThat(published.getResponse().getRedirectedUrl()).isEqualTo(version);
        var id = version.substring(version.lastIndexOf('/') + 1);
        assertThat(auditLog.latest(50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("FORECAST_PUBLISHED");
            assertThat(entry.targetId()).isEqualTo(id);
            assertThat(entry.actor()).isEqualTo("planner");
            assertThat(entry.details()).contains("queue=" + queue, "method=weekday-average", "parameters=requested=auto");
        });
        assertThat(page(get(version)).select("[data-testid=status]").text()).startsWith("Published by planner");
        var refused = mvc.perform(post(version + "/adjustments").with(PLANNER).with(csrf())
                .param("day", FIRST_DAY.plusDays(21).toString()).param("percent", "5")).andReturn();
        assertThat(refused.getResponse().getStatus()).as("a published version is fixed").isEqualTo(409);

        var rows = sheet(mvc.perform(get(version + "/export.xlsx").with(PLANNER)).andReturn(), "Intervals");
        assertThat(rows.getFirst().getCell(0).getText()).isEqualTo("interval_start");
        assertThat(rows).hasSize(1 + 7 * 24);
        var version0 = sheet(mvc.perform(get(version + "/export.xlsx").with(PLANNER)).andReturn(), "Version");
        assertThat(version0.get(2).getCell(1).getText()).isEqualTo(queue);
        assertThat(page(get("/forecast")).select("tr[data-version=" + id + "]")).hasSize(1);
    }

    @Test
    void aQueueNameThatLooksLikeAFormulaIsNeutralisedInTheExport() throws Exception {
        var queue = "=HYPERLINK(" + UniqueNames.of("q") + ")";
        var version = awaitVersion(start(queue, history(21), "1", "seasonal-naive"));

        var rows = sheet(mvc.perform(get(version + "/export.xlsx").with(PLANNER)).andReturn(), "Version");

        assertThat(rows.get(2).getCell(1).getText()).isEqualTo("'" + queue);
    }

    @Test
    void aBadHistoryFileIsRefusedWithLineFieldAndReason() throws Exception {
        var negative = "timestamp,volume\n2031-01-06T08:00:00,12\n2031-01-06T09:00:00,-3\n";
        var duplicated = "timestamp,volume\n2031-01-06T08:00:00,12\n2031-01-06T09:00:00,3\n2031-01-06T08:00:00,4\n";

        var first = awaitEnd(start(UniqueNames.of("bad"), negative, "7", "auto"));
        var second = awaitEnd(start(UniqueNames.of("bad"), duplicated, "7", "auto"));

        assertThat(first.select("#run-progress").attr("data-state")).isEqualTo("FINISHED");
        assertThat(first.select("table.problem-table tbody tr td").eachText())
                .containsExactly("history.csv", "3", "volume", "-3", "must be a finite number >= 0");
        var row = second.select("table.problem-table tbody tr td").eachText();
        assertThat(row.subList(0, 4)).containsExactly("history.csv", "4", "timestamp", "2031-01-06T08:00");
        assertThat(row.get(4)).isEqualTo("duplicated interval, first given on line 2");
    }

    @Test
    void tooShortAHistoryIsRefusedNotForecastFlat() throws Exception {
        var fragment = awaitEnd(start(UniqueNames.of("short"), history(10), "7", "auto"));

        assertThat(fragment.select("table.problem-table td").eachText()).anySatisfy(text ->
                assertThat(text).contains("fewer than two weeks"));
    }

    @Test
    void aFirstDayAfterTheUploadedHistoryIsRefusedNotShifted() throws Exception {
        var file = new MockMultipartFile("file", "history.csv", "text/csv",
                history(21).getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/forecast/runs").file(file).with(PLANNER).with(csrf())
                .param("source", "upload").param("queue", UniqueNames.of("late")).param("intervalMinutes", "60")
                .param("horizonDays", "7").param("method", "auto").param("firstDay", "2031-03-01")).andReturn();

        var fragment = awaitEnd(result.getResponse().getRedirectedUrl());

        assertThat(fragment.select("table.problem-table tbody tr td").eachText()).containsExactly("request", "whole input",
                "first-day", "2031-03-01", "the forecast must start at most one day after the last day of history 2031-01-26");
    }

    @Test
    void aHorizonBeyondThirteenWeeksIsAFormError() throws Exception {
        var result = mvc.perform(multipart("/forecast/runs").with(PLANNER).with(csrf())
                .param("source", "facts").param("queue", "service").param("intervalMinutes", "30")
                .param("horizonDays", "92").param("method", "auto")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".field-error").eachText())
                .contains("Horizon: enter whole days from 1 to 91 (13 weeks).");
    }

    @Test
    void anUploadWithoutAFileIsAFormError() throws Exception {
        var result = mvc.perform(multipart("/forecast/runs").with(PLANNER).with(csrf())
                .param("source", "upload").param("queue", "x").param("intervalMinutes", "60")
                .param("horizonDays", "7").param("method", "auto")).andReturn();

        var page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".field-error").eachText()).contains(
                "History file: choose a CSV file with the columns timestamp,volume[,aht].");
    }

    @Test
    void specialDaysAndOutliersAreAddedAndRemoved() throws Exception {
        var note = UniqueNames.of("bills");
        var added = mvc.perform(post("/forecast/special-days").with(PLANNER).with(csrf())
                .param("day", "2032-02-02").param("kind", "BILL_RUN").param("effectPercent", "25")
                .param("note", note)).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/forecast/special-days");

        var page = page(get("/forecast/special-days"));
        var row = page.select("table.forecast-special-days tr:contains(" + note + ")");
        assertThat(row.select("td").eachText().subList(0, 3)).containsExactly("2032-02-02", "Bill run", "25 %");
        var remove = row.select("form").attr("action");
        mvc.perform(post(remove).with(PLANNER).with(csrf()));
        assertThat(page(get("/forecast/special-days")).select("tr:contains(" + note + ")")).isEmpty();

        var invalid = mvc.perform(post("/forecast/special-days").with(PLANNER).with(csrf())
                .param("day", "2032-02-02").param("kind", "OUTAGE").param("effectPercent", "-150")).andReturn();
        assertThat(Jsoup.parse(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .select(".field-error").eachText())
                .contains("Effect: enter a percentage of at least −100, or leave it empty.");

        var outlierNote = UniqueNames.of("outage");
        mvc.perform(post("/forecast/outliers").with(PLANNER).with(csrf()).param("queue", "service")
                .param("from", "2026-03-03T10:00").param("to", "2026-03-03T12:00").param("note", outlierNote));
        var outlier = page(get("/forecast/special-days")).select("table.forecast-outliers tr:contains(" + outlierNote + ")");
        assertThat(outlier.select("td").eachText().subList(0, 3))
                .containsExactly("service", "2026-03-03 10:00", "2026-03-03 12:00");
        mvc.perform(post(outlier.select("form").attr("action")).with(PLANNER).with(csrf()));
        assertThat(page(get("/forecast/special-days")).select("tr:contains(" + outlierNote + ")")).isEmpty();
    }

    /** {@return an hourly history of {@code days} days from 6 January 2031: open 08–18, rising by the hour, closed Sundays} */
    static String history(int days) {
        var csv = new StringBuilder("timestamp,volume,aht\n");
        for (int day = 0; day < days; day++) {
            var date = FIRST_DAY.plusDays(day);
            for (int hour = 0; hour < 24; hour++) {
                boolean open = hour >= 8 && hour < 18 && date.getDayOfWeek().getValue() < 7;
                int volume = open ? 20 + 2 * (hour - 8) + day % 3 : 0;
                csv.append(date.atTime(hour, 0)).append(',').append(volume).append(',')
                        .append(open ? "300" : "").append('\n');
            }
        }
        return csv.toString();
    }

    private String start(String queue, String csv, String horizonDays, String method) throws Exception {
        var file = new MockMultipartFile("file", "history.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/forecast/runs").file(file).with(PLANNER).with(csrf())
                .param("source", "upload").param("queue", queue).param("intervalMinutes", "60")
                .param("horizonDays", horizonDays).param("method", method)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        var run = result.getResponse().getRedirectedUrl();
        assertThat(run).startsWith("/forecast/runs/");
        return run;
    }

    /** Polls the run's fragment as the page does; {@return the version page it redirects to} */
    private String awaitVersion(String run) throws Exception {
        var redirect = new AtomicReference<String>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = mvc.perform(get(run).with(PLANNER).header("HX-Request", "true")).andReturn().getResponse();
            redirect.set(response.getHeader("HX-Redirect"));
            return redirect.get() != null;
        });
        assertThat(redirect.get()).matches("/forecast/versions/\\d+");
        return redirect.get();
    }

    private Document awaitEnd(String run) {
        var fragment = new AtomicReference<Document>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            fragment.set(Jsoup.parse(mvc.perform(get(run).with(PLANNER).header("HX-Request", "true")).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8)));
            return !"RUNNING".equals(fragment.get().select("#run-progress").attr("data-state"));
        });
        return fragment.get();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(PLANNER)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static double dayTotal(Document page, LocalDate day) {
        return Double.parseDouble(page.select("tr[data-day=" + day + "] td").get(1).text().replace(",", ""));
    }

    static List<Row> sheet(MvcResult result, String name) throws Exception {
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            var sheet = workbook.findSheet(name).orElseThrow();
            try (var rows = sheet.openStream()) {
                return new ArrayList<>(rows.toList());
            }
        }
    }
}
