package org.switchboard.server.schedules;

import java.time.LocalDate;

/** A manual change of a schedule version; each makes a new draft version, evaluated again by the engine. */
public sealed interface ScheduleEdit {

    /** {@return the agent whose shift changes} */
    String agentId();

    /**
     * Moves an agent's shift of a day, its breaks with it.
     *
     * @param agentId the agent
     * @param day the day of the shift
     * @param minutes how far, negative for earlier
     */
    record MoveShift(String agentId, LocalDate day, int minutes) implements ScheduleEdit {}

    /**
     * Moves one break of an agent's shift of a day.
     *
     * @param agentId the agent
     * @param day the day of the shift
     * @param breakIndex the break, from 0 in time order
     * @param minutes how far, negative for earlier
     */
    record MoveBreak(String agentId, LocalDate day, int breakIndex, int minutes) implements ScheduleEdit {}

    /**
     * Swaps a working day and a day off of an agent: the shift of {@code workDay} moves to {@code dayOff} at the same
     * time of day.
     *
     * @param agentId the agent
     * @param workDay the day with a shift
     * @param dayOff the day without one
     */
    record SwapDaysOff(String agentId, LocalDate workDay, LocalDate dayOff) implements ScheduleEdit {}
}
