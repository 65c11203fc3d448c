package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.util.Set;

/**
 * A named agent to schedule.
 *
 * @param id unique identifier, not blank
 * @param name display name
 * @param skills the skills the agent may work, not empty
 * @param team the agent's team (may be empty)
 * @param contract the contract's rules
 * @param unavailable dates the agent cannot work (approved leave, unavailability); no shift starts on them
 * @param preferences soft wishes
 * @param seniority higher wins ties between wishes, {@code >= 0}
 */
public record Agent(
        String id,
        String name,
        Set<String> skills,
        String team,
        Contract contract,
        Set<LocalDate> unavailable,
        Preferences preferences,
        int seniority) {

    /**
     * Validates the agent and copies the sets.
     *
     * @throws IllegalArgumentException if the id is blank, no skill is given or the seniority is negative
     */
    public Agent {
        requireArgument(!id.isBlank(), "agent id must not be blank");
        requireArgument(!skills.isEmpty(), "agent %s: skills must not be empty", id);
        requireArgument(seniority >= 0, "agent %s: seniority must be >= 0: %d", id, seniority);
        skills = Set.copyOf(skills);
        unavailable = Set.copyOf(unavailable);
    }

    /**
     * An agent with no team, no preferences and seniority 0.
     *
     * @param id identifier
     * @param name display name
     * @param skills skills
     * @param contract contract
     * @param unavailable unavailable dates
     * @return the agent
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Agent of(String id, String name, Set<String> skills, Contract contract, Set<LocalDate> unavailable) {
        return new Agent(id, name, skills, "", contract, unavailable, Preferences.none(), 0);
    }

    /**
     * {@return whether the agent can work on a date}
     *
     * @param date the date
     */
    public boolean isAvailable(LocalDate date) {
        return !unavailable.contains(date);
    }
}
