package org.switchboard.engine.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;

/**
 * One contact offered to one queue, as an importer read it from a source system: a call, chat, e-mail, messenger
 * conversation, video call or text message. All instants are UTC; absent values are {@link Optional#empty()}.
 *
 * <p>The lifecycle: the contact arrives and waits; if an agent takes it, {@code answeredAt} and {@code agentId} are
 * present and it ends when the talk ends ({@code endedAt}), followed by after-contact work until {@code wrapEndedAt}
 * when the source records it. If the customer gives up first it ends at the abandon with no answer and no agent. A
 * transfer ends the contact in its queue ({@link Disposition#TRANSFERRED}); the target queue sees a contact of its own.
 * Whether an abandon is short is decided by each queue's threshold when metrics are computed, so importers write
 * {@link Disposition#ABANDONED} or {@link Disposition#SHORT_ABANDON} as the source says and both count as abandons.
 *
 * @param sourceId the id in the source system, unique within the source (the natural key with the source's name)
 * @param channel the channel
 * @param queue the queue (skill, service) it was offered to
 * @param direction inbound or outbound
 * @param customer the customer's phone number or address as the source wrote it: the key for repeat contacts and FCR
 *     (stored hashed; the raw value only for roles that may see it)
 * @param arrivedAt when it entered the queue
 * @param answeredAt when an agent took it, for answered and transferred contacts
 * @param endedAt when the talk ended, or when it left the queue unanswered
 * @param wrapEndedAt when the agent's after-contact work ended, if recorded
 * @param agentId the agent who took it, for answered and transferred contacts
 * @param disposition how it left the queue
 * @param reasonCode the contact reason (wrap-up code), if recorded
 * @param sale whether it ended with a sale, when the source says (empty: not sales-eligible or unknown)
 * @param revenue the value of the sale in the centre's currency, if recorded
 */
public record Interaction(
        String sourceId,
        Channel channel,
        String queue,
        Direction direction,
        Optional<String> customer,
        Instant arrivedAt,
        Optional<Instant> answeredAt,
        Instant endedAt,
        Optional<Instant> wrapEndedAt,
        Optional<String> agentId,
        Disposition disposition,
        Optional<String> reasonCode,
        Optional<Boolean> sale,
        Optional<BigDecimal> revenue) {

    /**
     * Validates the contact's lifecycle.
     *
     * @throws IllegalArgumentException if the id or queue is blank; an answer, an agent and an answered disposition
     *     are not present together; the instants run backwards; there is wrap-up or revenue without an answer; or the
     *     revenue is negative
     */
    public Interaction {
        requireArgument(!sourceId.isBlank(), "contact id must not be blank");
        requireArgument(!queue.isBlank(), "queue must not be blank: id=%s", sourceId);
        boolean answered = disposition.isAnswered();
        requireArgument(
                answeredAt.isPresent() == answered && agentId.isPresent() == answered,
                "answer time and agent are present exactly for answered contacts: id=%s, disposition=%s",
                sourceId,
                disposition);
        var leftQueueAt = answeredAt.orElse(endedAt);
        requireArgument(
                !leftQueueAt.isBefore(arrivedAt) && !endedAt.isBefore(leftQueueAt),
                "arrival <= answer <= end: id=%s, arrival=%s, answer=%s, end=%s",
                sourceId,
                arrivedAt,
                answeredAt,
                endedAt);
        requireArgument(
                wrapEndedAt.map(wrapEnd -> answered && !wrapEnd.isBefore(endedAt)).orElse(true),
                "wrap-up follows the end of an answered contact: id=%s, end=%s, wrap-up end=%s",
                sourceId,
                endedAt,
                wrapEndedAt);
        requireArgument(
                revenue.map(amount -> answered && amount.signum() >= 0).orElse(true),
                "revenue needs an answer and must not be negative: id=%s, revenue=%s",
                sourceId,
                revenue);
    }

    /** {@return how long the customer waited in the queue: until the answer, or until leaving unanswered} */
    public Duration waitTime() {
        return Duration.between(arrivedAt, answeredAt.orElse(endedAt));
    }

    /** {@return the talk (or chat) time, answer to end, for answered contacts} */
    public Optional<Duration> talkTime() {
        return answeredAt.map(answer -> Duration.between(answer, endedAt));
    }

    /** {@return the after-contact work time, for answered contacts whose source records it} */
    public Optional<Duration> wrapTime() {
        return wrapEndedAt.map(wrapEnd -> Duration.between(endedAt, wrapEnd));
    }
}
