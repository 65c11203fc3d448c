package org.switchboard.server.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.QueueLogWriter;
import org.switchboard.engine.interactions.queuelog.OpenCall;
import org.switchboard.engine.interactions.queuelog.QueueLogReader;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * Asterisk queue_log calls that span the end of a file, carried from one import of a source to the next through
 * {@link OpenCallStore}, on a real database (H2, and PostgreSQL in the {@code postgres} run). Each test imports into a
 * source of its own.
 */
@SwitchboardIntegrationTest
@Tag("database")
class QueueLogCarryIT {

    private static final long T0 = 1_700_000_000L;

    /** Call 7.1 enters at T0 and is still waiting when the file ends; call 7.2 is whole. */
    private static final String FIRST = """
            %d|7.1|support|NONE|ENTERQUEUE||+4930555|1
            %d|7.2|support|NONE|ENTERQUEUE||+4930556|1
            %d|7.2|support|NONE|ABANDON|1|1|15
            """.formatted(T0, T0 + 5, T0 + 20);

    /** Call 7.1 is answered 30 s after it entered and talks 60 s. */
    private static final String SECOND = """
            %d|7.1|support|PJSIP/201|CONNECT|30|7.1.1|2
            %d|7.1|support|PJSIP/201|COMPLETECALLER|30|60|1
            """.formatted(T0 + 30, T0 + 90);

    @Autowired
    Importer importer;

    @Autowired
    OpenCallStore openCalls;

    @Autowired
    JdbcClient jdbc;

    private final String source = UniqueNames.of("carry");

    @Test
    void aCallSplitAcrossTwoImportsIsOneAnsweredContactWithItsWaitAndTalk() {
        var first = importText("queue_log.1", FIRST, RejectPolicy.REJECT_FILE);
        var stillOpen = openAtEnd();
        var second = importText("queue_log", SECOND, RejectPolicy.REJECT_FILE);

        // with reject-file, a call still waiting at the end of the file no longer refuses the file
        assertThat(first.status()).isEqualTo(LoadStatus.COMPLETED);
        assertThat(first.counts()).isEqualTo(new LoadCounts(1, 1, 0, 0, 0));
        assertThat(stillOpen).singleElement().satisfies(call -> {
            assertThat(call.callId()).isEqualTo("7.1");
            assertThat(call.file()).isEqualTo("queue_log.1");
            assertThat(call.line()).isEqualTo(1);
        });
        assertThat(second.status()).isEqualTo(LoadStatus.COMPLETED);
        assertThat(second.counts()).isEqualTo(new LoadCounts(1, 1, 0, 0, 0));
        assertThat(openAtEnd()).isEmpty();
        var contact = jdbc.sql("""
                        SELECT arrived_at, answered_at, ended_at, agent_id, disposition FROM contact
                        WHERE source = :source AND source_id = '7.1'""")
                .param("source", source)
                .query((rs, row) -> List.of(
                        rs.getObject("arrived_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("answered_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ended_at", OffsetDateTime.class).toInstant(),
                        rs.getString("agent_id"),
                        rs.getString("disposition")))
                .single();
        // ENTERQUEUE at T0 (file 1), CONNECT at T0 + 30 (wait 30 s), COMPLETECALLER at T0 + 90 (talk 60 s)
        assertThat(contact).containsExactly(
                Instant.ofEpochSecond(T0),
                Instant.ofEpochSecond(T0 + 30),
                Instant.ofEpochSecond(T0 + 90),
                "PJSIP/201",
                "ANSWERED");
    }

    @Test
    void reimportingTheSecondFileContinuesTheCallsOpenBeforeItAndAddsNothing() {
        importText("queue_log.1", FIRST, RejectPolicy.REJECT_FILE);
        importText("queue_log", SECOND, RejectPolicy.REJECT_FILE);
        var fingerprints = fingerprints(source);

        var again = importText("queue_log", SECOND, RejectPolicy.REJECT_FILE);
        var firstAgain = importText("queue_log.1", FIRST, RejectPolicy.REJECT_FILE);

        assertThat(again.status()).isEqualTo(LoadStatus.COMPLETED);
        assertThat(again.counts()).isEqualTo(new LoadCounts(1, 0, 1, 0, 0));
        // the first file again: its call 7.2 is present, and 7.1 is open at its end as the first time
        assertThat(firstAgain.counts()).isEqualTo(new LoadCounts(1, 0, 1, 0, 0));
        assertThat(fingerprints(source)).isEqualTo(fingerprints);
        assertThat(contacts(source)).isEqualTo(2);
    }

    @Test
    void aFileImportedBeforeTheOneItContinuesRejectsTheCallsItCannotStartAndAReimportRepairsThem() {
        var early = importText("queue_log", SECOND, RejectPolicy.QUARANTINE);
        importText("queue_log.1", FIRST, RejectPolicy.QUARANTINE);
        var repaired = importText("queue_log", SECOND, RejectPolicy.QUARANTINE);

        // CONNECT and COMPLETECALLER of 7.1 have no ENTERQUEUE in what that import could continue
        assertThat(early.problems()).extracting(InputProblem::line, InputProblem::field)
                .containsExactly(tuple(1L, "call_id"), tuple(2L, "call_id"));
        assertThat(repaired.counts()).isEqualTo(new LoadCounts(1, 1, 0, 0, 0));
        assertThat(contacts(source)).isEqualTo(2);
        assertThat(openAtEnd()).isEmpty();
    }

    @Test
    void aCallWaitingLongerThanTheLimitIsReportedWhereItEnteredAndNotKept() {
        importText("queue_log.1", FIRST, RejectPolicy.QUARANTINE);
        // a day and a second after 7.1 entered: 7.1 is stale; 8.1 enters and stays open
        var dayLater = T0 + Duration.ofDays(1).toSeconds() + 1;
        var later = importText("queue_log", dayLater + "|8.1|support|NONE|ENTERQUEUE||+4930557|1\n",
                RejectPolicy.QUARANTINE);

        assertThat(later.status()).isEqualTo(LoadStatus.COMPLETED);
        assertThat(later.problems()).containsExactly(new InputProblem(
                "queue_log.1", 1, "call_id", "7.1", QueueLogReader.neverEnded(Duration.ofHours(24))));
        assertThat(openAtEnd()).extracting(OpenCall::callId).containsExactly("8.1");
    }

    @Test
    void theDemoQueueLogCutInThreeFilesImportedOneByOneGivesTheContactsOfOneImport() throws IOException {
        var data = DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(1));
        var out = new StringWriter();
        QueueLogWriter.write(data, out);
        var text = out.toString();
        // cut inside opening hours, so that calls span the cuts
        int firstCut = text.indexOf('\n', text.length() / 3) + 1;
        int secondCut = text.indexOf('\n', 2 * text.length() / 3) + 1;
        var whole = UniqueNames.of("whole");

        var single = importText(whole, "queue_log", text, RejectPolicy.REJECT_FILE);
        var part1 = importText("queue_log.2", text.substring(0, firstCut), RejectPolicy.REJECT_FILE);
        var openAtFirstCut = openAtEnd();
        var part2 = importText("queue_log.1", text.substring(firstCut, secondCut), RejectPolicy.REJECT_FILE);
        var part3 = importText("queue_log", text.substring(secondCut), RejectPolicy.REJECT_FILE);
        var part2Again = importText("queue_log.1", text.substring(firstCut, secondCut), RejectPolicy.REJECT_FILE);

        assertThat(openAtFirstCut).as("calls span the first cut").isNotEmpty();
        assertThat(List.of(single, part1, part2, part3, part2Again))
                .allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(LoadStatus.COMPLETED));
        assertThat(single.counts().rejected()).isZero();
        assertThat(contacts(source)).isEqualTo(contacts(whole)).isPositive();
        // same natural keys, same values (the fingerprint hashes every imported field)
        assertThat(fingerprints(source)).isEqualTo(fingerprints(whole));
        assertThat(agentEvents(source)).isEqualTo(agentEvents(whole));
        assertThat(part1.counts().added() + part2.counts().added() + part3.counts().added())
                .isEqualTo(single.counts().added());
        // every record of the second file again is already present: nothing new, nothing changed, nothing rejected
        long read = part2.counts().read();
        assertThat(part2Again.counts()).isEqualTo(new LoadCounts(read, 0, read, 0, 0));
    }

    private ImportOutcome importText(String file, String text, RejectPolicy policy) {
        return importText(source, file, text, policy);
    }

    private ImportOutcome importText(String into, String file, String text, RejectPolicy policy) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        var request = new ImportRequest(
                into, file, ImportFormat.QUEUE_LOG, Optional.empty(), ZoneId.of("UTC"), policy, "tester");
        return importer.importFile(request, new ByteArrayInputStream(bytes), bytes.length, ImportProgress.NONE);
    }

    /** {@return the calls open at the end of the latest import of the source} */
    private List<OpenCall> openAtEnd() {
        return openCalls.openBefore(source, Instant.ofEpochSecond(T0).plus(Duration.ofDays(36_500)));
    }

    private long contacts(String of) {
        return jdbc.sql("SELECT COUNT(*) FROM contact WHERE source = :source")
                .param("source", of)
                .query(Long.class)
                .single();
    }

    private List<String> agentEvents(String of) {
        return jdbc.sql("""
                        SELECT agent_id, occurred_at, state, reason FROM agent_state_event WHERE source = :source
                        ORDER BY agent_id, occurred_at, state""")
                .param("source", of)
                .query((rs, row) -> rs.getString("agent_id") + "|"
                        + rs.getObject("occurred_at", OffsetDateTime.class).toInstant() + "|" + rs.getString("state")
                        + "|" + rs.getString("reason"))
                .list();
    }

    private List<String> fingerprints(String of) {
        return jdbc.sql("""
                        SELECT source_id, queue, fingerprint FROM contact WHERE source = :source
                        ORDER BY source_id, queue""")
                .param("source", of)
                .query((rs, row) -> rs.getString("source_id") + "|" + rs.getString("queue") + "|"
                        + rs.getLong("fingerprint"))
                .list();
    }
}
