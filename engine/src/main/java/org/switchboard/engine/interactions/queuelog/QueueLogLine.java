package org.switchboard.engine.interactions.queuelog;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One well-formed {@code queue_log} line: {@code epoch|callid|queue|agent|event|data1|data2|…}.
 *
 * @param file the file it was read from
 * @param line the 1-based line number in that file
 * @param time the epoch second, as an instant
 * @param callId the caller channel's uniqueid, or {@code NONE}, {@code MANAGER}, {@code REALTIME}, {@code CLI}
 * @param queue the queue name, {@code NONE} for global events
 * @param agent the member interface or agent ({@code PJSIP/201}, {@code Agent/1127}), {@code NONE} for caller events
 * @param verb the event
 * @param data the data fields as written, possibly empty strings
 */
public record QueueLogLine(
        String file,
        long line,
        Instant time,
        String callId,
        String queue,
        String agent,
        QueueLogVerb verb,
        List<String> data) {

    /** The placeholder Asterisk writes for an absent call id, queue or agent. */
    public static final String NONE = "NONE";

    /**
     * Validates the line and copies the data.
     *
     * @throws IllegalArgumentException if {@code line} is not positive
     */
    public QueueLogLine {
        requireArgument(line > 0, "line must be positive: line=%d", line);
        data = List.copyOf(data);
    }

    /**
     * {@return the data field at a 0-based index, empty when the line has fewer fields or the field is blank}
     *
     * @param index 0-based index into {@link #data()}
     */
    public Optional<String> dataField(int index) {
        return index < data.size() && !data.get(index).isBlank() ? Optional.of(data.get(index)) : Optional.empty();
    }

    /**
     * {@return the data field at a 0-based index as a whole number, empty when absent; the parser has checked that
     * the numeric fields of the verb hold numbers}
     *
     * @param index 0-based index into {@link #data()}
     */
    public OptionalLong number(int index) {
        var text = dataField(index);
        return text.isPresent() ? OptionalLong.of(Long.parseLong(text.get().strip())) : OptionalLong.empty();
    }

    /** {@return the agent, empty when {@code NONE} or blank} */
    public Optional<String> agentName() {
        return agent.isBlank() || agent.equals(NONE) ? Optional.empty() : Optional.of(agent);
    }

    /** {@return the queue, empty when {@code NONE} or blank} */
    public Optional<String> queueName() {
        return queue.isBlank() || queue.equals(NONE) ? Optional.empty() : Optional.of(queue);
    }

    /**
     * {@return the caller id number of an ENTERQUEUE line (data 2), empty for other verbs or when not written}
     */
    public Optional<String> callerId() {
        return verb == QueueLogVerb.ENTERQUEUE ? dataField(1) : Optional.empty();
    }
}
