package org.switchboard.server.forecast.calendar;

import java.time.LocalDateTime;

/**
 * History marked as an outlier: the queue's intervals in [{@code from}, {@code to}) are left out of fitting.
 *
 * @param id the mark's id
 * @param queue the queue
 * @param from the first interval's local start (included)
 * @param to the end (excluded)
 * @param note why
 */
public record Outlier(long id, String queue, LocalDateTime from, LocalDateTime to, String note) {

    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException if the queue is blank, {@code to} is not after {@code from} or the note is
     *     longer than 500 characters
     */
    public Outlier {
        if (queue.isBlank()) {
            throw new IllegalArgumentException("outlier: the queue must not be blank");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("outlier of " + queue + ": end " + to + " must be after start " + from);
        }
        if (note.length() > SpecialDay.MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("outlier of " + queue + ": note longer than "
                    + SpecialDay.MAX_NOTE_LENGTH + " characters: " + note.length());
        }
    }

    /** {@return whether an interval starting at {@code start} lies in the marked range} */
    public boolean covers(LocalDateTime start) {
        return !start.isBefore(from) && start.isBefore(to);
    }
}
