package org.switchboard.server.interactions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.InteractionSink;
import org.switchboard.engine.interactions.queuelog.EarlierCalls;
import org.switchboard.engine.interactions.queuelog.OpenCall;
import org.switchboard.engine.interactions.queuelog.QueueLogEnd;
import org.switchboard.engine.interactions.queuelog.QueueLogField;
import org.switchboard.engine.interactions.queuelog.QueueLogReader;

/**
 * The open calls one queue_log import continues and leaves behind ({@link OpenCallStore}): the reader asks it for the
 * calls open before its first line, the end of the reading hands it the calls still open, and the completed load
 * saves them. Single-use, like the import.
 */
final class QueueLogCarry implements EarlierCalls {

    private static final int ID_LENGTH = 128;
    private static final int NAME_LENGTH = 64;
    private static final int NUMBER_LENGTH = 254;

    private final OpenCallStore store;
    private final String source;
    private final Duration giveUpAfter;
    private Optional<QueueLogEnd> end = Optional.empty();

    QueueLogCarry(OpenCallStore store, String source, Duration giveUpAfter) {
        this.store = store;
        this.source = source;
        this.giveUpAfter = giveUpAfter;
    }

    @Override
    public List<OpenCall> openBefore(Instant firstLine) {
        return store.openBefore(source, firstLine);
    }

    /**
     * Ends the reading: keeps the calls still open for {@link #save}, and reports to the sink those open longer than
     * the limit ({@link QueueLogReader#finishOpen}) and those whose values do not fit the columns of a contact (it
     * could never be stored).
     *
     * @param reader the reader, all files read
     * @param sink receives the problems
     */
    void finish(QueueLogReader reader, InteractionSink sink) {
        end = reader.finishOpen(giveUpAfter).map(reached -> {
            var kept = new ArrayList<OpenCall>(reached.open().size());
            for (var call : reached.open()) {
                tooLong(call).ifPresentOrElse(sink::rejected, () -> kept.add(call));
            }
            return new QueueLogEnd(reached.firstLine(), reached.newestLine(), kept);
        });
    }

    /**
     * Saves where the reading stopped and the calls it left open, if it read a line; in the transaction that
     * completes the load.
     *
     * @param loadId the load
     */
    void save(long loadId) {
        end.ifPresent(reached -> store.save(source, loadId, reached));
    }

    private static Optional<InputProblem> tooLong(OpenCall call) {
        return tooLong(call, QueueLogField.CALL_ID, Optional.of(call.callId()), ID_LENGTH)
                .or(() -> tooLong(call, QueueLogField.QUEUE, Optional.of(call.queue()), NAME_LENGTH))
                .or(() -> tooLong(call, QueueLogField.AGENT, call.agent(), NAME_LENGTH))
                .or(() -> tooLong(call, QueueLogField.DATA, call.callerId(), NUMBER_LENGTH))
                .or(() -> tooLong(call, QueueLogField.DATA, call.did(), NUMBER_LENGTH));
    }

    private static Optional<InputProblem> tooLong(OpenCall call, QueueLogField field, Optional<String> value, int limit) {
        return value.filter(text -> text.length() > limit)
                .map(text -> new InputProblem(call.file(), call.line(), QueueLogReader.fieldName(field), text,
                        "longer than " + limit + " characters"));
    }
}
