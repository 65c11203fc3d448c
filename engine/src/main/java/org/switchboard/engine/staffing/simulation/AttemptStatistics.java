package org.switchboard.engine.staffing.simulation;

/**
 * What happened to a set of call attempts (all attempts, or first attempts only) that arrived in the measured window,
 * each figure with its 95 % confidence interval. Every attempt ends in exactly one of: blocked (all lines busy),
 * answered, abandoned; so probBlock + P(answered) + probAbandon = 1.
 *
 * @param serviceLevel share of attempts answered within the threshold T (blocked and abandoned attempts count as not
 *     met; answered at once counts as met, even for T = 0)
 * @param probWait share of attempts that had to queue (admitted, no agent free)
 * @param probAbandon share of attempts that hung up while waiting
 * @param probBlock share of attempts that found every line busy
 * @param asaSeconds mean wait of answered attempts (replications with no answered attempt count as 0)
 * @param meanWaitAllSeconds mean wait of admitted (not blocked) attempts, answered and abandoned alike
 */
public record AttemptStatistics(
        Estimate serviceLevel,
        Estimate probWait,
        Estimate probAbandon,
        Estimate probBlock,
        Estimate asaSeconds,
        Estimate meanWaitAllSeconds) {}
