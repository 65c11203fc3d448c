package org.switchboard.server.staffing.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.switchboard.engine.staffing.ErlangC;
import org.switchboard.engine.staffing.ServiceTargets;
import org.switchboard.engine.staffing.StaffingSolver;
import org.switchboard.engine.staffing.Workload;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The bulk requirement pages as a planner uses them: upload a forecast (.csv, .xlsx), see the set with its chart and
 * table, export it to .xlsx; a bad file stores nothing and lists every problem. Every test uses its own file names
 * ({@link UniqueNames}), as the database is shared.
 */
@SwitchboardIntegrationTest
class BulkRequirementPagesIT {

    private static final String CSV = """
            interval_start,contacts,aht
            2026-03-02T08:00,100,180
            2026-03-02T08:15,120,180
            2026-03-02 08:30,0,
            2026-03-02 08:45,80.5,200
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    MessageSource messages;

    @Test
    void aCsvForecastIsComputedStoredAuditedAndShown() throws Exception {
        var fileName = UniqueNames.of("forecast") + ".csv";

        var result = mvc.perform(upload(fileName, CSV.getBytes(StandardCharsets.UTF_8))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/staffing/bulk/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(agentsByStart(id)).containsExactly(
                expectedAgents(100, 180), expectedAgents(120, 180), 0, expectedAgents(80.5, 200));
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("REQUIREMENT_SET_CREATED");
            assertThat(entry.targetId()).isEqualTo(Long.toString(id));
            assertThat(entry.actor()).isEqualTo("planner");
            assertThat(entry.details()).contains(fileName, "intervals=4");
        });

        var page = page(get(location));
        assertThat(page.select("h1").text()).isEqualTo(fileName);
        assertThat(page.select("table.requirement-table tbody tr")).hasSize(4);
        assertThat(page.select("table.requirement-table tbody tr").first().select("td").get(0).text())
                .isEqualTo("2026-03-02 08:00");
        var chart = page.selectFirst("[data-requirement-chart]");
        assertThat(chart).isNotNull();
        assertThat(chart.attr("data-series"))
                .startsWith("{\"labels\":[\"2026-03-02 08:00\",\"2026-03-02 08:15\"")
                .contains("\"agents\":[" + expectedAgents(100, 180) + "," + expectedAgents(120, 180) + ",0,");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/requirement-chart.js");
        assertThat(page.select("a[href=/staffing/bulk/" + id + "/export.xlsx]")).hasSize(1);

        var list = page(get("/staffing/bulk"));
        assertThat(list.select("table.set-table a[href=/staffing/bulk/" + id + "]").text()).isEqualTo(fileName);
    }

    @Test
    void anXlsxForecastWithQueuesIsStored() throws Exception {
        var fileName = UniqueNames.of("forecast") + ".xlsx";
        var bytes = xlsx(sheet -> {
            sheet.value(0, 0, "Queue");
            sheet.value(0, 1, "Interval start");
            sheet.value(0, 2, "Calls");
            sheet.value(0, 3, "AHT");
            var row = 1;
            for (var queue : List.of("sales", "service")) {
                for (int quarter = 0; quarter < 4; quarter++) {
                    sheet.value(row, 0, queue);
                    sheet.value(row, 1, LocalDateTime.of(2026, 3, 2, 9, 15 * quarter));
                    sheet.style(row, 1).format("yyyy-mm-dd hh:mm").set();
                    sheet.value(row, 2, 40 + 10 * quarter);
                    sheet.value(row, 3, 240);
                    row++;
                }
            }
        });

        var result = mvc.perform(upload(fileName, bytes)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        var location = result.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM requirement_interval WHERE set_id = :id AND queue = 'service'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        var page = page(get(location));
        assertThat(page.select("table.requirement-table tbody tr")).hasSize(8);
        assertThat(page.selectFirst("[data-requirement-chart]").attr("data-series"))
                .contains("\"agents\":[" + 2 * expectedAgents(40, 240) + ",");
    }

    @Test
    void aBadFileStoresNothingAndListsEveryProblemWithItsLine() throws Exception {
        var fileName = UniqueNames.of("bad") + ".csv";
        var csv = """
                interval_start,contacts,aht
                2026-03-02T08:00,100,180
                2026-03-02T08:15,-4,180
                2026-03-02T08:30,lots,180
                2026-03-02T08:45,10,0
                2026-03-02T08:50,10,100
                """;
        var session = new MockHttpSession();

        var result = mvc.perform(upload(fileName, csv.getBytes(StandardCharsets.UTF_8)).session(session))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(setsFrom(fileName)).isZero();
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        var rows = page.select("table.problem-table tbody tr");
        assertThat(rows).extracting(row -> row.select("td").get(1).text()).containsExactly("3", "4", "5", "6");
        assertThat(rows.get(0).select("td").get(2).text()).isEqualTo(text("staffing.bulk.field.contacts"));
        assertThat(rows.get(0).select("td").get(3).text()).isEqualTo("-4");
        assertThat(rows.get(0).select("td").get(4).text()).isEqualTo(text("staffing.bulk.reason.negative"));
        assertThat(rows.get(1).select("td").get(4).text()).isEqualTo(text("staffing.bulk.reason.not-a-number"));
        assertThat(rows.get(2).select("td").get(2).text()).isEqualTo(text("staffing.bulk.field.aht"));
        assertThat(rows.get(3).select("td").get(4).text()).isEqualTo(text("staffing.bulk.reason.off-grid"));
        assertThat(page.select("a[href=/staffing/bulk/problems.csv]")).hasSize(1);

        var download = mvc.perform(get("/staffing/bulk/problems.csv").session(session).with(planner()))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).startsWith("text/csv");
        var lines = new String(download.getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("\uFEFFFile,Line,Field,Value,Problem");
        assertThat(lines.get(1)).isEqualTo(fileName + ",3,Contacts,-4,Must not be negative.");
    }

    @Test
    void problemsAreShownInTheReadersLanguage() throws Exception {
        var csv = "interval,contacts\n2026-03-02T08:00,1\n";

        var result = mvc.perform(upload(UniqueNames.of("ru") + ".csv", csv.getBytes(StandardCharsets.UTF_8))
                        .locale(Locale.forLanguageTag("ru"))
                        .header("Accept-Language", "ru"))
                .andReturn();

        var page = Jsoup.parse(result.getResponse().getContentAsString());
        var cells = page.select("table.problem-table tbody tr td");
        assertThat(cells.get(2).text()).isEqualTo(text("staffing.bulk.field.aht", Locale.forLanguageTag("ru")));
        assertThat(cells.get(4).text())
                .isEqualTo(text("staffing.bulk.reason.missing-column", Locale.forLanguageTag("ru")));
    }

    @Test
    void theExportIsAWorkbookWithTheRequirementAndTheParameters() throws Exception {
        // a file name that a spreadsheet would run as a formula: the export neutralises it
        var fileName = "=" + UniqueNames.of("export") + ".csv";
        var location = mvc.perform(upload(fileName, CSV.getBytes(StandardCharsets.UTF_8)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        var response = mvc.perform(get(location + "/export.xlsx").with(planner())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var requirement = workbook.findSheet("Requirement").orElseThrow().read();
            assertThat(requirement).hasSize(5);
            assertThat(texts(requirement.getFirst()))
                    .containsExactly("interval_start", "queue", "contacts", "aht_seconds", "agents", "fte",
                            "service_level", "asa_seconds", "abandon_rate", "occupancy");
            var first = requirement.get(1);
            assertThat(first.getCellAsDate(0)).contains(LocalDateTime.of(2026, 3, 2, 8, 0));
            assertThat(first.getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(100.0);
            assertThat(first.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(expectedAgents(100, 180));
            assertThat(first.getCellAsNumber(6).orElseThrow().doubleValue()).isGreaterThanOrEqualTo(0.8);
            assertThat(requirement.get(3).getCellAsNumber(4).orElseThrow().intValue()).isZero();
            assertThat(requirement.get(3).getOptionalCell(6).map(c -> c.getText()).orElse("")).isEmpty();

            var parameters = workbook.findSheet("Parameters").orElseThrow().read();
            assertThat(parameters).extracting(row -> row.getCellText(0))
                    .contains("name", "source-file", "model", "sl-target", "sl-seconds", "shrinkage");
            assertThat(parameters).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo("sl-target");
                assertThat(row.getCellText(1)).isEqualTo("0.8");
            });
            assertThat(parameters).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo("source-file");
                assertThat(row.getCellText(1)).isEqualTo("'" + fileName);
            });
        }
    }

    @Test
    void uploadingTheSameFileAgainMakesANewSet() throws Exception {
        var fileName = UniqueNames.of("twice") + ".csv";

        mvc.perform(upload(fileName, CSV.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(upload(fileName, CSV.getBytes(StandardCharsets.UTF_8)));

        assertThat(setsFrom(fileName)).isEqualTo(2);
    }

    @Test
    void theFormRejectsMissingFilesAndErlangAWithoutPatience() throws Exception {
        var result = mvc.perform(multipart("/staffing/bulk")
                        .param("model", "ERLANG_A")
                        .param("intervalMinutes", "15")
                        .param("serviceLevelPercent", "80")
                        .param("serviceLevelSeconds", "20")
                        .param("shrinkagePercent", "30")
                        .with(csrf())
                        .with(planner()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".field-error").eachText())
                .contains(text("staffing.bulk.error.file"), text("staffing.bulk.error.patience"));
    }

    @Test
    void anUnknownSetIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/staffing/bulk/999999999").with(planner())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/staffing/bulk/999999999/export.xlsx").with(planner()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
        var request = multipart("/staffing/bulk");
        request.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("name", "")
                .param("model", "ERLANG_C")
                .param("intervalMinutes", "15")
                .param("serviceLevelPercent", "80")
                .param("serviceLevelSeconds", "20")
                .param("shrinkagePercent", "30")
                .with(csrf())
                .with(planner());
        return request;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor planner() {
        return user("planner").roles("PLANNER");
    }

    /** The agents the engine requires for 80 % in 20 s with Erlang C, computed directly. */
    private static int expectedAgents(double contacts, double ahtSeconds) {
        return StaffingSolver.requiredAgents(
                        new ErlangC(),
                        Workload.of(contacts, 15, ahtSeconds),
                        ServiceTargets.serviceLevel(0.8, java.time.Duration.ofSeconds(20)),
                        0.3)
                .agents();
    }

    private List<Integer> agentsByStart(long id) {
        return jdbc.sql("SELECT agents FROM requirement_interval WHERE set_id = :id ORDER BY interval_start")
                .param("id", id)
                .query(Integer.class)
                .list();
    }

    private long setsFrom(String fileName) {
        return jdbc.sql("SELECT COUNT(*) FROM requirement_set WHERE source_file = :file")
                .param("file", fileName)
                .query(Long.class)
                .single();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(planner())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private String text(String key) {
        return text(key, Locale.ENGLISH);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static List<String> texts(Row row) {
        return row.stream().map(cell -> cell.getText()).toList();
    }

    @FunctionalInterface
    interface SheetWriter {
        void write(org.dhatim.fastexcel.Worksheet sheet);
    }

    private static byte[] xlsx(SheetWriter writer) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Switchboard", "1.0");
        writer.write(workbook.newWorksheet("Forecast"));
        workbook.finish();
        return out.toByteArray();
    }
}
