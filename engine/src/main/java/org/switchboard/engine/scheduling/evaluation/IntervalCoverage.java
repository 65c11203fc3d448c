package org.switchboard.engine.scheduling.evaluation;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * Requirement against scheduled staff in one interval of one skill.
 *
 * @param start the interval's start
 * @param required agents required
 * @param scheduled agents scheduled and not on a break (fractional when a shift or break covers part of the interval)
 * @param serviceLevel the projected service level SL(T) with ⌊scheduled⌋ agents, empty without a forecast or with no
 *     contacts in the interval
 */
public record IntervalCoverage(LocalDateTime start, double required, double scheduled, OptionalDouble serviceLevel) {

    /** {@return the missing agents, max(0, required − scheduled)} */
    public double under() {
        return Math.max(0, required - scheduled);
    }

    /** {@return the surplus agents, max(0, scheduled − required)} */
    public double over() {
        return Math.max(0, scheduled - required);
    }
}
