package org.switchboard.engine.scheduling.evaluation;

/** The hard rules a schedule must keep; a {@link RuleViolation} names the one it breaks. */
public enum Rule {
    /** The shift's agent is not in the problem. */
    UNKNOWN_AGENT,
    /** The agent does not have the shift's skill, or the skill has no requirement. */
    SKILL,
    /** The shift's template is unknown, or its start or length is not one the template allows. */
    TEMPLATE,
    /** The breaks do not match the template's break rules (count, order, length, paid flag, window, gap, on the grid). */
    BREAKS,
    /** The shift starts outside the horizon. */
    HORIZON,
    /** The agent is on leave or unavailable on the shift's day. */
    AVAILABILITY,
    /** Two shifts of the agent start on the same day or overlap. */
    ONE_SHIFT_PER_DAY,
    /** Fewer paid hours in a week than the contract's minimum. */
    MIN_HOURS,
    /** More paid hours in a week than the contract's maximum. */
    MAX_HOURS,
    /** Fewer or more shifts in a week than the contract allows. */
    SHIFTS_PER_WEEK,
    /** Fewer days off in a week than the contract requires, or not consecutive when it must be. */
    DAYS_OFF,
    /** Less rest between two shifts than the contract's minimum. */
    REST,
    /** More consecutive working days than the contract allows. */
    CONSECUTIVE_DAYS,
    /** More night shifts in a week than the contract allows. */
    NIGHT_SHIFTS,
    /** More night shifts on consecutive days than the contract allows. */
    CONSECUTIVE_NIGHTS,
    /** Less rest after a night shift than the contract's minimum rest after a night. */
    REST_AFTER_NIGHT
}
