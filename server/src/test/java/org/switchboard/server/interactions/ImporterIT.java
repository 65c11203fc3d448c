package org.switchboard.server.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * Imports of Asterisk queue_log text through {@link Importer} on a real database (H2, and PostgreSQL in the
 * {@code postgres} run): natural keys never duplicate, changed rows are updated and counted, and both reject policies
 * keep what they promise. Each test imports into a source of its own.
 */
@SwitchboardIntegrationTest
@RecordApplicationEvents
@Tag("database")
class ImporterIT {

    private static final long T0 = 1_700_000_000L;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    LoadLedger ledger;

    @Autowired
    OpenCallStore openCalls;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationEvents events;

    private final String source = UniqueNames.of("imp");

    @Test
    void reimportingTheSameFileAddsNothingAndAnOverlappingOneAddsOnlyTheNewContacts() {
        var first = new QueueLogText().call("1.1", "support", T0, 10, 60).call("1.2", "support", T0 + 30, 5, 90);

        var initial = importer.importFile(request(RejectPolicy.QUARANTINE), first.stream(), first.size(),
                ImportProgress.NONE);
        var again = importer.importFile(request(RejectPolicy.QUARANTINE), first.stream(), first.size(),
                ImportProgress.NONE);
        var overlapping = new QueueLogText()
                .call("1.2", "support", T0 + 30, 5, 90)
                .call("1.3", "support", T0 + 60, 20, 30);
        var overlap = importer.importFile(request(RejectPolicy.QUARANTINE), overlapping.stream(),
                overlapping.size(), ImportProgress.NONE);

        assertThat(initial.status()).isEqualTo(LoadStatus.COMPLETED);
        assertThat(initial.counts()).isEqualTo(new LoadCounts(2, 2, 0, 0, 0));
        assertThat(again.counts()).isEqualTo(new LoadCounts(2, 0, 2, 0, 0));
        assertThat(again.summary()).isEqualTo("0 new, 2 already present, 0 changed, 0 rejected");
        assertThat(overlap.counts()).isEqualTo(new LoadCounts(2, 1, 1, 0, 0));
        assertThat(contactIds()).containsExactly("1.1", "1.2", "1.3");
        // the agent of the calls is known from now on, named by its id
        assertThat(jdbc.sql("SELECT display_name FROM agent WHERE source = :source").param("source", source)
                        .query(String.class).list())
                .containsExactly("PJSIP/201");
    }

    @Test
    void aChangedContactIsUpdatedAndCountedChanged() {
        var original = new QueueLogText().call("2.1", "support", T0, 10, 60).call("2.2", "support", T0, 10, 60);
        importer.importFile(request(RejectPolicy.QUARANTINE), original.stream(), original.size(), ImportProgress.NONE);
        // 2.2 talked 120 s instead of 60 s
        var corrected = new QueueLogText().call("2.1", "support", T0, 10, 60).call("2.2", "support", T0, 10, 120);

        var outcome = importer.importFile(
                request(RejectPolicy.QUARANTINE), corrected.stream(), corrected.size(), ImportProgress.NONE);

        assertThat(outcome.counts()).isEqualTo(new LoadCounts(2, 0, 1, 1, 0));
        var ended = jdbc.sql("SELECT ended_at FROM contact WHERE source = :source AND source_id = '2.2'")
                .param("source", source)
                .query(OffsetDateTime.class)
                .single();
        // arrival + 10 s wait + 120 s talk
        assertThat(ended.toInstant()).isEqualTo(Instant.ofEpochSecond(T0 + 130));
        var load = jdbc.sql("SELECT load_id FROM contact WHERE source = :source AND source_id = '2.2'")
                .param("source", source)
                .query(Long.class)
                .single();
        assertThat(load).isEqualTo(outcome.loadId());
    }

    @Test
    void aContactRepeatedInOneBatchIsStoredOnceWithItsLastValues() {
        var json = new ImportRequest(
                source, "batch.json", ImportFormat.JSON, Optional.empty(), ZoneId.of("UTC"), RejectPolicy.QUARANTINE,
                "api");

        var outcome = importer.importRecords(
                json,
                List.of(abandoned("7.1", "support", 40), abandoned("7.1", "support", 40),
                        abandoned("7.2", "support", 40), abandoned("7.2", "support", 55)),
                List.of(),
                List.of());

        // 7.1 twice the same: once new, once already present; 7.2 abandoned later the second time: changed
        assertThat(outcome.counts()).isEqualTo(new LoadCounts(4, 2, 1, 1, 0));
        assertThat(contactIds()).containsExactly("7.1", "7.2");
        var ended = jdbc.sql("SELECT ended_at FROM contact WHERE source = :source AND source_id = '7.2'")
                .param("source", source)
                .query(OffsetDateTime.class)
                .single();
        assertThat(ended.toInstant()).isEqualTo(Instant.ofEpochSecond(T0 + 55));
    }

    @Test
    void aRunningLoadWithoutHeartbeatForTenMinutesIsShownInterrupted() {
        long loadId = ledger.start(source, "a load whose process died", "tester");
        var elevenMinutesLater = new LoadLedger(jdbc, jdbcTemplate,
                Clock.offset(Clock.systemUTC(), LoadLedger.HEARTBEAT_TIMEOUT.plusMinutes(1)));

        assertThat(importer.load(loadId).orElseThrow().status()).isEqualTo(LoadStatus.RUNNING);
        assertThat(elevenMinutesLater.load(loadId).orElseThrow().status()).isEqualTo(LoadStatus.INTERRUPTED);
    }

    @Test
    void rejectFileStoresNothingAndReportsEveryBadLine() {
        var file = new QueueLogText()
                .call("3.1", "support", T0, 10, 60)
                .line("1700000100|3.2")
                .call("3.3", "support", T0 + 200, 10, 60)
                .line("17000002x0|3.4|support|NONE|ENTERQUEUE||+4930|1");

        var outcome = importer.importFile(request(RejectPolicy.REJECT_FILE), file.stream(), file.size(),
                ImportProgress.NONE);

        assertThat(outcome.status()).isEqualTo(LoadStatus.REJECTED);
        assertThat(outcome.imported()).isFalse();
        // 2 contacts and 2 bad lines read; nothing stored
        assertThat(outcome.counts()).isEqualTo(new LoadCounts(4, 0, 0, 0, 2));
        assertThat(outcome.problems())
                .extracting(InputProblem::line, InputProblem::field, InputProblem::value)
                .containsExactly(tuple(4L, "line", "1700000100|3.2"), tuple(8L, "time", "17000002x0"));
        assertThat(contactIds()).isEmpty();
        assertThat(rejections(outcome.loadId()))
                .extracting(r -> r.problem().line(), ImportRejection::status)
                .containsExactly(tuple(4L, "REFUSED"), tuple(8L, "REFUSED"));
        assertThat(importer.load(outcome.loadId()).orElseThrow().status()).isEqualTo(LoadStatus.REJECTED);
        assertThat(events.stream(InteractionsImported.class).filter(e -> e.source().equals(source))).isEmpty();
    }

    @Test
    void quarantineStoresTheValidLinesAndKeepsTheRejectedOneWithFileLineFieldValueAndReason() {
        var file = new QueueLogText()
                .call("4.1", "support", T0, 10, 60)
                .line("1700000100|4.2|support|NONE|OUTDIAL|x")
                .call("4.3", "support", T0 + 200, 10, 60);

        var outcome = importer.importFile(request(RejectPolicy.QUARANTINE), file.stream(), file.size(),
                ImportProgress.NONE);

        assertThat(outcome.status()).isEqualTo(LoadStatus.COMPLETED);
        assertThat(outcome.counts()).isEqualTo(new LoadCounts(3, 2, 0, 0, 1));
        assertThat(contactIds()).containsExactly("4.1", "4.3");
        assertThat(rejections(outcome.loadId())).singleElement().satisfies(rejection -> {
            assertThat(rejection.problem())
                    .isEqualTo(new InputProblem("queue_log", 4, "verb", "OUTDIAL", "not an Asterisk queue_log verb"));
            assertThat(rejection.status()).isEqualTo("QUARANTINED");
            assertThat(rejection.rawText()).isEmpty();
        });
        var load = importer.load(outcome.loadId()).orElseThrow();
        assertThat(load.status()).isEqualTo(LoadStatus.COMPLETED);
        assertThat(load.counts()).isEqualTo(outcome.counts());
        assertThat(load.fileName()).contains("queue_log");
        assertThat(load.batchesCommitted()).isEqualTo(1);
        // the first call arrived at T0, the last at T0 + 200
        assertThat(load.firstArrival()).contains(Instant.ofEpochSecond(T0));
        assertThat(load.lastArrival()).contains(Instant.ofEpochSecond(T0 + 200));
        assertThat(events.stream(InteractionsImported.class).filter(e -> e.source().equals(source)))
                .containsExactly(new InteractionsImported(
                        outcome.loadId(), source, Instant.ofEpochSecond(T0), Instant.ofEpochSecond(T0 + 200), 2, 0));
    }

    @Test
    void smallBatchesCommitOneByOneAndReportProgress() {
        var twoPerBatch = new Importer(
                jdbcTemplate, ledger, openCalls, transactions, auditLog, publisher, meters, Clock.systemUTC(), 2);
        var file = new QueueLogText()
                .call("5.1", "support", T0, 10, 60)
                .call("5.2", "support", T0 + 100, 10, 60)
                .call("5.3", "support", T0 + 200, 10, 60)
                .call("5.4", "support", T0 + 300, 10, 60)
                .call("5.5", "support", T0 + 400, 10, 60);
        var progress = new ArrayList<Long>();

        var outcome = twoPerBatch.importFile(request(RejectPolicy.QUARANTINE), file.stream(), file.size(),
                (bytes, total, read, rejected) -> progress.add(read));
        var refused = twoPerBatch.importFile(
                request(RejectPolicy.REJECT_FILE),
                new QueueLogText().call("5.6", "support", T0, 1, 1).call("5.7", "support", T0, 1, 1)
                        .call("5.8", "support", T0, 1, 1).line("x").stream(),
                0,
                ImportProgress.NONE);

        assertThat(outcome.counts()).isEqualTo(new LoadCounts(5, 5, 0, 0, 0));
        // batches of 2, 2 and 1 records
        assertThat(importer.load(outcome.loadId()).orElseThrow().batchesCommitted()).isEqualTo(3);
        assertThat(progress).containsExactly(2L, 4L, 5L);
        assertThat(refused.status()).isEqualTo(LoadStatus.REJECTED);
        assertThat(refused.counts()).isEqualTo(new LoadCounts(4, 0, 0, 0, 1));
        assertThat(contactIds()).containsExactly("5.1", "5.2", "5.3", "5.4", "5.5");
    }

    @Test
    void parsedRecordsAreImportedWithTheirProblemsAndAgentEventsCountChangedReasons() {
        var json = new ImportRequest(
                source, "batch.json", ImportFormat.JSON, Optional.empty(), ZoneId.of("UTC"), RejectPolicy.QUARANTINE,
                "api");
        var at = Instant.ofEpochSecond(T0);
        var login = new AgentEvent("a-1", at, AgentState.LOGIN, Optional.empty(), Optional.empty());
        var lunch = new AgentEvent("a-1", at.plusSeconds(600), AgentState.PAUSE, Optional.of("lunch"), Optional.empty());
        var parseProblem = new InputProblem("batch.json", 3, "contacts[2].queue", "", "queue must not be blank");
        var contact = abandoned("6.1", "support", 40);
        var tooLong = abandoned("6.2", "q".repeat(65), 40);

        var first = importer.importRecords(json, List.of(contact, tooLong), List.of(login, lunch), List.of(parseProblem));
        var corrected = new AgentEvent(
                "a-1", at.plusSeconds(600), AgentState.PAUSE, Optional.of("training"), Optional.empty());
        var second = importer.importRecords(json, List.of(contact), List.of(login, corrected), List.of());

        assertThat(first.counts()).isEqualTo(new LoadCounts(5, 3, 0, 0, 2));
        // contacts are numbered 1 to n in the batch, agent events from n + 1 on
        assertThat(first.problems())
                .extracting(InputProblem::line, InputProblem::field)
                .containsExactly(tuple(3L, "contacts[2].queue"), tuple(2L, "queue"));
        assertThat(second.counts()).isEqualTo(new LoadCounts(3, 0, 2, 1, 0));
        assertThat(jdbc.sql("SELECT reason FROM agent_state_event WHERE source = :source AND state = 'PAUSE'")
                        .param("source", source)
                        .query(String.class)
                        .list())
                .containsExactly("training");
    }

    @Test
    void everyFieldOfANewContactIsStoredAsWrittenAndReadsBackAlreadyPresent() {
        // PostgreSQL writes new contacts with COPY (text format, its own escaping), H2 with INSERT: both must store
        // the same values. The tab, newline and backslashes exercise COPY's escapes.
        var json = new ImportRequest(
                source, "batch.json", ImportFormat.JSON, Optional.empty(), ZoneId.of("UTC"), RejectPolicy.QUARANTINE,
                "api");
        var arrival = Instant.ofEpochSecond(T0, 123_456_789);
        var contact = new Interaction("9.1\\x", Channel.VOICE, "sales\tdesk", Direction.OUTBOUND,
                Optional.of("+7 (495) 123-45-67\\n"), arrival, Optional.of(arrival.plusSeconds(20)),
                arrival.plusSeconds(200), Optional.of(arrival.plusSeconds(230)), Optional.of("PJSIP/201"),
                Disposition.ANSWERED, Optional.of("refund\nlate"), Optional.of(true),
                Optional.of(new BigDecimal("1234.5")));

        var first = importer.importRecords(json, List.of(contact), List.of(), List.of());
        var again = importer.importRecords(json, List.of(contact), List.of(), List.of());

        assertThat(first.counts()).isEqualTo(new LoadCounts(1, 1, 0, 0, 0));
        assertThat(again.counts()).isEqualTo(new LoadCounts(1, 0, 1, 0, 0));
        var row = jdbc.sql("""
                        SELECT source_id, channel, queue, direction, customer_hash, customer_address, arrived_at,
                               answered_at, ended_at, wrap_ended_at, agent_id, disposition, reason_code, transferred,
                               resolved, sale, revenue, fingerprint, load_id
                        FROM contact WHERE source = :source""")
                .param("source", source)
                .query((rs, number) -> List.<Object>of(
                        rs.getString("source_id"),
                        rs.getString("channel"),
                        rs.getString("queue"),
                        rs.getString("direction"),
                        rs.getString("customer_hash"),
                        rs.getString("customer_address"),
                        rs.getObject("arrived_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("answered_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ended_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("wrap_ended_at", OffsetDateTime.class).toInstant(),
                        rs.getString("agent_id"),
                        rs.getString("disposition"),
                        rs.getString("reason_code"),
                        rs.getBoolean("transferred"),
                        Optional.ofNullable(rs.getObject("resolved")),
                        rs.getBoolean("sale"),
                        rs.getBigDecimal("revenue"),
                        rs.getLong("fingerprint"),
                        rs.getLong("load_id")))
                .single();
        // microseconds kept (…123456), revenue at two decimals, the hash of "74951234567n" (digits and letters
        // only, lower-cased: InteractionStore's customer key), the fingerprint of the contact's stored fields
        var micros = Instant.ofEpochSecond(T0, 123_456_000);
        assertThat(row).containsExactly(
                "9.1\\x", "VOICE", "sales\tdesk", "OUTBOUND", InteractionStore.customerHash("74951234567n"),
                "+7 (495) 123-45-67\\n", micros, micros.plusSeconds(20), micros.plusSeconds(200),
                micros.plusSeconds(230), "PJSIP/201", "ANSWERED", "refund\nlate", false, Optional.empty(), true,
                new BigDecimal("1234.50"), ContactFingerprint.of(contact), first.loadId());
    }

    private static Interaction abandoned(String id, String queue, int waitSeconds) {
        var arrival = Instant.ofEpochSecond(T0);
        return new Interaction(id, Channel.CHAT, queue, Direction.INBOUND, Optional.of("ann@example.org"), arrival,
                Optional.empty(), arrival.plusSeconds(waitSeconds), Optional.empty(), Optional.empty(),
                Disposition.ABANDONED,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private ImportRequest request(RejectPolicy policy) {
        return new ImportRequest(
                source, "queue_log", ImportFormat.QUEUE_LOG, Optional.empty(), ZoneId.of("UTC"), policy, "tester");
    }

    private List<String> contactIds() {
        return jdbc.sql("SELECT source_id FROM contact WHERE source = :source ORDER BY source_id")
                .param("source", source)
                .query(String.class)
                .list();
    }

    private List<ImportRejection> rejections(long loadId) {
        var rejections = new ArrayList<ImportRejection>();
        importer.forEachRejection(loadId, rejections::add);
        return rejections;
    }
}
