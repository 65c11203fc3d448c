/**
 * Shift scheduling: the problem (a {@link org.switchboard.engine.scheduling.Horizon} of days cut into intervals, the
 * staffing requirement per interval and skill, shift templates with breaks, contracts, agents with skills, leave and
 * preferences, and the weights of the objective) and its answer, a {@link org.switchboard.engine.scheduling.Schedule}
 * of named agents' shifts with placed breaks. Definitions follow {@code wfm.md} "Scheduling". The solver lives in
 * {@code scheduling.solver}, the pure evaluation of any schedule (also a hand-edited one) in
 * {@code scheduling.evaluation}.
 */
@NullMarked
package org.switchboard.engine.scheduling;

import org.jspecify.annotations.NullMarked;
