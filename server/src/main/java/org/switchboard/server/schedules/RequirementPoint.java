package org.switchboard.server.schedules;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;

/**
 * The number of agents required in one interval for one skill.
 *
 * @param start the interval's start
 * @param skill the skill (queue), never blank
 * @param agents the agents required, not negative
 */
public record RequirementPoint(Instant start, String skill, int agents) {

    /**
     * Validates the point.
     *
     * @throws IllegalArgumentException if the skill is blank or the agents are negative
     */
    public RequirementPoint {
        requireArgument(!skill.isBlank(), "requirement needs a skill: start=%s", start);
        requireArgument(agents >= 0, "required agents must not be negative: start=%s, agents=%d", start, agents);
    }
}
