package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.List;

/**
 * The staffing requirement of one skill: agents needed in each interval of the horizon (from the staffing engine or
 * an uploaded file; may be fractional).
 *
 * @param skill the skill, not blank
 * @param agents agents required per interval, index = interval from the horizon start, each finite and {@code >= 0}
 */
public record SkillRequirement(String skill, List<Double> agents) {

    /**
     * Validates and copies the requirement.
     *
     * @throws IllegalArgumentException if the skill is blank or a value is negative or not finite
     */
    public SkillRequirement {
        requireArgument(!skill.isBlank(), "requirement skill must not be blank");
        for (int i = 0; i < agents.size(); i++) {
            double value = agents.get(i);
            requireArgument(
                    Double.isFinite(value) && value >= 0,
                    "requirement of %s at interval %d must be finite and >= 0: %s",
                    skill,
                    i,
                    value);
        }
        agents = List.copyOf(agents);
    }
}
