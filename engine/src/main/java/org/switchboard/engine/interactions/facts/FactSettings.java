package org.switchboard.engine.interactions.facts;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.time.Instant;

/**
 * How a {@link FactBuilder} builds facts.
 *
 * @param fcrWindow a contact followed by another contact of the same customer within this window after its arrival
 *     is a repeat-followed contact, not resolved first time (metrics.md §3; default 7 days)
 * @param fcrSameReason whether the following contact must also have the same reason code (contacts without a reason
 *     code then match each other only)
 * @param lateness how far out of arrival order contacts and agent events may come (default 24 h: {@code queue_log}
 *     readers deliver a call when it ends, long after it arrived). A slot's facts are handed out once the latest
 *     arrival read is this much, plus the FCR window, past its end
 * @param maxOpenState the longest an agent may stay in one state without a further event (default 12 h); a longer
 *     state is cut there and reported (a lost LOGOUT line must not count a night as logged in)
 * @param keepFrom facts of slots before this are not handed out (the contacts still count as repeat followers)
 * @param keepTo facts of slots from this on are not handed out; the server rebuilds [from, to) by streaming the
 *     contacts of [from, to + window)
 */
public record FactSettings(
        Duration fcrWindow,
        boolean fcrSameReason,
        Duration lateness,
        Duration maxOpenState,
        Instant keepFrom,
        Instant keepTo) {

    /** The default FCR window (metrics.md §3). */
    public static final Duration DEFAULT_FCR_WINDOW = Duration.ofDays(7);

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a duration is negative, the open-state cap is zero, or keepFrom is after
     *     keepTo
     */
    public FactSettings {
        requireArgument(!fcrWindow.isNegative(), "FCR window must not be negative: %s", fcrWindow);
        requireArgument(!lateness.isNegative(), "lateness must not be negative: %s", lateness);
        requireArgument(
                maxOpenState.isPositive(), "maximum open state must be positive: %s", maxOpenState);
        requireArgument(!keepFrom.isAfter(keepTo), "keepFrom %s must not be after keepTo %s", keepFrom, keepTo);
    }

    /** {@return FCR window 7 days by customer, lateness 24 h, open states cut at 12 h, every slot kept} */
    public static FactSettings standard() {
        return new FactSettings(DEFAULT_FCR_WINDOW, false, Duration.ofHours(24), Duration.ofHours(12), Instant.MIN,
                Instant.MAX);
    }

    /**
     * {@return these settings keeping only the facts of slots in [from, to)}
     *
     * @param from the first instant kept
     * @param to the first instant no longer kept
     */
    public FactSettings keeping(Instant from, Instant to) {
        return new FactSettings(fcrWindow, fcrSameReason, lateness, maxOpenState, from, to);
    }

    /**
     * {@return these settings with another FCR rule}
     *
     * @param window the FCR window
     * @param sameReason whether a repeat must have the same reason code
     */
    public FactSettings withFcr(Duration window, boolean sameReason) {
        return new FactSettings(window, sameReason, lateness, maxOpenState, keepFrom, keepTo);
    }

    /**
     * {@return these settings with another open-state cap}
     *
     * @param cap the longest state without a further event
     */
    public FactSettings withMaxOpenState(Duration cap) {
        return new FactSettings(fcrWindow, fcrSameReason, lateness, cap, keepFrom, keepTo);
    }

    /**
     * {@return whether the facts of a slot are handed out}
     *
     * @param slotStart the slot
     */
    boolean keeps(Instant slotStart) {
        return !slotStart.isBefore(keepFrom) && slotStart.isBefore(keepTo);
    }
}
