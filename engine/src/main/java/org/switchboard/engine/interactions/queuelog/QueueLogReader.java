package org.switchboard.engine.interactions.queuelog;

import static org.switchboard.engine.core.Checks.requireArgument;
import static org.switchboard.engine.core.Checks.requireState;

import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * <p>Across imports: a reader created with {@link EarlierCalls} continues the calls an earlier import left open (it
 * asks for them at its first line), and {@link #finishOpen} ends the run handing the calls still open back instead of
 * reporting them, for the next import to continue; only those waiting longer than a limit are reported
 * ({@link #neverEnded}).
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

    /** The epoch of "no line read yet". */
    private static final long NO_LINE = Long.MIN_VALUE;

    private final QueueLogAssembler.Settings settings;
    private final InteractionSink sink;
    private final EarlierCalls earlier;
    private List<OpenCall> open = List.of();
    private long firstEpoch = NO_LINE;
    private long newestEpoch = NO_LINE;
    private boolean finished;

    /**
     * Creates a reader with no open calls.
     *
     * @param settings how calls are assembled (short-abandon threshold, reordering window)
     * @param sink receives the contacts, agent events and problems
     */
    public QueueLogReader(QueueLogAssembler.Settings settings, InteractionSink sink) {
        this(settings, sink, EarlierCalls.NONE);
    }

    /**
     * Creates a reader that continues the calls an earlier import left open.
     *
     * @param settings how calls are assembled (short-abandon threshold, reordering window)
     * @param sink receives the contacts, agent events and problems
     * @param earlier asked once, at the first line read, for the calls open before it
     */
    public QueueLogReader(QueueLogAssembler.Settings settings, InteractionSink sink, EarlierCalls earlier) {
        this.settings = settings;
        this.sink = sink;
        this.earlier = earlier;
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
        var assembler = QueueLogAssembler.resumeWithEndLines(settings, open, this::call, this::agentChange);
        parser.parse(in, line -> {
            long epoch = line.time().getEpochSecond();
            if (newestEpoch == NO_LINE) {
                firstEpoch = epoch;
                newestEpoch = epoch;
                assembler.carry(earlier.openBefore(line.time()));
            } else if (epoch > newestEpoch) {
                newestEpoch = epoch;
            }
            assembler.accept(line);
        });
        open = assembler.finish();
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
     * Ends the run and hands back the calls still open, for the next import to continue ({@link EarlierCalls}),
     * instead of reporting them. A call that arrived more than {@code giveUpAfter} before the newest line read is not
     * handed back but reported as a problem at its ENTERQUEUE line, field {@code call_id}, value the uniqueid, reason
     * {@link #neverEnded}: its end line is lost (a crash, a missing file), and waiting for it forever would keep it
     * out of every report.
     *
     * @param giveUpAfter how long after its arrival, measured against the newest line read, a call may stay open
     * @return where the run stopped; empty when no line was read (nothing to hand back: earlier calls were not asked
     *     for)
     * @throws IllegalArgumentException if {@code giveUpAfter} is negative
     * @throws IllegalStateException if the reader is finished
     */
    public Optional<QueueLogEnd> finishOpen(Duration giveUpAfter) {
        requireArgument(!giveUpAfter.isNegative(), "giveUpAfter must not be negative: %s", giveUpAfter);
        requireState(!finished, "reader already finished");
        finished = true;
        if (newestEpoch == NO_LINE) {
            return Optional.empty();
        }
        var newest = Instant.ofEpochSecond(newestEpoch);
        var giveUpBefore = newest.minus(giveUpAfter);
        var kept = new ArrayList<OpenCall>(open.size());
        for (var call : open) {
            if (call.arrival().isBefore(giveUpBefore)) {
                sink.rejected(new InputProblem(call.file(), call.line(), fieldName(QueueLogField.CALL_ID),
                        call.callId(), neverEnded(giveUpAfter)));
            } else {
                kept.add(call);
            }
        }
        return Optional.of(new QueueLogEnd(Instant.ofEpochSecond(firstEpoch), newest, kept));
    }

    /**
     * {@return the reason reported by {@link #finishOpen} for a call open longer than the limit, e.g. {@code call
     * never ended: still waiting 24 h after it entered the queue}}
     *
     * @param giveUpAfter the limit; in hours when whole hours, else in seconds
     */
    public static String neverEnded(Duration giveUpAfter) {
        var limit = giveUpAfter.toSecondsPart() == 0 && giveUpAfter.toMinutesPart() == 0
                ? giveUpAfter.toHours() + " h"
                : giveUpAfter.toSeconds() + " s";
        return "call never ended: still waiting " + limit + " after it entered the queue";
    }

    /**
     * {@return the name a problem gives to a part of the line: the constant's name in lower case}
     *
     * @param field the part of the line
     */
    public static String fieldName(QueueLogField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private void call(QueueCall call, QueueLogLine endLine) {
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
                endLine.line());
    }

    private void agentChange(AgentStateChange change) {
        var reason = change.state() == AgentState.PAUSE ? change.reason() : Optional.<String>empty();
        sink.agentEvent(
                new AgentEvent(change.agent(), change.at(), change.state(), reason, Optional.empty()), change.line());
    }
}
