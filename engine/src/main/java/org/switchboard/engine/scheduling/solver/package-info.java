/**
 * The shift-scheduling solver ({@link org.switchboard.engine.scheduling.solver.ShiftScheduler}): checks the problem
 * for rules that cannot be met ({@link org.switchboard.engine.scheduling.solver.Infeasibility}), computes a proven
 * lower bound of the optimum, builds a schedule that keeps every hard rule, reports progress while it runs and stops
 * on request keeping the best schedule found.
 */
@NullMarked
package org.switchboard.engine.scheduling.solver;

import org.jspecify.annotations.NullMarked;
