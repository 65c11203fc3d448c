package org.switchboard.engine.interactions.queuelog;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.Disposition;

/**
 * One call's completed stay in one queue, assembled from its {@code queue_log} lines. A call that Asterisk sends to
 * another queue enters that queue as a further {@code QueueCall} (same or new uniqueid).
 *
 * @param callId the caller channel's uniqueid
 * @param queue the queue
 * @param arrival the ENTERQUEUE second
 * @param answer the CONNECT second, for answered and transferred calls
 * @param end the second the call left the queue: the COMPLETE*, transfer, ABANDON or EXIT* line
 * @param agent the member who answered, for answered and transferred calls
 * @param disposition how it left: {@link Disposition#ANSWERED} (COMPLETECALLER/COMPLETEAGENT),
 *     {@link Disposition#TRANSFERRED} (TRANSFER, BLINDTRANSFER, ATTENDEDTRANSFER), {@link Disposition#ABANDONED} or
 *     {@link Disposition#SHORT_ABANDON} (ABANDON, by the short-abandon threshold), {@link Disposition#OVERFLOWED}
 *     (EXITWITHTIMEOUT, EXITEMPTY, EXITWITHKEY)
 * @param endVerb the verb of the line that ended it
 * @param callerId the caller id number from ENTERQUEUE, if written
 * @param did the dialled number from a DID line of the same call, if written
 */
public record QueueCall(
        String callId,
        String queue,
        Instant arrival,
        Optional<Instant> answer,
        Instant end,
        Optional<String> agent,
        Disposition disposition,
        QueueLogVerb endVerb,
        Optional<String> callerId,
        Optional<String> did) {

    /**
     * Validates the call.
     *
     * @throws IllegalArgumentException if answer and agent are not present exactly for answered dispositions, or if
     *     arrival ≤ answer ≤ end does not hold
     */
    public QueueCall {
        requireArgument(
                answer.isPresent() == disposition.isAnswered() && agent.isPresent() == disposition.isAnswered(),
                "answer and agent are present exactly for answered calls: callId=%s, disposition=%s",
                callId,
                disposition);
        var left = answer.orElse(end);
        requireArgument(
                !left.isBefore(arrival) && !end.isBefore(left),
                "arrival <= answer <= end: callId=%s, arrival=%s, answer=%s, end=%s",
                callId,
                arrival,
                answer,
                end);
    }

    /** {@return the hold (wait) time in the queue: arrival to answer, or to the end when not answered} */
    public Duration holdTime() {
        return Duration.between(arrival, answer.orElse(end));
    }

    /** {@return the talk time, answer to end, for answered calls} */
    public Optional<Duration> talkTime() {
        return answer.map(at -> Duration.between(at, end));
    }
}
