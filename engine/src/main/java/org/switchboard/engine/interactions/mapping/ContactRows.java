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
        var sale = row.code(SALE, Booleans.class, false).map(value -> value == Booleans.TRUE);
        var revenue = row.decimal(REVENUE);
        revenue.filter(amount -> amount.signum() < 0)
                .ifPresent(amount -> row.problem(REVENUE, row.source(REVENUE).orElse(""), "negative revenue"));
        var timing = timing(row, disposition);
        if (row.hasProblems() || timing.isEmpty()) {
            return Optional.empty();
        }
        boolean answered = disposition.orElseThrow().isAnswered();
        if (!answered) {
            rejectUnlessAnswered(row, REVENUE, revenue.filter(amount -> amount.signum() != 0).isPresent(),
                    disposition.orElseThrow());
        }
        var agent = answered ? row.required(AGENT_ID) : Optional.<String>empty();
        if (row.hasProblems()) {
            return Optional.empty();
        }
        var times = timing.get();
        return Optional.of(new Interaction(
                id.orElseThrow(),
                channel.orElseThrow(),
                queue.orElseThrow(),
                direction.orElseThrow(),
                row.text(CUSTOMER),
                times.arrival(),
                times.answer(),
                times.end(),
                times.wrapEnd(),
                agent,
                disposition.orElseThrow(),
                row.text(REASON_CODE),
                sale,
                answered ? revenue : Optional.empty()));
    }

    /** The instants of a contact, derived as {@link ContactField} describes. */
    private record Timing(Instant arrival, Optional<Instant> answer, Instant end, Optional<Instant> wrapEnd) {}

    /**
     * {@return the contact's instants, empty (with problems recorded) when a value is unreadable or out of order, or
     * the disposition is unknown; every timing value is read either way, so each bad one is reported}
     */
    private static Optional<Timing> timing(RowValues row, Optional<Disposition> knownDisposition) {
        var arrival = row.maps(ARRIVED_AT)
                ? row.required(ARRIVED_AT).flatMap(text -> row.instant(ARRIVED_AT))
                : row.dateAndTime(ARRIVAL_DATE, ARRIVAL_TIME);
        var answeredAt = row.instant(ANSWERED_AT);
        var wait = row.duration(WAIT_DURATION).orElse(Duration.ZERO);
        var endedAt = row.instant(ENDED_AT);
        var talk = row.duration(TALK_DURATION);
        var wrapEndedAt = row.instant(WRAP_ENDED_AT);
        var wrap = row.duration(WRAP_DURATION);
        if (arrival.isEmpty() || knownDisposition.isEmpty() || row.hasProblems()) {
            return Optional.empty();
        }
        var disposition = knownDisposition.get();
        boolean answered = disposition.isAnswered();
        if (!answered) {
            rejectUnlessAnswered(row, ANSWERED_AT, answeredAt.isPresent(), disposition);
            rejectUnlessAnswered(row, TALK_DURATION, talk.filter(d -> !d.isZero()).isPresent(), disposition);
            rejectUnlessAnswered(row, WRAP_ENDED_AT, wrapEndedAt.isPresent(), disposition);
            rejectUnlessAnswered(row, WRAP_DURATION, wrap.filter(d -> !d.isZero()).isPresent(), disposition);
        }
        var answer = answered
                ? Optional.of(answeredAt.orElseGet(() -> arrival.get().plus(wait)))
                : Optional.<Instant>empty();
        answer.ifPresent(at -> requireNotBefore(row, ANSWERED_AT, at, arrival.get(), "before the arrival"));
        var leftQueue = answer.orElseGet(() -> arrival.get().plus(wait));
        var end = endedAt.orElseGet(() -> leftQueue.plus(talk.orElse(Duration.ZERO)));
        requireNotBefore(row, ENDED_AT, end, leftQueue, answered ? "before the answer" : "before the arrival");
        var wrapEnd = answered ? wrapEndedAt.or(() -> wrap.map(end::plus)) : Optional.<Instant>empty();
        wrapEnd.ifPresent(at -> requireNotBefore(row, WRAP_ENDED_AT, at, end, "before the end of the contact"));
        return row.hasProblems() ? Optional.empty() : Optional.of(new Timing(arrival.get(), answer, end, wrapEnd));
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
