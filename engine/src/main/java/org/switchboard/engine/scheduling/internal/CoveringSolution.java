package org.switchboard.engine.scheduling.internal;

import java.util.OptionalDouble;

/**
 * The answer of the covering model.
 *
 * @param objective objective of the (LP or integer) solution found, empty if none
 * @param bound proven lower bound of the real problem's optimum, empty if the solve did not prove one
 * @param counts shifts to run, {@code counts[group][day][kind × groupSkills + skill]} (rounded for an LP)
 */
public record CoveringSolution(OptionalDouble objective, OptionalDouble bound, int[][][] counts) {}
