package org.switchboard.engine.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * What an agent would like, honoured when the hard rules and the coverage allow (soft goals): a start time of day
 * (met when a shift starts within {@link #START_TOLERANCE_MINUTES} of it) and days of the week off.
 *
 * @param preferredStart the start time the agent prefers, if any
 * @param preferredDaysOff the days of the week the agent prefers off
 */
public record Preferences(Optional<LocalTime> preferredStart, Set<DayOfWeek> preferredDaysOff) {

    /** A shift meets the start preference when it starts at most this many minutes from it. */
    public static final int START_TOLERANCE_MINUTES = 60;

    /** Copies the set. */
    public Preferences {
        preferredDaysOff = Set.copyOf(preferredDaysOff);
    }

    /** {@return no preference} */
    public static Preferences none() {
        return new Preferences(Optional.empty(), Set.of());
    }
}
