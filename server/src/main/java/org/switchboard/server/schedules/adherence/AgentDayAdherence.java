package org.switchboard.server.schedules.adherence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Adherence and conformance of one agent on one day, with the deviations behind them.
 *
 * @param agentId the agent
 * @param team the agent's team, empty when unknown
 * @param day the local day of the shift
 * @param scheduled the shift's length, breaks included: the time adherence is measured over
 * @param inAdherence the part of {@code scheduled} in which the agent did what was scheduled
 * @param scheduledWork the time scheduled to work: the shift less its breaks
 * @param worked the time the agent worked (logged in and not paused) on the day, inside the shift or not
 * @param deviations the stretches out of adherence, in time order
 */
public record AgentDayAdherence(
        String agentId,
        String team,
        LocalDate day,
        Duration scheduled,
        Duration inAdherence,
        Duration scheduledWork,
        Duration worked,
        List<Deviation> deviations) {

    /** Copies the deviations. */
    public AgentDayAdherence {
        deviations = List.copyOf(deviations);
    }

    /** {@return adherence = in-adherence time / scheduled time; empty when nothing was scheduled} */
    public OptionalDouble adherence() {
        return AdherenceRatio.of(inAdherence, scheduled);
    }

    /** {@return conformance = worked time / scheduled work time; empty when no work was scheduled} */
    public OptionalDouble conformance() {
        return AdherenceRatio.of(worked, scheduledWork);
    }
}
