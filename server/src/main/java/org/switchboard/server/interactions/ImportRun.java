package org.switchboard.server.interactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionOperations;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.InteractionSink;

/**
 * One import as it runs: receives what the reader reads, collects it into batches of {@code batchSize} records
 * (contacts, agent events and rejected lines) and writes each full batch.
 *
 * <p>Reading and writing overlap ({@link #readAndWrite}): the reading (parsing, mapping, checking, fingerprinting)
 * runs on a thread of its own and hands each full batch over a queue of {@value #QUEUED_BATCHES} batches to the
 * calling thread, which writes the batches one after the other in their order, in the transactions below. The
 * counts of read and rejected records belong to the reading thread; each handed batch carries them as they stood.
 *
 * <ul>
 *   <li>{@link RejectPolicy#QUARANTINE}: each batch commits in its own transaction with its rejected lines and the
 *       load's counters ({@code batches_committed} among them), so a process killed half-way leaves whole batches,
 *       recorded as such.</li>
 *   <li>{@link RejectPolicy#REJECT_FILE}: the batches are written in the caller's transaction, which spans the file;
 *       from the first rejected line on nothing more is written (the caller rolls back), the file is still read to
 *       its end to report every problem, and the rejected lines are kept in transactions of their own.</li>
 * </ul>
 */
final class ImportRun implements InteractionSink {

    private static final int PROGRESS_EVERY = 1_024;
    /** Full batches that may wait for the writing while the reading goes on. */
    private static final int QUEUED_BATCHES = 2;
    private static final String QUARANTINED = "QUARANTINED";
    private static final String REFUSED = "REFUSED";

    /** Where the run writes: the rows, the ledger, and the transactions to use. */
    record Target(
            InteractionRows rows,
            LoadLedger ledger,
            TransactionOperations batchTransaction,
            TransactionOperations separateTransaction) {}

    /** How the caller watches the run. */
    record Watch(ImportProgress progress, LongSupplier bytesRead, long totalBytes) {}

    /** A full batch as the reading hands it to the writing, with the reading's counts at that point. */
    private record Handed(InteractionBatch batch, long read, long rejected) {}

    /**
     * What the written batches stored: committed ones ({@link RejectPolicy#QUARANTINE}), or those of the file's
     * transaction ({@link RejectPolicy#REJECT_FILE}). Replaced only once a batch is written, so a batch whose
     * transaction fails leaves no count behind.
     */
    private record Stored(
            int batches,
            long added,
            long present,
            long changed,
            long contacts,
            long events,
            Optional<Instant> first,
            Optional<Instant> last) {

        static final Stored NONE = new Stored(0, 0, 0, 0, 0, 0, Optional.empty(), Optional.empty());

        Stored plus(InteractionRows.Written written, InteractionBatch batch) {
            return new Stored(
                    batches + 1,
                    added + written.added(),
                    present + written.present() + batch.repeatedSame(),
                    changed + written.changed() + batch.repeatedChanged(),
                    contacts + written.contactsAdded() + written.contactsChanged(),
                    events + written.eventsAdded() + written.eventsChanged(),
                    widen(first, written.first(), (a, b) -> a.isBefore(b) ? a : b),
                    widen(last, written.last(), (a, b) -> a.isAfter(b) ? a : b));
        }

        private static Optional<Instant> widen(
                Optional<Instant> known, Optional<Instant> next, BinaryOperator<Instant> pick) {
            return known.isEmpty() ? next : next.map(at -> pick.apply(known.get(), at)).or(() -> known);
        }
    }

    private final ImportRequest request;
    private final long loadId;
    private final Target target;
    private final StorableCheck check;
    private final int batchSize;
    private final Watch watch;
    private final List<InputProblem> listed = new ArrayList<>();

    private InteractionBatch batch = new InteractionBatch();
    private Consumer<Handed> writing = handed -> {
        throw new IllegalStateException("records arrive only through readAndWrite");
    };
    private Stored stored = Stored.NONE;
    private long read;
    private long rejected;
    private boolean refused;

    ImportRun(ImportRequest request, long loadId, Target target, StorableCheck check, int batchSize, Watch watch) {
        this.request = request;
        this.loadId = loadId;
        this.target = target;
        this.check = check;
        this.batchSize = batchSize;
        this.watch = watch;
    }

    @Override
    public void contact(Interaction contact, long line) {
        take(check.problem(contact, line), () -> batch.add(contact));
    }

    @Override
    public void agentEvent(AgentEvent event, long line) {
        take(check.problem(event, line), () -> batch.add(event));
    }

    /** Adds a record that can be stored to the batch, and rejects one that cannot. */
    private void take(Optional<InputProblem> problem, Runnable addToBatch) {
        if (problem.isPresent()) {
            rejected(problem.get());
        } else {
            addToBatch.run();
            afterRecord();
        }
    }

    @Override
    public void rejected(InputProblem problem) {
        batch.reject(problem);
        rejected++;
        if (listed.size() < ImportOutcome.MAX_LISTED_PROBLEMS) {
            listed.add(problem);
        }
        afterRecord();
    }

    private void afterRecord() {
        read++;
        if (batch.records() >= batchSize) {
            handOver();
        } else if (read % PROGRESS_EVERY == 0) {
            report();
        }
    }

    /**
     * Reads the input on a thread of its own while this thread writes the batches ({@link ReadAhead}); returns once
     * the last batch is written.
     *
     * @param reading reads the input into the sink it is given (this run)
     * @throws RuntimeException what the reading or the writing threw, once both have stopped
     */
    void readAndWrite(Consumer<InteractionSink> reading) {
        ReadAhead.<Handed>run("import-load-" + loadId, QUEUED_BATCHES, hand -> {
            writing = hand;
            reading.accept(this);
            handOver();
        }, this::write);
    }

    /** Hands the records read since the last batch to the writing, if there are any. */
    private void handOver() {
        if (batch.records() == 0) {
            return;
        }
        writing.accept(new Handed(batch, read, rejected));
        batch = new InteractionBatch();
        report();
    }

    /** Writes one batch, on the calling thread of {@link #readAndWrite}. */
    private void write(Handed handed) {
        var full = handed.batch();
        if (request.policy() == RejectPolicy.QUARANTINE) {
            stored = Objects.requireNonNull(target.batchTransaction().execute(status -> {
                var next = stored.plus(target.rows().write(full), full);
                target.ledger().reject(loadId, full.rejections(), QUARANTINED);
                target.ledger().progressed(loadId, counters(next, handed.read(), handed.rejected()));
                return next;
            }));
        } else {
            refused |= !full.rejections().isEmpty();
            if (!refused) {
                stored = stored.plus(target.rows().write(full), full);
            }
            target.separateTransaction().executeWithoutResult(status -> {
                target.ledger().reject(loadId, full.rejections(), REFUSED);
                target.ledger().heartbeat(loadId);
            });
        }
    }

    private void report() {
        watch.progress().progressed(watch.bytesRead().getAsLong(), watch.totalBytes(), read, rejected);
    }

    /** {@return whether a rejected line refuses the file ({@link RejectPolicy#REJECT_FILE})} */
    boolean refused() {
        return refused;
    }

    /** Forgets what the run wrote: its transaction was rolled back, nothing of it is stored. */
    void rolledBack() {
        stored = Stored.NONE;
    }

    /** {@return the counters as they stand; once {@link #readAndWrite} has returned or thrown} */
    LoadLedger.Counters counters() {
        return counters(stored, read, rejected);
    }

    private static LoadLedger.Counters counters(Stored state, long read, long rejected) {
        return new LoadLedger.Counters(
                state.batches(),
                new LoadCounts(read, state.added(), state.present(), state.changed(), rejected),
                state.contacts(),
                state.events(),
                state.first(),
                state.last());
    }

    /** {@return the event announcing what the run wrote, if it wrote anything} */
    Optional<InteractionsImported> imported() {
        if (stored.added() + stored.changed() == 0 || stored.first().isEmpty() || stored.last().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InteractionsImported(
                loadId, request.source(), stored.first().get(), stored.last().get(), stored.added(), stored.changed()));
    }

    /** {@return the outcome of the run with this status} */
    ImportOutcome outcome(LoadStatus status) {
        return new ImportOutcome(loadId, status, counters().counts(), listed);
    }

    /** {@return contacts added or changed} */
    long contactsWritten() {
        return stored.contacts();
    }

    /** {@return agent events added or changed} */
    long eventsWritten() {
        return stored.events();
    }
}
