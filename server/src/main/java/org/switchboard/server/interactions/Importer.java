package org.switchboard.server.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;
import static org.switchboard.engine.core.Checks.requireState;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.InteractionSink;
import org.switchboard.server.audit.AuditLog;

/**
 * Imports interaction data: a file (Asterisk {@code queue_log}, CSV or .xlsx with a mapping profile) streamed from an
 * input, or records that arrive already parsed (the JSON API). Every import is one {@link DataLoad load}.
 *
 * <p>Nothing is duplicated: a contact is identified by (source, id in the source, queue), an agent event by (source,
 * agent, time, state, contact). A record already stored with the same values is counted "already present", one with
 * other values is updated and counted "changed" (a contact's values are compared by their {@link ContactFingerprint
 * fingerprint}, an event's by its reason).
 *
 * <p>Records are read as a stream and written in batches of {@code switchboard.import.batch-size} records (default
 * {@value #DEFAULT_BATCH_SIZE}): per batch one query of the stored keys, then batched INSERTs and UPDATEs. How batches
 * commit depends on the {@link RejectPolicy} (see {@link ImportRun}). When a load stored something,
 * {@link InteractionsImported} is published in the transaction that completes it.
 *
 * <p>Asterisk {@code queue_log} calls that span the end of a file are carried from one import of a source to the
 * next ({@link OpenCallStore}): the calls a load leaves open are saved in the transaction that marks it completed.
 *
 * <p>Call it outside a transaction: it commits its own (the load's row, then the batches or the file).
 *
 * <p>Metrics: timer {@code switchboard.import.duration} (tag {@code source}) and counter
 * {@code switchboard.import.records} (tags {@code source}, {@code kind=contact|agent_event|rejected}: records stored or
 * rejected). Every load is recorded in the audit log ({@code DATA_IMPORTED}).
 */
@Service
public class Importer {

    /** Records per batch unless {@code switchboard.import.batch-size} says otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    private final LoadLedger ledger;
    private final OpenCallStore openCalls;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int batchSize;

    Importer(
            JdbcTemplate jdbc,
            LoadLedger ledger,
            OpenCallStore openCalls,
            PlatformTransactionManager transactions,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            Clock clock,
            @Value("${switchboard.import.batch-size:" + DEFAULT_BATCH_SIZE + "}") int batchSize) {
        requireArgument(batchSize > 0, "switchboard.import.batch-size must be positive: %d", batchSize);
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.openCalls = openCalls;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.auditLog = auditLog;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Imports a file as a stream: it is never held in memory.
     *
     * @param request what to import and how; {@link ImportFormat#JSON} is refused (use {@link #importRecords})
     * @param in the file's bytes; read to the end, not closed
     * @param totalBytes the size of the file for progress, 0 or less when unknown
     * @param progress told after every batch and every thousand records
     * @return {@link LoadStatus#COMPLETED} (rejected lines quarantined, if any) or {@link LoadStatus#REJECTED}
     * @throws ImportFailedException if the input cannot be read or the database fails; the load is marked
     *     {@link LoadStatus#FAILED}
     */
    public ImportOutcome importFile(ImportRequest request, InputStream in, long totalBytes, ImportProgress progress) {
        requireArgument(
                request.format() != ImportFormat.JSON,
                "JSON records arrive parsed: use importRecords, file=%s",
                request.fileName());
        var counting = new CountingInputStream(in);
        var carry = openCalls.carry(request.source());
        return run(
                request,
                new ImportRun.Watch(progress, counting::count, totalBytes),
                sink -> FileReaders.read(request, counting, sink, clock, carry),
                carry::save);
    }

    /**
     * Imports records that arrive already parsed (the JSON API). A record that cannot be stored is reported with its
     * number in the request: contacts are numbered 1 to n, agent events n + 1 onwards.
     *
     * @param request what to import and how; the format is {@link ImportFormat#JSON}
     * @param contacts the contacts
     * @param agentEvents the agent events
     * @param problems what the caller could not parse, reported as rejected records
     * @return {@link LoadStatus#COMPLETED} or {@link LoadStatus#REJECTED}
     * @throws ImportFailedException if the database fails
     */
    public ImportOutcome importRecords(
            ImportRequest request, List<Interaction> contacts, List<AgentEvent> agentEvents, List<InputProblem> problems) {
        requireArgument(
                request.format() == ImportFormat.JSON,
                "parsed records are imported with format JSON: format=%s",
                request.format());
        LongSupplier noBytes = () -> 0;
        return run(request, new ImportRun.Watch(ImportProgress.NONE, noBytes, 0), sink -> {
            problems.forEach(sink::rejected);
            long number = 0;
            for (var contact : contacts) {
                sink.contact(contact, ++number);
            }
            for (var event : agentEvents) {
                sink.agentEvent(event, ++number);
            }
        }, loadId -> {});
    }

    /**
     * Hands every line a load rejected to the action, in line order (streamed; for the rejects file).
     *
     * @param loadId the load
     * @param action receives each rejected line
     */
    public void forEachRejection(long loadId, Consumer<ImportRejection> action) {
        ledger.forEachRejection(loadId, action);
    }

    /** {@return the load with this id, if it exists} */
    public Optional<DataLoad> load(long loadId) {
        return ledger.load(loadId);
    }

    /**
     * {@return the latest loads, newest first}
     *
     * @param limit how many at most, at least 1
     */
    public List<DataLoad> latestLoads(int limit) {
        requireArgument(limit >= 1, "limit must be at least 1: limit=%d", limit);
        return ledger.latest(limit);
    }

    /**
     * Runs an import.
     *
     * @param reading reads the input into the sink
     * @param completed told the load id in the transaction that marks the load completed (not when it is refused or
     *     fails)
     */
    private ImportOutcome run(
            ImportRequest request,
            ImportRun.Watch watch,
            Consumer<InteractionSink> reading,
            LongConsumer completed) {
        // the importer commits its own transactions (the load's row first, then the batches): inside a caller's
        // transaction the batches would join it, and the policy's guarantees would be lost
        requireState(
                !TransactionSynchronizationManager.isActualTransactionActive(),
                "imports run outside a transaction: file=%s",
                request.fileName());
        var sample = Timer.start(meters);
        long loadId = ledger.start(request);
        var target = new ImportRun.Target(
                new InteractionRows(jdbc, request.source(), loadId), ledger, transaction, separateTransaction);
        var run = new ImportRun(
                request, loadId, target, new StorableCheck(request.fileName(), clock.instant()), batchSize, watch);
        ImportOutcome outcome;
        try {
            outcome = request.policy() == RejectPolicy.QUARANTINE
                    ? quarantine(request, run, reading, () -> completed.accept(loadId))
                    : rejectFile(request, run, reading, () -> completed.accept(loadId));
        } catch (RuntimeException e) {
            if (request.policy() == RejectPolicy.REJECT_FILE) {
                run.rolledBack();
            }
            transaction.executeWithoutResult(status -> finish(request, run, LoadStatus.FAILED));
            throw new ImportFailedException(loadId, request.fileName(), e);
        } finally {
            sample.stop(meters.timer("switchboard.import.duration", "source", request.source()));
        }
        count(request, "contact", run.contactsWritten());
        count(request, "agent_event", run.eventsWritten());
        count(request, "rejected", outcome.counts().rejected());
        return outcome;
    }

    private ImportOutcome quarantine(
            ImportRequest request, ImportRun run, Consumer<InteractionSink> reading, Runnable onCompleted) {
        run.readAndWrite(reading);
        return transaction.execute(status -> {
            onCompleted.run();
            return finish(request, run, LoadStatus.COMPLETED);
        });
    }

    private ImportOutcome rejectFile(
            ImportRequest request, ImportRun run, Consumer<InteractionSink> reading, Runnable onCompleted) {
        var completed = transaction.execute(status -> {
            run.readAndWrite(reading);
            if (run.refused()) {
                status.setRollbackOnly();
                return Optional.<ImportOutcome>empty();
            }
            onCompleted.run();
            return Optional.of(finish(request, run, LoadStatus.COMPLETED));
        });
        if (completed != null && completed.isPresent()) {
            return completed.get();
        }
        run.rolledBack();
        return transaction.execute(status -> finish(request, run, LoadStatus.REJECTED));
    }

    private ImportOutcome finish(ImportRequest request, ImportRun run, LoadStatus status) {
        var outcome = run.outcome(status);
        ledger.finish(outcome.loadId(), status, run.counters());
        auditLog.record(
                "DATA_IMPORTED",
                "data_load",
                String.valueOf(outcome.loadId()),
                request.format().slug() + " " + request.fileName() + " into source " + request.source() + ", policy "
                        + request.policy().slug() + ": " + status + ", " + outcome.summary());
        run.imported().ifPresent(events::publishEvent);
        return outcome;
    }

    private void count(ImportRequest request, String kind, long records) {
        meters.counter("switchboard.import.records", "source", request.source(), "kind", kind).increment(records);
    }
}
