package org.switchboard.engine.scheduling.evaluation;

/**
 * The spread of unpopular work between agents (soft goal): weekends worked (a week counts when the agent has a shift
 * on its Saturday or Sunday) and late shifts (starting at or after {@link #LATE_START_MINUTE} minutes after midnight).
 *
 * @param minWeekendsWorked fewest weekends any agent works
 * @param maxWeekendsWorked most weekends any agent works
 * @param minLateShifts fewest late shifts of any agent
 * @param maxLateShifts most late shifts of any agent
 */
public record Fairness(int minWeekendsWorked, int maxWeekendsWorked, int minLateShifts, int maxLateShifts) {

    /** A shift starting at or after 12:00 is a late shift. */
    public static final int LATE_START_MINUTE = 720;
}
