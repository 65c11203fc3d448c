package org.switchboard.engine.interactions.mapping;

import static org.switchboard.engine.interactions.mapping.ContactField.AGENT_ID;
import static org.switchboard.engine.interactions.mapping.ContactField.ANSWERED_AT;
import static org.switchboard.engine.interactions.mapping.ContactField.ARRIVAL_DATE;
import static org.switchboard.engine.interactions.mapping.ContactField.ARRIVAL_TIME;
import static org.switchboard.engine.interactions.mapping.ContactField.ARRIVED_AT;
import static org.switchboard.engine.interactions.mapping.ContactField.CHANNEL;
import static org.switchboard.engine.interactions.mapping.ContactField.CUSTOMER;
import static org.switchboard.engine.interactions.mapping.ContactField.DIRECTION;
import static org.switchboard.engine.interactions.mapping.ContactField.DISPOSITION;
import static org.switchboard.engine.interactions.mapping.ContactField.ENDED_AT;
import static org.switchboard.engine.interactions.mapping.ContactField.QUEUE;
import static org.switchboard.engine.interactions.mapping.ContactField.REASON_CODE;
import static org.switchboard.engine.interactions.mapping.ContactField.REVENUE;
import static org.switchboard.engine.interactions.mapping.ContactField.SALE;
import static org.switchboard.engine.interactions.mapping.ContactField.SOURCE_ID;
import static org.switchboard.engine.interactions.mapping.ContactField.TALK_DURATION;
import static org.switchboard.engine.interactions.mapping.ContactField.WAIT_DURATION;
import static org.switchboard.engine.interactions.mapping.ContactField.WRAP_DURATION;
import static org.switchboard.engine.interactions.mapping.ContactField.WRAP_ENDED_AT;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;

/**
 * Reads one contact from a row's values, deriving the instants as {@link ContactField} describes and checking the
 * lifecycle: no negative duration, no answer before the arrival, no end before the answer, no wrap-up end before the
 * end, no answer, talk, wrap-up or revenue for a contact that was not answered, an agent for every answered one.
 */
final class ContactRows {

    private ContactRows() {}

    /** {@return the row's contact, empty when the row has problems (recorded in {@code row})} */
    static Optional<Interaction> contact(RowValues row) {
        var id = row.required(SOURCE_ID);
        var channel = row.code(CHANNEL, Channel.class, true);
        var queue = row.required(QUEUE);
        var direction = row.code(DIRECTION, Direction.class, true);
        var disposition = row.code(DISPOSITION, Disposition.class, true);
        var arrival = row.maps(ARRIVED_AT)
                ? row.required(ARRIVED_AT).flatMap(text -> row.instant(ARRIVED_AT))
                : row.dateAndTime(ARRIVAL_DATE, ARRIVAL_TIME);
        var answeredAt = row.instant(ANSWERED_AT);
        var wait = row.duration(WAIT_DURATION);
        var endedAt = row.instant(ENDED_AT);
        var talk = row.duration(TALK_DURATION);
        var wrapEndedAt = row.instant(WRAP_ENDED_AT);
        var wrap = row.duration(WRAP_DURATION);
        var sale = row.code(SALE, Booleans.class, false).map(value -> value == Booleans.TRUE);
        var revenue = row.decimal(REVENUE);
        if (row.hasProblems() || arrival.isEmpty() || disposition.isEmpty()) {
            return Optional.empty();
        }
        boolean answered = disposition.get().isAnswered();
        var agent = answered ? row.required(AGENT_ID) : Optional.<String>empty();
        Optional<Instant> answer = Optional.empty();
        if (answered) {
            answer = Optional.of(answeredAt.orElseGet(() -> arrival.get().plus(wait.orElse(Duration.ZERO))));
            requireNotBefore(row, ANSWERED_AT, answer.get(), arrival.get(), "before the arrival");
        } else {
            var unanswered = disposition.get();
            rejectUnlessAnswered(row, ANSWERED_AT, answeredAt.isPresent(), unanswered);
            rejectUnlessAnswered(row, TALK_DURATION, talk.filter(d -> !d.isZero()).isPresent(), unanswered);
            rejectUnlessAnswered(row, WRAP_ENDED_AT, wrapEndedAt.isPresent(), unanswered);
            rejectUnlessAnswered(row, WRAP_DURATION, wrap.filter(d -> !d.isZero()).isPresent(), unanswered);
            rejectUnlessAnswered(row, REVENUE, revenue.filter(r -> r.signum() != 0).isPresent(), unanswered);
        }
        var leftQueue = answer.orElseGet(() -> arrival.get().plus(wait.orElse(Duration.ZERO)));
        var end = endedAt.orElseGet(() -> leftQueue.plus(talk.orElse(Duration.ZERO)));
        requireNotBefore(row, ENDED_AT, end, leftQueue, answered ? "before the answer" : "before the arrival");
        var wrapEnd = wrapEndedAt.or(() -> wrap.map(end::plus));
        wrapEnd.ifPresent(at -> requireNotBefore(row, WRAP_ENDED_AT, at, end, "before the end of the contact"));
        revenue.filter(amount -> amount.signum() < 0)
                .ifPresent(amount -> row.problem(REVENUE, row.source(REVENUE).orElse(""), "negative revenue"));
        if (row.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new Interaction(
                id.orElseThrow(),
                channel.orElseThrow(),
                queue.orElseThrow(),
                direction.orElseThrow(),
                row.text(CUSTOMER),
                arrival.get(),
                answer,
                end,
                wrapEnd,
                agent,
                disposition.get(),
                row.text(REASON_CODE),
                sale,
                answered ? revenue : Optional.empty()));
    }

    /** Booleans as codes, so {@code true}/{@code false} read like any other code field. */
    private enum Booleans {
        TRUE,
        FALSE
    }

    private static void requireNotBefore(RowValues row, ContactField field, Instant at, Instant earliest, String what) {
        if (at.isBefore(earliest)) {
            var shown = row.source(field).orElse(at.toString());
            row.problem(field, shown, what + " (" + earliest + ")");
        }
    }

    private static void rejectUnlessAnswered(
            RowValues row, ContactField field, boolean given, Disposition disposition) {
        if (given) {
            row.problem(
                    field,
                    row.source(field).orElse(""),
                    "given for a contact that was not answered (" + disposition + ")");
        }
    }
}
