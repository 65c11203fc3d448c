package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * An agent of the generated centre.
 *
 * @param id stable identifier {@code A001}, {@code A002}, … numbered through the teams in spec order
 * @param name a made-up full name (Russian, Chinese or English), given name first
 * @param teamId the {@link Team#id()} of the agent's team
 * @param skills the names of the queues the agent serves; iterates in name order
 * @param shiftPattern the agent's weekly shift
 */
public record Agent(String id, String name, String teamId, Set<String> skills, ShiftPattern shiftPattern) {

    /**
     * Validates the agent and copies the skills.
     *
     * @throws IllegalArgumentException if the id, name or team id is blank, or there is no skill
     */
    public Agent {
        requireArgument(
                !id.isBlank() && !name.isBlank() && !teamId.isBlank(),
                "agent id, name and team must not be blank: id=%s",
                id);
        requireArgument(!skills.isEmpty(), "agent needs at least one skill: id=%s", id);
        skills = Collections.unmodifiableSortedSet(new TreeSet<>(skills));
    }
}
