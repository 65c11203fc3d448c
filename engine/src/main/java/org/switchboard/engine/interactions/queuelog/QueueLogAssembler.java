package org.switchboard.engine.interactions.queuelog;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Disposition;

/**
 * Turns {@link QueueLogLine}s into completed {@link QueueCall}s and {@link AgentStateChange}s. Single-use and not
 * thread-safe: one assembler per file, {@link #accept} every line, then {@link #finish}.
 *
 * <p>Lines pass through a reordering buffer keyed by time: a line is processed once a line at least
 * {@code reorderWindow} later has been seen, so lines written out of order by up to that window are processed in time
 * order. Within one second, call starts (DID, ENTERQUEUE) come first and call ends last, so a call with zero wait or
 * zero talk assembles whatever order the writer chose; other lines keep their file order.
 *
 * <p>A call is keyed by uniqueid and queue (Asterisk keeps the uniqueid when the dialplan sends a caller to a second
 * queue). Calls still open when the file ends are returned by {@link #finish} and passed to {@link #resume} for the
 * next file. The reordering buffer is drained at {@link #finish}, so lines out of order across a file boundary are
 * not reordered.
 */
public final class QueueLogAssembler {

    /**
     * How lines are assembled.
     *
     * @param shortAbandon an ABANDON after a wait of at most this is {@link Disposition#SHORT_ABANDON} (default 5 s)
     * @param reorderWindow how far out of time order lines may be (default 10 s)
     */
    public record Settings(Duration shortAbandon, Duration reorderWindow) {

        /**
         * Validates the settings.
         *
         * @throws IllegalArgumentException if either duration is negative
         */
        public Settings {
            requireArgument(!shortAbandon.isNegative(), "shortAbandon must not be negative: %s", shortAbandon);
            requireArgument(!reorderWindow.isNegative(), "reorderWindow must not be negative: %s", reorderWindow);
        }

        /** {@return short abandon within 5 s, reordering window 10 s} */
        public static Settings standard() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(10));
        }
    }

    /** A line in the reordering buffer, ordered by time, then {@link #rank}, then file order. */
    private record Buffered(long epoch, int rank, long sequence, QueueLogLine line) implements Comparable<Buffered> {

        @Override
        public int compareTo(Buffered other) {
            if (epoch != other.epoch) {
                return Long.compare(epoch, other.epoch);
            }
            if (rank != other.rank) {
                return Integer.compare(rank, other.rank);
            }
            return Long.compare(sequence, other.sequence);
        }
    }

    /** What identifies a call: its uniqueid and queue. */
    private record CallKey(String callId, String queue) {}

    /** Receives each completed call with the line that ended it. */
    @FunctionalInterface
    interface CallEnds {
        /**
         * Takes a completed call.
         *
         * @param call the call
         * @param endLine the line that ended it
         */
        void ended(QueueCall call, QueueLogLine endLine);
    }

    private final Settings settings;
    private final CallEnds calls;
    private final Consumer<AgentStateChange> agentChanges;
    private final PriorityQueue<Buffered> buffer = new PriorityQueue<>();
    private final Map<CallKey, OpenCall> open = new HashMap<>();
    private final Map<String, String> dids = new HashMap<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private long sequence;
    private long latestEpoch = Long.MIN_VALUE;
    private boolean finished;

    /**
     * Creates an assembler with no open calls.
     *
     * @param settings the settings
     * @param calls receives each call as it completes, in time order
     * @param agentChanges receives each member state change, in time order
     */
    public QueueLogAssembler(
            Settings settings, Consumer<QueueCall> calls, Consumer<AgentStateChange> agentChanges) {
        this(settings, (call, endLine) -> calls.accept(call), agentChanges);
    }

    private QueueLogAssembler(Settings settings, CallEnds calls, Consumer<AgentStateChange> agentChanges) {
        this.settings = settings;
        this.calls = calls;
        this.agentChanges = agentChanges;
    }

    /**
     * Creates an assembler for the next file, continuing the calls an earlier file left open.
     *
     * @param settings the settings
     * @param openCalls what {@link #finish} returned for the previous file
     * @param calls receives each call as it completes
     * @param agentChanges receives each member state change
     * @return the assembler
     */
    public static QueueLogAssembler resume(
            Settings settings,
            List<OpenCall> openCalls,
            Consumer<QueueCall> calls,
            Consumer<AgentStateChange> agentChanges) {
        return resumeWithEndLines(settings, openCalls, (call, endLine) -> calls.accept(call), agentChanges);
    }

    /**
     * Creates an assembler for the next file that also tells which line ended each call (for {@link QueueLogReader}).
     *
     * @param settings the settings
     * @param openCalls what {@link #finish} returned for the previous file
     * @param calls receives each call as it completes, with its end line
     * @param agentChanges receives each member state change
     * @return the assembler
     */
    static QueueLogAssembler resumeWithEndLines(
            Settings settings, List<OpenCall> openCalls, CallEnds calls, Consumer<AgentStateChange> agentChanges) {
        var assembler = new QueueLogAssembler(settings, calls, agentChanges);
        assembler.carry(openCalls);
        return assembler;
    }

    /**
     * Continues calls an earlier file (or import) left open, as {@link #resume} does; call it before the lines of
     * those calls are processed, that is before or at the first line.
     *
     * @param openCalls calls open before the lines this assembler takes; one already open here is replaced
     * @throws IllegalStateException after {@link #finish}
     */
    public void carry(List<OpenCall> openCalls) {
        requireNotFinished();
        for (var call : openCalls) {
            open.put(new CallKey(call.callId(), call.queue()), call);
        }
    }

    /**
     * Takes the next line of the file.
     *
     * @param line the line
     * @throws IllegalStateException after {@link #finish}
     */
    public void accept(QueueLogLine line) {
        requireNotFinished();
        long epoch = line.time().getEpochSecond();
        buffer.add(new Buffered(epoch, rank(line.verb()), sequence++, line));
        latestEpoch = Math.max(latestEpoch, epoch);
        long releaseBefore = latestEpoch - settings.reorderWindow().toSeconds();
        while (!buffer.isEmpty() && buffer.peek().epoch() < releaseBefore) {
            process(buffer.poll().line());
        }
    }

    /**
     * Processes the lines still buffered and ends this assembler.
     *
     * @return the calls still open, by arrival: pass them to {@link #resume} for the next file
     * @throws IllegalStateException if called twice
     */
    public List<OpenCall> finish() {
        requireNotFinished();
        while (!buffer.isEmpty()) {
            process(buffer.poll().line());
        }
        finished = true;
        return open.values().stream()
                .sorted(Comparator.comparing(OpenCall::arrival).thenComparing(OpenCall::callId))
                .toList();
    }

    /** {@return the problems found so far: call lines without their call, duplicate entries, members without name} */
    public List<ParseProblem> problems() {
        return List.copyOf(problems);
    }

    private void requireNotFinished() {
        if (finished) {
            throw new IllegalStateException("assembler already finished");
        }
    }

    private static int rank(QueueLogVerb verb) {
        return switch (verb) {
            case DID, ENTERQUEUE -> 0;
            default -> verb.endsCall() ? 2 : 1;
        };
    }

    private static CallKey key(QueueLogLine line) {
        return new CallKey(line.callId(), line.queue());
    }

    private void process(QueueLogLine line) {
        switch (line.verb()) {
            case DID -> line.dataField(0).ifPresent(did -> dids.put(line.callId(), did));
            case ENTERQUEUE -> enter(line);
            case CONNECT -> connect(line);
            case COMPLETECALLER, COMPLETEAGENT, TRANSFER, BLINDTRANSFER, ATTENDEDTRANSFER, ABANDON,
                    EXITWITHTIMEOUT, EXITWITHKEY, EXITEMPTY -> end(line);
            case ADDMEMBER, AGENTLOGIN, AGENTCALLBACKLOGIN -> member(line, AgentState.LOGIN);
            case REMOVEMEMBER, AGENTLOGOFF, AGENTCALLBACKLOGOFF -> member(line, AgentState.LOGOUT);
            case PAUSE, PAUSEALL -> member(line, AgentState.PAUSE);
            case UNPAUSE, UNPAUSEALL -> member(line, AgentState.READY);
            case RINGNOANSWER, RINGCANCELED, QUEUESTART, CONFIGRELOAD, SYSCOMPAT, INFO -> {
                // No effect on the call's record or the member's state.
            }
        }
    }

    private void enter(QueueLogLine line) {
        var key = key(line);
        if (open.containsKey(key)) {
            problem(line, QueueLogField.CALL_ID, line.callId(), ParseProblem.Reason.DUPLICATE_CALL);
            return;
        }
        open.put(
                key,
                new OpenCall(
                        line.callId(),
                        line.queue(),
                        line.time(),
                        Optional.empty(),
                        Optional.empty(),
                        line.callerId(),
                        Optional.ofNullable(dids.get(line.callId())),
                        line.file(),
                        line.line()));
    }

    private void connect(QueueLogLine line) {
        var key = key(line);
        var call = open.get(key);
        if (call == null) {
            problem(line, QueueLogField.CALL_ID, line.callId(), ParseProblem.Reason.CALL_NOT_OPEN);
            return;
        }
        open.put(
                key,
                new OpenCall(
                        call.callId(),
                        call.queue(),
                        call.arrival(),
                        Optional.of(line.time()),
                        Optional.of(line.agent()),
                        call.callerId(),
                        call.did(),
                        call.file(),
                        call.line()));
    }

    private void end(QueueLogLine line) {
        var call = open.remove(key(line));
        if (call == null) {
            problem(line, QueueLogField.CALL_ID, line.callId(), ParseProblem.Reason.CALL_NOT_OPEN);
            return;
        }
        var disposition = disposition(line, call);
        if (disposition != Disposition.TRANSFERRED) {
            // A transferred caller may enter another queue under the same uniqueid and keep its DID.
            dids.remove(line.callId());
        }
        var answered = disposition.isAnswered();
        var answer = answered ? Optional.of(answerOf(line, call)) : Optional.<Instant>empty();
        var agent = answered ? Optional.of(call.agent().orElse(line.agent())) : Optional.<String>empty();
        calls.ended(new QueueCall(
                call.callId(),
                call.queue(),
                call.arrival(),
                answer,
                line.time(),
                agent,
                disposition,
                line.verb(),
                call.callerId(),
                call.did()),
                line);
    }

    private Disposition disposition(QueueLogLine line, OpenCall call) {
        return switch (line.verb()) {
            case COMPLETECALLER, COMPLETEAGENT -> Disposition.ANSWERED;
            case TRANSFER, BLINDTRANSFER, ATTENDEDTRANSFER -> Disposition.TRANSFERRED;
            case ABANDON ->
                Duration.between(call.arrival(), line.time()).compareTo(settings.shortAbandon()) <= 0
                        ? Disposition.SHORT_ABANDON
                        : Disposition.ABANDONED;
            default -> Disposition.OVERFLOWED;
        };
    }

    /**
     * The CONNECT second; without a CONNECT line (lost or filtered out), the end minus the call time the end line
     * reports, never before the arrival.
     */
    private static Instant answerOf(QueueLogLine line, OpenCall call) {
        if (call.answer().isPresent()) {
            return call.answer().get();
        }
        int callTimeIndex = switch (line.verb()) {
            case COMPLETECALLER, COMPLETEAGENT -> 1;
            case ATTENDEDTRANSFER -> line.dataField(0).filter("LINK"::equals).isPresent() ? 4 : 3;
            default -> 3;
        };
        var talk = line.number(callTimeIndex).orElse(0);
        var answer = line.time().minusSeconds(talk);
        return answer.isBefore(call.arrival()) ? call.arrival() : answer;
    }

    private void member(QueueLogLine line, AgentState state) {
        var agent = line.agentName();
        if (agent.isEmpty()) {
            problem(line, QueueLogField.AGENT, line.agent(), ParseProblem.Reason.MISSING_VALUE);
            return;
        }
        var reason = state == AgentState.PAUSE || state == AgentState.READY ? line.dataField(0) : Optional.<String>empty();
        agentChanges.accept(new AgentStateChange(
                line.time(), agent.get(), line.queueName(), state, reason, line.verb(), line.line()));
        if (line.verb() == QueueLogVerb.ADDMEMBER && line.dataField(0).filter("PAUSED"::equals).isPresent()) {
            agentChanges.accept(new AgentStateChange(
                    line.time(), agent.get(), line.queueName(), AgentState.PAUSE, Optional.of("PAUSED"),
                    line.verb(), line.line()));
        }
    }

    private void problem(QueueLogLine line, QueueLogField field, String value, ParseProblem.Reason reason) {
        problems.add(new ParseProblem(line.file(), line.line(), field, value, reason));
    }
}
