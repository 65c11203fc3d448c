package org.switchboard.engine.interactions.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;

/** Short-hand contacts for the fact tests: voice, inbound, times in seconds from an instant. */
final class Contacts {

    private Contacts() {}

    /** An answered (or transferred) contact with the given wait, talk and optional wrap-up, in seconds. */
    static Interaction answered(
            String id,
            String queue,
            String agent,
            Optional<String> customer,
            Instant arrival,
            long waitSeconds,
            long talkSeconds,
            Optional<Long> wrapSeconds,
            Disposition disposition,
            Optional<Boolean> sale,
            Optional<BigDecimal> revenue) {
        var answer = arrival.plusSeconds(waitSeconds);
        var end = answer.plusSeconds(talkSeconds);
        return new Interaction(
                id,
                Channel.VOICE,
                queue,
                Direction.INBOUND,
                customer,
                arrival,
                Optional.of(answer),
                end,
                wrapSeconds.map(end::plusSeconds),
                Optional.of(agent),
                disposition,
                Optional.empty(),
                sale,
                revenue);
    }

    /** An answered contact without wrap-up, sale or revenue. */
    static Interaction answered(String id, String queue, String agent, String customer, Instant arrival, long wait) {
        return answered(
                id,
                queue,
                agent,
                Optional.of(customer),
                arrival,
                wait,
                60,
                Optional.empty(),
                Disposition.ANSWERED,
                Optional.empty(),
                Optional.empty());
    }

    /** A contact that left unanswered (abandoned, short abandon or overflowed) after {@code waitMillis}. */
    static Interaction unanswered(
            String id, String queue, Optional<String> customer, Instant arrival, long waitMillis, Disposition how) {
        return new Interaction(
                id,
                Channel.VOICE,
                queue,
                Direction.INBOUND,
                customer,
                arrival,
                Optional.empty(),
                arrival.plusMillis(waitMillis),
                Optional.empty(),
                Optional.empty(),
                how,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The same contact with a reason code. */
    static Interaction withReason(Interaction contact, String reason) {
        return new Interaction(
                contact.sourceId(),
                contact.channel(),
                contact.queue(),
                contact.direction(),
                contact.customer(),
                contact.arrivedAt(),
                contact.answeredAt(),
                contact.endedAt(),
                contact.wrapEndedAt(),
                contact.agentId(),
                contact.disposition(),
                Optional.of(reason),
                contact.sale(),
                contact.revenue());
    }
}
