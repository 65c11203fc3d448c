package org.switchboard.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * Imports of survey responses through {@link SurveyImporter} on a real database (H2, and PostgreSQL in the
 * {@code postgres} run): re-imports never duplicate, each kind of bad line gets its line-level message, both reject
 * policies keep what they promise, a known contact id links the response to the contact's facts and an unknown one is
 * kept as unlinked, and staff answers keep no person. Each test defines a survey of its own.
 */
@SwitchboardIntegrationTest
@Tag("database")
class SurveyImporterIT {

    private static final String HEADER = "id,when,contact,channel,lang,note,sat,effort\n";

    @Autowired
    SurveyImporter importer;

    @Autowired
    SurveyCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    private final String code = UniqueNames.of("survey");

    @Test
    void reimportingTheSameFileAddsNothing() {
        define();
        var file = HEADER + "R1,2026-03-02T08:00,,VOICE,en,,5,7\nR2,2026-03-02T09:00,,CHAT,ru,Быстро,2,3\n";
        var first = importCsv(file, RejectPolicy.REJECT_FILE);
        var second = importCsv(file, RejectPolicy.REJECT_FILE);

        assertThat(first.added()).isEqualTo(2);
        assertThat(second.added()).isZero();
        assertThat(second.present()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM voice_response r JOIN voice_survey s ON s.id = r.survey_id"
                + " WHERE s.code = ?").param(code).query(Long.class).single()).isEqualTo(2);
        // 2 responses × 2 answers, counted once in the monthly counts
        assertThat(jdbc.sql("SELECT SUM(c.responses) FROM voice_answer_count c JOIN voice_question q"
                + " ON q.id = c.question_id JOIN voice_survey s ON s.id = q.survey_id WHERE s.code = ?")
                .param(code).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void quarantineStoresTheGoodLinesAndNamesEveryBadOne() {
        define();
        var file = HEADER
                + "R1,2026-03-02T08:00,,VOICE,en,,5,7\n" // good
                + "R2,2026-03-02T08:00,,VOICE,en,,6,7\n" // 6 is off the 1..5 scale
                + "R3,02/03/2026,,VOICE,en,,4,4\n" // unreadable date
                + "R4,2026-03-02T08:00,,VOICE,en,,,\n" // nothing answered
                + "R5,2026-03-02T08:00,,VOICE,en,,4,\n" // one empty answer: kept, warned
                + "R6,2026-03-02T08:00,C-NOT-HELD,VOICE,en,,3,5\n" // unknown contact: kept, unlinked
                + "R7,2026-03-02T08:00,,FAX,en,,3,5\n" // unknown channel
                + "R8,2026-03-02T08:00,,VOICE,en,,four,5\n"; // not a number
        var outcome = importCsv(file, RejectPolicy.QUARANTINE);

        assertThat(outcome.imported()).isTrue();
        assertThat(outcome.read()).isEqualTo(8);
        assertThat(outcome.added()).isEqualTo(3);
        assertThat(outcome.rejected()).isEqualTo(5);
        assertThat(outcome.unlinked()).isEqualTo(1);
        assertThat(outcome.problems())
                .extracting(InputProblem::file, InputProblem::line, InputProblem::field, InputProblem::value,
                        InputProblem::reason)
                .contains(
                        tuple("answers.csv", 3L, "sat", "6", "answer outside the scale 1..5"),
                        tuple("answers.csv", 5L, "answers", "", "empty response: no question is answered"),
                        tuple("answers.csv", 6L, "effort", "", "empty answer: the question is left out"),
                        tuple("answers.csv", 7L, "contactId", "C-NOT-HELD",
                                "unknown contact id: the response is kept, flagged unlinked"),
                        tuple("answers.csv", 8L, "channel", "FAX", "unknown channel"),
                        tuple("answers.csv", 9L, "sat", "four", "the answer is not a whole number"));
        assertThat(outcome.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.field()).isEqualTo("answeredAt");
            assertThat(problem.reason()).startsWith("the date cannot be read");
        });
        assertThat(jdbc.sql("SELECT link_status FROM voice_response r JOIN voice_survey s ON s.id = r.survey_id"
                + " WHERE s.code = ? AND r.response_key = 'R6'").param(code).query(String.class).single())
                .isEqualTo("UNLINKED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM voice_rejection WHERE load_id = ? AND status = 'QUARANTINED'")
                .param(outcome.loadId()).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void rejectFileStoresNothingWhenOneLineIsBad() {
        define();
        var outcome = importCsv(HEADER + "R1,2026-03-02T08:00,,VOICE,en,,5,7\nR2,2026-03-02T08:00,,VOICE,en,,0,7\n",
                RejectPolicy.REJECT_FILE);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.added()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM voice_response r JOIN voice_survey s ON s.id = r.survey_id"
                + " WHERE s.code = ?").param(code).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM voice_load WHERE id = ?").param(outcome.loadId())
                .query(String.class).single()).isEqualTo("REFUSED");
    }

    @Test
    void aKnownContactLinksTheResponseToItsQueueAgentAndWait() {
        define();
        var contact = jdbc.sql("""
                SELECT source_id, queue, agent_id FROM contact
                WHERE agent_id IS NOT NULL AND answered_at IS NOT NULL ORDER BY id""")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .getFirst();
        var outcome = importCsv(HEADER + "R1,2026-03-02T08:00," + contact.get(0) + ",,en,,5,7\n",
                RejectPolicy.REJECT_FILE);

        assertThat(outcome.unlinked()).isZero();
        var stored = jdbc.sql("""
                SELECT r.link_status, r.queue, r.agent_id, r.wait_seconds FROM voice_response r
                JOIN voice_survey s ON s.id = r.survey_id WHERE s.code = ?""")
                .param(code)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getObject(4) != null)))
                .single();
        assertThat(stored).containsExactly("LINKED", contact.get(1), contact.get(2), "true");
    }

    @Test
    void aLineWithoutTheMappedColumnsIsAFileProblem() {
        define();
        var outcome = importCsv("id,when,sat\nR1,2026-03-02T08:00,5\n", RejectPolicy.QUARANTINE);

        assertThat(outcome.problems()).extracting(InputProblem::field).contains("contact", "effort");
        assertThat(outcome.added()).isZero();
    }

    @Test
    void staffAnswersKeepNoPersonAndDoNotDuplicate() {
        catalogue.define(new Survey(0, code, "Staff", Audience.STAFF, List.of(question("enps", QuestionKind.ENPS, new Scale(0, 10)))));
        var mapping = new ColumnMapping("m", "id", "when", ColumnMapping.ISO_PATTERN, "", "", "", "", "team", "",
                Map.of("enps", "enps"));
        var file = "id,when,team,enps\nE1,2026-03-15T00:00,T1,9\nE2,2026-03-15T00:00,T1,3\n";
        var request = new SurveyImportRequest(code, "hr", "staff.csv", Optional.of(mapping), Optional.empty(),
                RejectPolicy.REJECT_FILE, "tester");
        importer.importFile(request, bytes(file));
        var again = importer.importFile(request, bytes(file));

        assertThat(again.added()).isZero();
        var rows = jdbc.sql("""
                SELECT a.submission_hash, a.answered_month, a.team FROM voice_staff_answer a
                JOIN voice_question q ON q.id = a.question_id JOIN voice_survey s ON s.id = q.survey_id
                WHERE s.code = ?""")
                .param(code)
                .query((rs, row) -> List.of(rs.getString(1), rs.getObject(2, LocalDate.class).toString(),
                        rs.getString(3)))
                .list();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get(0)).hasSize(64).doesNotContain("E1").doesNotContain("E2");
            assertThat(row.get(1)).isEqualTo("2026-03-01");
        });
    }

    private void define() {
        catalogue.define(new Survey(0, code, "Test survey", Audience.CUSTOMER, List.of(
                question("sat", QuestionKind.CSAT, new Scale(1, 5)),
                question("effort", QuestionKind.CES, new Scale(1, 7)))));
    }

    private static Question question(String questionCode, QuestionKind kind, Scale scale) {
        return new Question(0, questionCode, kind, kind.defaultBoxes(scale), "after-contact", Map.of("en",
                questionCode), Map.of());
    }

    private SurveyImportOutcome importCsv(String text, RejectPolicy policy) {
        var mapping = new ColumnMapping("m", "id", "when", ColumnMapping.ISO_PATTERN, "contact", "", "channel",
                "lang", "", "note", Map.of("sat", "sat", "effort", "effort"));
        return importer.importFile(new SurveyImportRequest(code, "crm", "answers.csv", Optional.of(mapping),
                Optional.of(ZoneId.of("Europe/Berlin")), policy, "tester"), bytes(text));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
