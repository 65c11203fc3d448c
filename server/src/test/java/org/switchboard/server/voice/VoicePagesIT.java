package org.switchboard.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.SurveyMetric;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer-voice pages, exports and REST endpoints on the one-week demo data (March 2026): the figures are the
 * demo's answers counted independently here, comment text reaches comment readers only, the staff survey never shows
 * a group of fewer than 5 respondents, the calculators reproduce the worked examples of metrics.md §4, and the ingest
 * endpoint stores a batch once.
 */
@SwitchboardIntegrationTest
class VoicePagesIT {

    private static final String MARCH = "from=2026-03&to=2026-03";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyCatalogue catalogue;

    @Autowired
    SurveyImporter importer;

    @Autowired
    JsonMapper json;

    @Test
    void theDashboardShowsCsatAndCdsatOfTheDemoAnswersInEveryLanguage() throws Exception {
        // independent count: the generator's CSAT answers of March 2026 (the demo week), top box 4–5, bottom box 1
        var answers = DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(20_260_302L))
                .surveyAnswers().stream()
                .filter(a -> a.metric() == SurveyMetric.CSAT)
                .filter(a -> YearMonth.from(a.answeredAt().atZone(ZONE)).equals(YearMonth.of(2026, 3)))
                .toList();
        long n = answers.size();
        long top = answers.stream().filter(a -> a.value() >= 4).count();
        long bottom = answers.stream().filter(a -> a.value() == 1).count();

        var page = page(get("/customer-voice?" + MARCH), Role.VIEWER);
        var csat = page.select(".voice-tile[data-question=csat]");
        assertThat(csat.select("dd[data-metric=csat] .kpi-value").text())
                .isEqualTo(String.format(Locale.ENGLISH, "%.1f %%", 100.0 * top / n));
        assertThat(csat.select("dd[data-metric=cdsat] .kpi-value").text())
                .isEqualTo(String.format(Locale.ENGLISH, "%.1f %%", 100.0 * bottom / n));
        assertThat(csat.select("dd[data-metric=csat] .voice-interval").text())
                .endsWith("n = " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n));
        assertThat(page.select(".voice-charts").attr("data-charts")).contains("\"code\":\"csat\"", "\"composition\"");
        assertThat(page.select(".voice-benchmarks").text()).contains("CEB CES quartiles");

        // a user without an account: ?lang= would otherwise change the stored language of the shared demo viewer
        assertThat(page(get("/customer-voice?" + MARCH + "&lang=ru").with(user("voice-ru").roles("VIEWER")))
                .select("h1").text()).isEqualTo("Голос клиента");
        assertThat(page(get("/customer-voice?" + MARCH + "&lang=zh-CN").with(user("voice-zh").roles("VIEWER")))
                .select("h1").text()).isEqualTo("客户之声");
    }

    @Test
    void theMetricsEndpointGivesTheDashboardFiguresWithIntervals() throws Exception {
        var body = api(get("/api/v1/customer-voice/metrics?survey=after-contact&" + MARCH), Role.ANALYST);
        var csat = body.get("questions").get(0).get("metrics").get(0);

        assertThat(body.get("survey").asString()).isEqualTo("after-contact");
        assertThat(csat.get("metric").asString()).isEqualTo("csat");
        assertThat(csat.get("lower").asDouble()).isLessThan(csat.get("value").asDouble());
        assertThat(csat.get("upper").asDouble()).isGreaterThan(csat.get("value").asDouble());
        assertThat(csat.get("method").asString()).isEqualTo("WILSON");
        var page = page(get("/customer-voice?" + MARCH), Role.VIEWER);
        assertThat(page.select(".voice-tile[data-question=csat] dd[data-metric=csat] .kpi-value").text())
                .isEqualTo(String.format(Locale.ENGLISH, "%.1f %%", 100 * csat.get("value").asDouble()));
    }

    @Test
    void commentTextReachesCommentReadersOnly() throws Exception {
        var comment = jdbc.sql("""
                SELECT r.comment_text FROM voice_response r JOIN voice_survey s ON s.id = r.survey_id
                WHERE s.code = 'after-contact' AND r.comment_text IS NOT NULL ORDER BY r.answered_at DESC, r.id DESC""")
                .query(String.class).list().getFirst();

        var forSupervisor = page(get("/customer-voice/comments?" + MARCH), Role.SUPERVISOR);
        var forViewer = page(get("/customer-voice/comments?" + MARCH), Role.VIEWER);
        var viewerSearch = page(get("/customer-voice/comments?" + MARCH + "&q=" + comment.substring(0, 5)),
                Role.VIEWER);

        assertThat(forSupervisor.select(".voice-comment").eachText()).contains(comment);
        assertThat(forSupervisor.select("#q")).hasSize(1);
        assertThat(forViewer.select(".voice-comment").eachText()).isNotEmpty()
                .allMatch(text -> text.startsWith("hidden ("));
        assertThat(forViewer.text()).doesNotContain(comment);
        assertThat(forViewer.select("#q")).isEmpty();
        // a viewer's search is ignored, so the list cannot be used to probe the text
        assertThat(viewerSearch.select(".voice-comment").size()).isEqualTo(forViewer.select(".voice-comment").size());
    }

    @Test
    void commentSearchFindsTheWordsInEveryLanguage() throws Exception {
        var page = page(get("/customer-voice/comments?" + MARCH + "&q=звонка"), Role.QA);

        assertThat(page.select(".voice-comment").eachText()).isNotEmpty().allMatch(text -> text.contains("звонка"));
    }

    @Test
    void theStaffPageNeverShowsAGroupOfFewerThanFiveRespondents() throws Exception {
        var code = UniqueNames.of("pulse");
        catalogue.define(new Survey(0, code, "Pulse", Audience.STAFF, List.of(new Question(0, "enps",
                QuestionKind.ENPS, QuestionKind.ENPS.defaultBoxes(new Scale(0, 10)), "employer", Map.of(), Map.of()))));
        // team A 8 respondents, B 3, C 6: B is hidden, and C too, or "everyone − A − C" would reveal B's 3 answers
        var file = new StringBuilder("id,when,team,enps\n");
        var teams = List.of(Map.entry("A", 8), Map.entry("B", 3), Map.entry("C", 6));
        int id = 0;
        for (var team : teams) {
            for (int k = 0; k < team.getValue(); k++) {
                file.append("E").append(++id).append(",2026-03-15T00:00,").append(team.getKey()).append(",")
                        .append(k % 11).append('\n');
            }
        }
        importStaff(code, file.toString());

        var page = page(get("/customer-voice/staff?survey=" + code + "&" + MARCH), Role.MANAGER);
        var groups = page.select(".voice-staff-group").eachAttr("data-group");
        var api = api(get("/api/v1/customer-voice/staff?survey=" + code + "&" + MARCH), Role.MANAGER);
        var apiGroups = new ArrayList<String>();
        api.forEach(group -> apiGroups.add(group.get("group").asString() + "=" + group.get("respondents").asLong()));

        assertThat(groups).containsExactly("Everyone", "A", "Other teams together");
        assertThat(apiGroups).containsExactly("=17", "A=8", "*=9");
        assertThat(page.text()).contains("2 teams have fewer than 5 respondents");
    }

    @Test
    void aStaffSurveyWithFourRespondentsShowsNoFigure() throws Exception {
        var code = UniqueNames.of("pulse");
        catalogue.define(new Survey(0, code, "Pulse", Audience.STAFF, List.of(new Question(0, "enps",
                QuestionKind.ENPS, QuestionKind.ENPS.defaultBoxes(new Scale(0, 10)), "employer", Map.of(), Map.of()))));
        importStaff(code, "id,when,team,enps\nE1,2026-03-15T00:00,A,9\nE2,2026-03-15T00:00,A,10\n"
                + "E3,2026-03-15T00:00,A,2\nE4,2026-03-15T00:00,A,7\n");

        var page = page(get("/customer-voice/staff?survey=" + code + "&" + MARCH), Role.ADMIN);

        assertThat(page.select(".voice-staff-group")).isEmpty();
        assertThat(page.select(".kpi-value")).isEmpty();
        assertThat(api(get("/api/v1/customer-voice/staff?survey=" + code + "&" + MARCH), Role.ADMIN)).isEmpty();
    }

    @Test
    void theDriversPageGivesTheOddsRatiosOfASingleDriver() throws Exception {
        // with one categorical driver the logistic model is saturated: the odds ratio of a level is its odds of a
        // satisfied answer over the reference level's odds, counted here from the stored responses (Agresti 2013,
        // §2.3 and §5.4); the reference is the queue with the most responses
        var odds = new java.util.HashMap<String, Double>();
        var responses = new java.util.HashMap<String, Long>();
        jdbc.sql("""
                SELECT r.queue, SUM(CASE WHEN a.answer >= 4 THEN 1 ELSE 0 END) AS top, COUNT(*) AS n
                FROM voice_response r JOIN voice_answer a ON a.response_id = r.id
                JOIN voice_question q ON q.id = a.question_id JOIN voice_survey s ON s.id = q.survey_id
                WHERE s.code = 'after-contact' AND q.code = 'csat' AND r.link_status = 'LINKED'
                  AND r.answered_month = DATE '2026-03-01'
                GROUP BY r.queue""")
                .query(rs -> {
                    long top = rs.getLong("top");
                    long n = rs.getLong("n");
                    odds.put(rs.getString("queue"), (double) top / (n - top));
                    responses.put(rs.getString("queue"), n);
                });
        var reference = responses.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

        var page = page(get("/customer-voice/drivers?" + MARCH + "&driver=QUEUE"), Role.ANALYST);

        assertThat(page.select("[data-fit]").attr("data-fit")).isEqualTo("FITTED");
        var estimated = page.select(".voice-effects tr[data-status=ESTIMATED]");
        assertThat(estimated).isNotEmpty();
        for (var row : estimated) {
            var cells = row.select("td");
            assertThat(cells.get(2).text()).isEqualTo(reference);
            assertThat(cells.get(5).text()).startsWith(String.format(Locale.ENGLISH, "%.2f (",
                    odds.get(cells.get(1).text()) / odds.get(reference)));
        }
        assertThat(page.select(".voice-method").text()).contains("Logistic regression");
    }

    @Test
    void theConversionToolReproducesTheWorkedExampleOfMetricsSection4() throws Exception {
        // metrics.md §4: 1–10 answers against a 5–7 on 1–7 benchmark: A = 2/3, B = 1/3, threshold 5 → 7, 77.3 %
        var page = page(get("/customer-voice/convert"), Role.VIEWER);

        assertThat(page.select("[data-result=a]").text()).isEqualTo("0.6667");
        assertThat(page.select("[data-result=b]").text()).isEqualTo("0.3333");
        assertThat(page.select("[data-result=source-threshold]").text()).isEqualTo("7.0000");
        assertThat(page.select("[data-result=comparable]").text()).isEqualTo("77.3 %");
        assertThat(page.select(".voice-verdict").text()).isEqualTo("At or above the benchmark of 75 %.");
    }

    @Test
    void theSampleSizeCalculatorGives385ForFivePointsAt95Percent() throws Exception {
        // metrics.md §4: n₀ = 1.959964² · 0.25 / 0.05² = 384.15 → 385 answers
        var page = page(get("/customer-voice/sample-size"), Role.QA);

        assertThat(page.select("[data-result=initial]").text()).isEqualTo("384.15");
        assertThat(page.select("[data-result=required]").text()).isEqualTo("385");
    }

    @Test
    void theIngestEndpointStoresABatchOnceAndRefusesABadOne() throws Exception {
        var code = UniqueNames.of("survey");
        catalogue.define(new Survey(0, code, "Api", Audience.CUSTOMER, List.of(new Question(0, "csat",
                QuestionKind.CSAT, QuestionKind.CSAT.defaultBoxes(new Scale(1, 5)), "after-contact", Map.of(),
                Map.of()))));
        var good = """
                {"survey": "%s", "source": "crm", "responses": [
                 {"id": "A1", "answeredAt": "2026-03-03T10:00:00Z", "channel": "CHAT", "answers": {"csat": 5}},
                 {"id": "A2", "answeredAt": "2026-03-03T11:00:00Z", "contactId": "NOT-HELD", "answers": {"csat": 1}}]}"""
                .formatted(code);
        var bad = """
                {"survey": "%s", "source": "crm", "responses": [
                 {"id": "A3", "answeredAt": "2026-03-03T10:00:00Z", "answers": {"csat": 9}}]}""".formatted(code);

        var first = ingest(good, 200);
        var second = ingest(good, 200);
        var refused = ingest(bad, 422);

        assertThat(first.get("added").asLong()).isEqualTo(2);
        assertThat(first.get("unlinked").asLong()).isEqualTo(1);
        assertThat(second.get("added").asLong()).isZero();
        assertThat(second.get("present").asLong()).isEqualTo(2);
        var problem = refused.get("problems").get(0);
        assertThat(problem.get("file").asString()).isEqualTo("request");
        assertThat(problem.get("line").asLong()).isEqualTo(1);
        assertThat(problem.get("field").asString()).isEqualTo("csat");
        assertThat(problem.get("reason").asString()).isEqualTo("answer outside the scale 1..5");
    }

    @Test
    void theExportHoldsTheMetricsAndNeutralisesFormulas() throws Exception {
        var code = UniqueNames.of("survey");
        catalogue.define(new Survey(0, code, "Export", Audience.CUSTOMER, List.of(new Question(0, "csat",
                QuestionKind.CSAT, QuestionKind.CSAT.defaultBoxes(new Scale(1, 5)), "=1+2", Map.of(), Map.of()))));
        var mapping = new ColumnMapping("m", "id", "when", ColumnMapping.ISO_PATTERN, "", "", "", "", "", "",
                Map.of("csat", "csat"));
        importer.importFile(new SurveyImportRequest(code, "crm", "a.csv", Optional.of(mapping), Optional.empty(),
                RejectPolicy.REJECT_FILE, "tester"), new ByteArrayInputStream(
                "id,when,csat\nX1,2026-03-03T10:00,5\nX2,2026-03-03T10:00,4\nX3,2026-03-03T10:00,1\n"
                        .getBytes(StandardCharsets.UTF_8)));

        var response = mvc.perform(get("/customer-voice/export.xlsx?survey=" + code + "&" + MARCH)
                        .with(user("viewer").roles(Role.VIEWER.name())))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var rows = workbook.getFirstSheet().read();
            Row csatAll = rows.stream().filter(row -> "csat".equals(row.getCellText(2))
                    && "all".equals(row.getCellText(3))).findFirst().orElseThrow();
            assertThat(csatAll.getCellText(1)).isEqualTo("'=1+2");
            // 2 of 3 answers in the top box 4–5
            assertThat(Double.parseDouble(csatAll.getCellText(4))).isEqualTo(2.0 / 3, org.assertj.core.data.Offset
                    .offset(1e-12));
            assertThat(csatAll.getCellText(7)).isEqualTo("3");
        }
    }

    private void importStaff(String code, String file) {
        var mapping = new ColumnMapping("m", "id", "when", ColumnMapping.ISO_PATTERN, "", "", "", "", "team", "",
                Map.of("enps", "enps"));
        var outcome = importer.importFile(new SurveyImportRequest(code, "hr", "staff.csv", Optional.of(mapping),
                Optional.empty(), RejectPolicy.REJECT_FILE, "tester"),
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome.imported()).as(outcome.problems().toString()).isTrue();
    }

    private JsonNode ingest(String body, int status) throws Exception {
        var response = mvc.perform(post("/api/v1/ingest/survey-responses").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(csrf()).with(user("admin").roles(Role.ADMIN.name())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }

    private JsonNode api(MockHttpServletRequestBuilder request, Role role) throws Exception {
        var response = mvc.perform(request.with(user(role.name().toLowerCase(Locale.ROOT)).roles(role.name())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return json.readTree(response.getContentAsString());
    }

    private Document page(MockHttpServletRequestBuilder request, Role role) throws Exception {
        return page(request.with(user(role.name().toLowerCase(Locale.ROOT)).roles(role.name())));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }
}
