package org.switchboard.server.schedules.adherence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Adherence and conformance of a team on one day: the time-weighted figures of its agents, i.e. the sums of their
 * times, so that an agent with a longer shift weighs more.
 *
 * @param team the team, empty for agents without one
 * @param day the local day
 * @param agents how many agents had a shift that day
 * @param scheduled the sum of the agents' scheduled times
 * @param inAdherence the sum of their in-adherence times
 * @param scheduledWork the sum of their scheduled work times
 * @param worked the sum of their worked times
 */
public record TeamDayAdherence(
        String team,
        LocalDate day,
        int agents,
        Duration scheduled,
        Duration inAdherence,
        Duration scheduledWork,
        Duration worked) {

    /** {@return adherence = Σ in-adherence time / Σ scheduled time; empty when nothing was scheduled} */
    public OptionalDouble adherence() {
        return AdherenceRatio.of(inAdherence, scheduled);
    }

    /** {@return conformance = Σ worked time / Σ scheduled work time; empty when no work was scheduled} */
    public OptionalDouble conformance() {
        return AdherenceRatio.of(worked, scheduledWork);
    }
}
