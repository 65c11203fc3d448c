package org.switchboard.server.schedules.adherence;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of a shift in which the agent did something else than scheduled.
 *
 * @param from when it starts
 * @param to when it ends, after {@code from}
 * @param scheduledBreak whether the agent was scheduled on a break (else to work)
 * @param actual what the agent did instead
 */
public record Deviation(Instant from, Instant to, boolean scheduledBreak, Activity actual) {

    /**
     * Validates the deviation.
     *
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public Deviation {
        requireArgument(to.isAfter(from), "deviation must end after it starts: from=%s, to=%s", from, to);
    }

    /** {@return how long it lasts} */
    public Duration length() {
        return Duration.between(from, to);
    }
}
