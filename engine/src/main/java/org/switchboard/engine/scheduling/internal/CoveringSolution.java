package org.switchboard.engine.scheduling.internal;

import java.util.OptionalDouble;

/**
 * The answer of the covering model's linear relaxation.
 *
 * @param bound the LP optimum, a proven lower bound of the real problem's optimum; empty if the LP was not solved to
 *     optimality (stopped or out of time)
 * @param counts shifts to run, {@code counts[group][day][kind × groupSkills + skill]}, the LP values rounded
 */
public record CoveringSolution(OptionalDouble bound, int[][][] counts) {}
