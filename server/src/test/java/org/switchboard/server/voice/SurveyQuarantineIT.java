package org.switchboard.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.Role;

/**
 * The rejected lines of a survey load through the web (H2, and PostgreSQL in the {@code postgres} run): the rejects
 * CSV names every problem with its file, line, field, value and reason, formula injection neutralised; a quarantined
 * line corrected and re-submitted becomes a response exactly once; a line still bad stays in quarantine with its new
 * reason; only the import editors may see or re-submit. Each test defines a survey of its own.
 */
@SwitchboardIntegrationTest
@Tag("database")
class SurveyQuarantineIT {

    private static final String FILE = "id,when,channel,lang,sat,effort\n"
            + "R1,2026-03-02T08:00,VOICE,en,5,7\n" // line 2: good
            + "R2,2026-03-02T08:00,VOICE,en,6,7\n" // line 3: 6 is off the 1..5 scale
            + "R3,2026-03-02T08:00,VOICE,en,=1+1,4\n"; // line 4: not a number, and a formula in a spreadsheet

    @Autowired
    SurveyImporter importer;

    @Autowired
    SurveyCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final String code = UniqueNames.of("survey");

    @Test
    void theRejectsCsvNamesEveryProblemWithFormulasNeutralised() throws Exception {
        var outcome = importQuarantining();
        var body = mvc.perform(get("/customer-voice/imports/" + outcome.loadId() + "/rejects.csv")
                        .with(user("analyst").roles(Role.ANALYST.name())))
                .andReturn().getResponse();

        assertThat(body.getStatus()).isEqualTo(200);
        assertThat(body.getContentType()).startsWith("text/csv");
        var text = body.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var rows = CsvReader.builder().ofCsvRecord(text.substring(1)).stream().map(CsvRecord::getFields).toList();
        assertThat(rows.getFirst()).containsExactly("File", "Line", "Field", "Value", "Reason", "Status");
        // the importer's own problems, in line order, each as one row; the cell "=1+1" gets a leading quote
        var expected = outcome.problems().stream()
                .map(p -> List.of(p.file(), Long.toString(p.line()), p.field(),
                        p.value().startsWith("=") ? "'" + p.value() : p.value(), p.reason(), "in quarantine"))
                .toList();
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected);
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1)).containsExactly("3", "4");
        assertThat(rows.get(2)).contains("answers.csv", "'=1+1");
    }

    @Test
    void aCorrectedLineBecomesAResponseExactlyOnce() throws Exception {
        var load = importQuarantining().loadId();
        var page = mvc.perform(get(quarantine(load)).with(user("manager").roles(Role.MANAGER.name())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"answer.sat\"").contains("value=\"6\"").contains("value=\"R2\"");

        var first = mvc.perform(resubmit(load, "4").with(user("manager").roles(Role.MANAGER.name())))
                .andReturn().getResponse();
        var second = mvc.perform(resubmit(load, "4").with(user("manager").roles(Role.MANAGER.name())))
                .andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(first.getRedirectedUrl()).isEqualTo(quarantine(load));
        // the line left the quarantine with the first re-submission: the second finds nothing to re-submit
        assertThat(second.getStatus()).isEqualTo(404);
        assertThat(responses("R2")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT a.answer FROM voice_answer a JOIN voice_response r ON r.id = a.response_id"
                        + " JOIN voice_question q ON q.id = a.question_id JOIN voice_survey s ON s.id = r.survey_id"
                        + " WHERE s.code = ? AND r.response_key = 'R2' AND q.code = 'sat'")
                .param(code).query(Integer.class).single()).isEqualTo(4);
        assertThat(statuses(load, 3)).containsExactly("RESUBMITTED");
        assertThat(heldLines(load)).containsExactly(4L);
    }

    @Test
    void aLineStillBadStaysInQuarantineWithItsNewReason() throws Exception {
        var outcome = importQuarantining();
        var load = outcome.loadId();
        var firstReason = outcome.problems().stream().filter(p -> p.line() == 3).findFirst().orElseThrow().reason();

        var response = mvc.perform(resubmit(load, "five").with(user("admin").roles(Role.ADMIN.name())))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(responses("R2")).isZero();
        assertThat(heldLines(load)).containsExactly(3L, 4L);
        var kept = jdbc.sql("SELECT field, field_value, status, reason FROM voice_rejection"
                        + " WHERE load_id = ? AND line = 3")
                .param(load).query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).single();
        assertThat(kept.subList(0, 3)).containsExactly("sat", "five", "QUARANTINED");
        // the reason is the new one (not a number), no longer the first one (off the scale)
        assertThat(firstReason).contains("scale");
        assertThat(kept.get(3)).isNotBlank().isNotEqualTo(firstReason);
        var page = mvc.perform(get(quarantine(load)).with(user("admin").roles(Role.ADMIN.name())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"five\"").doesNotContain("value=\"6\"");
    }

    @Test
    void onlyTheImportEditorsSeeAndResubmitTheQuarantine() throws Exception {
        var load = importQuarantining().loadId();

        for (var role : List.of(Role.QA, Role.SUPERVISOR, Role.VIEWER)) {
            var caller = user("caller").roles(role.name());
            assertThat(mvc.perform(get(quarantine(load)).with(caller)).andReturn().getResponse().getStatus())
                    .as("quarantine page for " + role).isEqualTo(403);
            assertThat(mvc.perform(get("/customer-voice/imports/" + load + "/rejects.csv").with(caller))
                    .andReturn().getResponse().getStatus()).as("rejects CSV for " + role).isEqualTo(403);
            assertThat(mvc.perform(resubmit(load, "4").with(caller)).andReturn().getResponse().getStatus())
                    .as("re-submission by " + role).isEqualTo(403);
        }
        assertThat(responses("R2")).isZero();
        assertThat(heldLines(load)).containsExactly(3L, 4L);
    }

    private SurveyImportOutcome importQuarantining() {
        catalogue.define(new Survey(0, code, "Quarantine test", Audience.CUSTOMER, List.of(
                question("sat", QuestionKind.CSAT, new Scale(1, 5)),
                question("effort", QuestionKind.CES, new Scale(1, 7)))));
        var mapping = new ColumnMapping("m", "id", "when", ColumnMapping.ISO_PATTERN, "", "", "channel", "lang", "",
                "", Map.of("sat", "sat", "effort", "effort"));
        var outcome = importer.importFile(new SurveyImportRequest(code, "crm", "answers.csv", Optional.of(mapping),
                Optional.of(ZoneId.of("Europe/Berlin")), RejectPolicy.QUARANTINE, "tester"),
                new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome.added()).isEqualTo(1);
        assertThat(outcome.rejected()).isEqualTo(2);
        return outcome;
    }

    private static Question question(String questionCode, QuestionKind kind, Scale scale) {
        return new Question(0, questionCode, kind, kind.defaultBoxes(scale), "after-contact", Map.of("en",
                questionCode), Map.of());
    }

    private static String quarantine(long load) {
        return "/customer-voice/imports/" + load + "/quarantine";
    }

    private static MockHttpServletRequestBuilder resubmit(long load, String satisfaction) {
        return post(quarantine(load)).with(csrf()).param("line", "3").param("responseId", "R2")
                .param("answeredAt", "2026-03-02T08:00").param("channel", "VOICE").param("language", "en")
                .param("answer.sat", satisfaction).param("answer.effort", "7");
    }

    private long responses(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM voice_response r JOIN voice_survey s ON s.id = r.survey_id"
                + " WHERE s.code = ? AND r.response_key = ?").params(code, key).query(Long.class).single();
    }

    private List<String> statuses(long load, long line) {
        return jdbc.sql("SELECT status FROM voice_rejection WHERE load_id = ? AND line = ?").params(load, line)
                .query(String.class).list();
    }

    private List<Long> heldLines(long load) {
        return jdbc.sql("SELECT line FROM voice_quarantine_line WHERE load_id = ? ORDER BY line").param(load)
                .query(Long.class).list();
    }
}
