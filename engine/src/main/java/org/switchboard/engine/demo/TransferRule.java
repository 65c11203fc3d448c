package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * Part of the answered contacts of a queue that the agent transfers to another queue (a service call that turns out
 * to be a sale). The transferred caller enters the target queue as a new offered contact at the moment of the
 * transfer, keeps the same customer and waits there again.
 *
 * @param queue the name of the queue the contacts are transferred to
 * @param rate the share of answered contacts transferred, in [0, 1)
 */
public record TransferRule(String queue, double rate) {

    /**
     * Validates the rule.
     *
     * @throws IllegalArgumentException if the rate is outside [0, 1)
     */
    public TransferRule {
        requireArgument(rate >= 0 && rate < 1, "transfer rate must be in [0, 1): queue=%s, rate=%s", queue, rate);
    }
}
