package org.switchboard.engine.scheduling.evaluation;

import java.time.LocalDate;

/**
 * A hard rule a schedule breaks.
 *
 * @param rule the rule
 * @param agentId the agent concerned
 * @param day the day of the shift concerned, or the first day of the week for weekly rules
 * @param detail the figures in plain English, e.g. {@code "rest 8.0 h < 11.0 h"}
 */
public record RuleViolation(Rule rule, String agentId, LocalDate day, String detail) {}
