package org.switchboard.engine.scheduling.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * The coverage of one skill over the horizon.
 *
 * @param skill the skill
 * @param intervals one entry per interval of the horizon
 * @param serviceLevelOmitted why no service level is projected, when it is not (no forecast of volume and AHT)
 */
public record SkillCoverage(String skill, List<IntervalCoverage> intervals, Optional<String> serviceLevelOmitted) {

    /** Copies the list. */
    public SkillCoverage {
        intervals = List.copyOf(intervals);
    }
}
