package org.switchboard.server.forecast.calendar;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * An event of the special-days calendar.
 *
 * @param id the entry's id
 * @param day the local day
 * @param kind holiday, campaign, outage or bill run
 * @param effectPercent the effect on the day's volume in percent (+30 = 30 % more contacts); empty to learn it from
 *     past occurrences of the same kind
 * @param note what the event is
 */
public record SpecialDay(long id, LocalDate day, SpecialDayKind kind, OptionalDouble effectPercent, String note) {

    /** The longest note. */
    public static final int MAX_NOTE_LENGTH = 500;

    /**
     * Validates the entry.
     *
     * @throws IllegalArgumentException if the effect is below −100 % or not finite, or the note is too long
     */
    public SpecialDay {
        if (effectPercent.isPresent()
                && !(effectPercent.getAsDouble() >= -100 && Double.isFinite(effectPercent.getAsDouble()))) {
            throw new IllegalArgumentException(
                    "special day " + day + ": effect must be at least -100 %: " + effectPercent.getAsDouble());
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException(
                    "special day " + day + ": note longer than " + MAX_NOTE_LENGTH + " characters: " + note.length());
        }
    }

    /** {@return whether the effect is learned from past occurrences rather than entered} */
    public boolean isLearned() {
        return effectPercent.isEmpty();
    }
}
