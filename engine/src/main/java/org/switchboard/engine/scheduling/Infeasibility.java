package org.switchboard.engine.scheduling;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A reason the problem cannot be scheduled as given, in structured form so a page can translate it; {@link
 * #message()} says it in plain English.
 *
 * @param kind what is wrong
 * @param subject the agent id, contract name, template name or skill concerned (empty if none)
 * @param interval the first interval concerned, for interval problems
 * @param message the reason in plain English with the figures
 */
public record Infeasibility(Kind kind, String subject, Optional<LocalDateTime> interval, String message) {

    /** What is wrong. */
    public enum Kind {
        /**
         * A contract's minimum hours or shifts in a whole week cannot be reached with the templates, days off and
         * maximum; the subject is the contract, and when the solver could not bring one agent to a week's minimum the
         * message names the agent, the week and its minimum.
         */
        CONTRACT_CANNOT_BE_MET,
        /** An interval has demand for a skill but no shift of any template can cover it. */
        DEMAND_NOT_COVERABLE,
        /** A skill has demand but no agent has the skill. */
        SKILL_WITHOUT_AGENTS,
        /** An agent is unavailable on every day of the horizon. */
        AGENT_UNAVAILABLE_ALL_PERIOD,
        /** An agent has no skill with a requirement. */
        AGENT_WITHOUT_REQUIRED_SKILL,
        /** The requirement file misses intervals (a gap) for a skill. */
        REQUIREMENT_GAP,
        /** A template's breaks cannot be placed in one of its shift lengths. */
        BREAKS_DO_NOT_FIT,
        /** There are no agents. */
        NO_AGENTS
    }
}
