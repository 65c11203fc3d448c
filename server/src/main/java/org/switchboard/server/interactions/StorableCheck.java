package org.switchboard.server.interactions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;

/**
 * The rules a record must meet to be stored, beyond those of the model: text fits its column, amounts have at most two
 * decimals and ten integer digits, and nothing happens more than a day after the import (a clock or time-zone error
 * in the source, never real data). A record that breaks one is rejected with the field, value and reason.
 */
final class StorableCheck {

    /** How far ahead of the import's clock a time may be: a day covers every time-zone offset. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private static final int ID_LENGTH = 128;
    private static final int NAME_LENGTH = 64;
    private static final int CODE_LENGTH = 32;
    private static final int ADDRESS_LENGTH = 254;
    private static final int AMOUNT_SCALE = 2;
    private static final int AMOUNT_PRECISION = 12;

    private final String file;
    private final Instant latestAllowed;

    /**
     * @param file the file name reported with a problem
     * @param now the import's clock
     */
    StorableCheck(String file, Instant now) {
        this.file = file;
        this.latestAllowed = now.plus(FUTURE_TOLERANCE);
    }

    /** {@return why the contact cannot be stored, if it cannot} */
    Optional<InputProblem> problem(Interaction contact, long line) {
        return tooLong(line, "id", contact.sourceId(), ID_LENGTH)
                .or(() -> tooLong(line, "queue", contact.queue(), NAME_LENGTH))
                .or(() -> tooLong(line, "agent", contact.agentId(), NAME_LENGTH))
                .or(() -> tooLong(line, "customer", contact.customer(), ADDRESS_LENGTH))
                .or(() -> tooLong(line, "reason_code", contact.reasonCode(), CODE_LENGTH))
                .or(() -> contact.revenue().flatMap(revenue -> badAmount(line, revenue)))
                .or(() -> future(line, "arrived_at", contact.arrivedAt()))
                .or(() -> future(line, "ended_at", contact.wrapEndedAt().orElse(contact.endedAt())));
    }

    /** {@return why the agent event cannot be stored, if it cannot} */
    Optional<InputProblem> problem(AgentEvent event, long line) {
        return tooLong(line, "agent", event.agentId(), NAME_LENGTH)
                .or(() -> tooLong(line, "reason", event.reason(), CODE_LENGTH))
                .or(() -> tooLong(line, "contact_id", event.contactId(), ID_LENGTH))
                .or(() -> future(line, "at", event.at()));
    }

    private Optional<InputProblem> tooLong(long line, String field, Optional<String> value, int limit) {
        return value.flatMap(text -> tooLong(line, field, text, limit));
    }

    private Optional<InputProblem> tooLong(long line, String field, String value, int limit) {
        return value.length() <= limit
                ? Optional.empty()
                : Optional.of(new InputProblem(file, line, field, value, "longer than " + limit + " characters"));
    }

    private Optional<InputProblem> badAmount(long line, BigDecimal amount) {
        var exact = amount.stripTrailingZeros();
        boolean fits = exact.scale() <= AMOUNT_SCALE
                && exact.precision() - exact.scale() <= AMOUNT_PRECISION - AMOUNT_SCALE;
        return fits
                ? Optional.empty()
                : Optional.of(new InputProblem(
                        file, line, "revenue", amount.toPlainString(),
                        "more than 2 decimals or 10 integer digits"));
    }

    private Optional<InputProblem> future(long line, String field, Instant at) {
        return at.isAfter(latestAllowed)
                ? Optional.of(new InputProblem(
                        file, line, field, at.toString(), "more than a day after the import: " + latestAllowed))
                : Optional.empty();
    }
}
