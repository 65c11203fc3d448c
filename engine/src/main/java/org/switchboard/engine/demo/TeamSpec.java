package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A team of the demo centre to be staffed: its skills and one shift pattern per agent.
 *
 * @param name the team's name
 * @param skills the queues every agent of the team serves; iterates in name order
 * @param agentShifts one entry per agent of the team, in order: that agent's shift pattern
 */
public record TeamSpec(String name, Set<String> skills, List<ShiftPattern> agentShifts) {

    /**
     * Validates the team and copies its collections.
     *
     * @throws IllegalArgumentException if the name is blank, or the team has no skill or no agent
     */
    public TeamSpec {
        requireArgument(!name.isBlank(), "team name must not be blank");
        requireArgument(!skills.isEmpty(), "team needs at least one skill: team=%s", name);
        requireArgument(!agentShifts.isEmpty(), "team needs at least one agent: team=%s", name);
        skills = Collections.unmodifiableSortedSet(new TreeSet<>(skills));
        agentShifts = List.copyOf(agentShifts);
    }
}
