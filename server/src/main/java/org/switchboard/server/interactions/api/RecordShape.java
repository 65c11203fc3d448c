package org.switchboard.server.interactions.api;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The JSON shape of one kind of ingest record and how a record of that shape becomes a domain value.
 *
 * @param <T> the domain value, e.g. a contact
 */
sealed interface RecordShape<T> permits ContactShape, AgentEventShape {

    /**
     * Builds the value, or records why it cannot be built in {@code fields}.
     *
     * @param fields the record's fields; problems are added to it
     * @return the value, empty when a problem was recorded
     */
    Optional<T> build(RecordFields fields);

    /** Builds the value from fields that were read without a problem; a rule between fields may still fail. */
    static <T> Optional<T> checked(RecordFields fields, String id, Supplier<T> constructor) {
        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException broken) {
            fields.recordProblem(id, broken.getMessage());
            return Optional.empty();
        }
    }
}
