/**
 * The quality of any schedule, computed by one pure function ({@link
 * org.switchboard.engine.scheduling.evaluation.ScheduleEvaluator#evaluate}): coverage per interval and skill, under-
 * and over-staffed agent-hours, paid hours, the weighted objective, the projected service level per interval, the
 * satisfaction of preferences, fairness of weekends and late shifts, and every broken hard rule. The planning page
 * calls it again after each manual edit.
 */
@NullMarked
package org.switchboard.engine.scheduling.evaluation;

import org.jspecify.annotations.NullMarked;
