package org.switchboard.server.schedules;

import java.time.Instant;
import java.util.Optional;

/**
 * One reason a run could not schedule, as the engine reported it: a kind the pages translate, the agent, contract,
 * template or skill concerned, the first interval concerned and the engine's message in plain English.
 *
 * @param kind the engine's {@code Infeasibility.Kind}, by name
 * @param subject what it concerns, empty if nothing in particular
 * @param interval the first interval concerned, for interval problems
 * @param message the engine's message
 */
public record RunProblem(String kind, String subject, Optional<Instant> interval, String message) {}
