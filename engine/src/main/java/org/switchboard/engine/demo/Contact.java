package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;

/**
 * One contact offered to one queue: a call, or a chat. All instants are whole seconds.
 *
 * <p>Absent values are {@link Optional#empty()}, never null. The lifecycle: the contact arrives ({@code arrivedAt})
 * and waits; if an agent takes it, {@code answeredAt} and {@code agentId} are present and it ends when the talk or
 * chat ends ({@code endedAt}), followed by wrap-up until {@code wrapUpEndedAt} on voice; if the customer gives up
 * first, it ends at the abandon ({@code endedAt}) with no answer and no agent. A transfer ends the contact in its
 * queue ({@link Disposition#TRANSFERRED}) and offers a new contact to the target queue at the same instant, whose
 * {@code transferredFrom} names this one.
 *
 * @param id unique source id: for voice the Asterisk channel uniqueid ({@code "<epoch>.<sequence>"}, also the
 *     {@code callid} in the {@code queue_log}), for chat {@code "chat-<sequence>"}
 * @param channel the channel
 * @param queue the name of the queue it was offered to
 * @param direction always {@link Direction#INBOUND} in the demo centre
 * @param customerPhone the customer's phone number in E.164 ({@code +49…} or {@code +79…}): the customer key for
 *     repeat contacts and FCR, also for chat (customers chat logged in to their account)
 * @param arrivedAt when it entered the queue
 * @param answeredAt when an agent took it, if one did
 * @param endedAt when the talk or chat ended, or when the customer abandoned
 * @param wrapUpEndedAt when the agent's after-contact work ended, for answered contacts of queues with wrap-up
 * @param agentId the agent who took it, if one did
 * @param disposition how it left the queue; abandons within 5 s are {@link Disposition#SHORT_ABANDON}
 * @param reason the reason code
 * @param transferredFrom the id of the contact this one was transferred from, if it was
 * @param resolved whether the customer's issue was resolved by this contact (only {@link Disposition#ANSWERED} ones
 *     can be)
 * @param revenueEur the value of the sale in euros with two decimals, if the contact ended with one
 */
public record Contact(
        String id,
        Channel channel,
        String queue,
        Direction direction,
        String customerPhone,
        Instant arrivedAt,
        Optional<Instant> answeredAt,
        Instant endedAt,
        Optional<Instant> wrapUpEndedAt,
        Optional<String> agentId,
        Disposition disposition,
        ContactReason reason,
        Optional<String> transferredFrom,
        boolean resolved,
        Optional<BigDecimal> revenueEur) {

    /**
     * Validates the contact's lifecycle.
     *
     * @throws IllegalArgumentException if the id is blank; an answer, an agent and an answered disposition are not
     *     present together; the instants run backwards; there is wrap-up, a resolution or revenue without an answer;
     *     a transferred contact counts as resolved; revenue is negative; or the contact was transferred from itself
     */
    public Contact {
        requireArgument(!id.isBlank(), "contact id must not be blank");
        boolean answered = disposition.isAnswered();
        requireArgument(
                answeredAt.isPresent() == answered && agentId.isPresent() == answered,
                "answer time and agent are present exactly for answered contacts: id=%s, disposition=%s",
                id,
                disposition);
        var leftQueueAt = answeredAt.orElse(endedAt);
        requireArgument(
                !leftQueueAt.isBefore(arrivedAt) && !endedAt.isBefore(leftQueueAt),
                "arrival <= answer <= end: id=%s, arrival=%s, answer=%s, end=%s",
                id,
                arrivedAt,
                answeredAt,
                endedAt);
        requireArgument(
                wrapUpEndedAt
                        .map(wrapUpEnd -> answered && !wrapUpEnd.isBefore(endedAt))
                        .orElse(true),
                "wrap-up follows the end of an answered contact: id=%s, end=%s, wrap-up end=%s",
                id,
                endedAt,
                wrapUpEndedAt);
        requireArgument(!resolved || disposition == Disposition.ANSWERED, "only answered contacts resolve: id=%s", id);
        requireArgument(
                revenueEur.map(revenue -> answered && revenue.signum() >= 0).orElse(true),
                "revenue needs an answer and must not be negative: id=%s, revenue=%s",
                id,
                revenueEur);
        requireArgument(!transferredFrom.equals(Optional.of(id)), "contact transferred from itself: id=%s", id);
    }

    /** {@return whether the agent transferred this contact to another queue} */
    public boolean isTransferred() {
        return disposition == Disposition.TRANSFERRED;
    }

    /** {@return whether the contact ended with a sale} */
    public boolean hasSale() {
        return revenueEur.isPresent();
    }

    /** {@return how long the customer waited in the queue: until the answer, or until the abandon} */
    public Duration waitTime() {
        return Duration.between(arrivedAt, answeredAt.orElse(endedAt));
    }

    /**
     * {@return the agent's handle time: talk (or chat) plus wrap-up, for answered contacts}
     */
    public Optional<Duration> handleTime() {
        return answeredAt.map(answer -> Duration.between(answer, wrapUpEndedAt.orElse(endedAt)));
    }
}
