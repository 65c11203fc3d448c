package org.switchboard.server.schedules;

/**
 * A stored scheduling rule (a shift template or a contract) with its database id, by which the rules editor changes
 * or deletes it.
 *
 * @param id the database id
 * @param rule the rule, as the engine's value
 * @param <T> the kind of rule
 */
public record RuleEntry<T>(long id, T rule) {}
