/**
 * Discrete-event simulation of a single-skill queue (M/G/N+G with optional retrials and a finite number of lines),
 * used to check the analytic staffing models and offered as "simulate" where their assumptions don't hold: log-normal
 * handle times, non-exponential patience, redials. Results come with 95 % confidence intervals over independent
 * replications. Entry point: {@link org.switchboard.engine.staffing.simulation.QueueSimulator}.
 */
@NullMarked
package org.switchboard.engine.staffing.simulation;

import org.jspecify.annotations.NullMarked;
