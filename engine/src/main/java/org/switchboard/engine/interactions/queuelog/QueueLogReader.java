package org.switchboard.engine.interactions.queuelog;

import static org.switchboard.engine.core.Checks.requireState;

import java.io.Reader;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.InteractionSink;

/**
 * Reads one or more Asterisk {@code queue_log} files, in order, into an {@link InteractionSink}: every assembled
 * {@link QueueCall} becomes an {@link Interaction}, every {@link AgentStateChange} an {@link AgentEvent} and every
 * {@link ParseProblem} an {@link InputProblem}. Single-use and not thread-safe.
 *
 * <p>Streaming: each file is read line by line through {@link QueueLogParser} and {@link QueueLogAssembler}; what is
 * held is the assembler's open calls and reordering buffer, and the problems of the file being read (the parser
 * collects them; they are handed to the sink, in line order, when the file ends, after the file's contacts and agent
 * events).
 *
 * <p>Several files (a rotated {@code queue_log.2}, {@code queue_log.1}, {@code queue_log}) are read oldest first with
 * one {@link #read} call each: calls still open when a file ends are carried into the next ({@link
 * QueueLogAssembler#resume}). {@link #finish} ends the run and reports each call still open after the last file as
 * one problem at its ENTERQUEUE line, reason {@value #STILL_WAITING} — a call that is still waiting is not a contact
 * yet and must not be lost silently; the next import (with the following file) will see it whole.
 *
 * <p>The mapping:
 * <ul>
 *   <li>contact: id = the caller channel's uniqueid; channel {@link Channel#VOICE}, direction
 *       {@link Direction#INBOUND}; customer = the caller id of ENTERQUEUE when written; arrival, answer, end, agent
 *       (the member interface, e.g. {@code PJSIP/201}) and disposition as assembled; no wrap-up, reason code, sale
 *       or revenue (the {@code queue_log} records none). A caller whom the dialplan sends on to a second queue
 *       under the same uniqueid yields a second contact with the same id and the other queue, so a store's natural
 *       key for {@code queue_log} contacts is (source, id, queue). The line passed with a contact is the line that
 *       ended the call.</li>
 *   <li>agent event: the member, the time, the state; the reason is kept for PAUSE (PAUSE, PAUSEALL, ADDMEMBER
 *       paused) and dropped for READY (an unpause reason has no place in {@link AgentEvent}); no contact id.</li>
 *   <li>problem: the file and line; the field is the lower-case {@link QueueLogField} name ({@code line},
 *       {@code time}, {@code call_id}, {@code queue}, {@code agent}, {@code verb}, {@code data}); the reason is
 *       {@link ParseProblem.Reason#description()}.</li>
 * </ul>
 *
 * {@snippet :
 * var reader = new QueueLogReader(QueueLogAssembler.Settings.standard(), sink);
 * reader.read("queue_log.1", older);
 * reader.read("queue_log", newer);
 * int stillWaiting = reader.finish();
 * }
 */
public final class QueueLogReader {

    /** The reason of the problem reported for a call still open after the last file. */
    public static final String STILL_WAITING = "call still waiting when the last file ends";

    private final QueueLogAssembler.Settings settings;
    private final InteractionSink sink;
    private List<OpenCall> open = List.of();
    /**
     * The line numbers of the call-ending lines passed to the assembler and not yet turned into calls, keyed by what
     * identifies the call they end (call, queue, second, verb): the assembler emits a call while processing its end
     * line, which may sit in the reordering buffer for a few lines.
     */
    private final Map<EndKey, ArrayDeque<Long>> endLines = new HashMap<>();

    private boolean finished;

    private record EndKey(String callId, String queue, Instant at, QueueLogVerb verb) {}

    /**
     * Creates a reader with no open calls.
     *
     * @param settings how calls are assembled (short-abandon threshold, reordering window)
     * @param sink receives the contacts, agent events and problems
     */
    public QueueLogReader(QueueLogAssembler.Settings settings, InteractionSink sink) {
        this.settings = settings;
        this.sink = sink;
    }

    /**
     * Reads one file to its end (does not close it), continuing the calls the previous files left open.
     *
     * @param file the file name, reported with every problem
     * @param in the text of the file
     * @throws IllegalStateException after {@link #finish}
     */
    public void read(String file, Reader in) {
        requireState(!finished, "reader already finished: file=%s", file);
        var parser = new QueueLogParser(file);
        var assembler = QueueLogAssembler.resume(settings, open, this::call, this::agentChange);
        parser.parse(in, line -> {
            if (line.verb().endsCall()) {
                endLines.computeIfAbsent(endKey(line), key -> new ArrayDeque<>(1)).add(line.line());
            }
            assembler.accept(line);
        });
        open = assembler.finish();
        // End lines of calls that were never open were reported by the assembler; their numbers are not needed.
        endLines.clear();
        var problems = new ArrayList<ParseProblem>(parser.problems());
        problems.addAll(assembler.problems());
        problems.sort(Comparator.comparingLong(ParseProblem::line));
        problems.forEach(problem -> sink.rejected(new InputProblem(
                problem.file(),
                problem.line(),
                fieldName(problem.field()),
                problem.value(),
                problem.reason().description())));
    }

    /**
     * Ends the run: reports each call still open after the last file as a problem ({@value #STILL_WAITING}) at its
     * ENTERQUEUE line, field {@code call_id}, value the uniqueid.
     *
     * @return the number of calls still open, each reported
     * @throws IllegalStateException if called twice
     */
    public int finish() {
        requireState(!finished, "reader already finished");
        finished = true;
        for (var call : open) {
            sink.rejected(new InputProblem(
                    call.file(), call.line(), fieldName(QueueLogField.CALL_ID), call.callId(), STILL_WAITING));
        }
        return open.size();
    }

    /**
     * {@return the name a problem gives to a part of the line: the constant's name in lower case}
     *
     * @param field the part of the line
     */
    public static String fieldName(QueueLogField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private static EndKey endKey(QueueLogLine line) {
        return new EndKey(line.callId(), line.queue(), line.time(), line.verb());
    }

    private void call(QueueCall call) {
        var key = new EndKey(call.callId(), call.queue(), call.end(), call.endVerb());
        var lines = endLines.get(key);
        long line = lines.poll();
        if (lines.isEmpty()) {
            endLines.remove(key);
        }
        sink.contact(
                new Interaction(
                        call.callId(),
                        Channel.VOICE,
                        call.queue(),
                        Direction.INBOUND,
                        call.callerId(),
                        call.arrival(),
                        call.answer(),
                        call.end(),
                        Optional.empty(),
                        call.agent(),
                        call.disposition(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                line);
    }

    private void agentChange(AgentStateChange change) {
        var reason = change.state() == AgentState.PAUSE ? change.reason() : Optional.<String>empty();
        sink.agentEvent(
                new AgentEvent(change.agent(), change.at(), change.state(), reason, Optional.empty()), change.line());
    }
}
