/**
 * Staffing requirements from queueing models: the offered load of an interval ({@link
 * org.switchboard.engine.staffing.Workload}), the service targets a centre sets ({@link
 * org.switchboard.engine.staffing.ServiceTargets}), Erlang B for lines and ports ({@link
 * org.switchboard.engine.staffing.ErlangB}), the Erlang C and Erlang A queue models ({@link
 * org.switchboard.engine.staffing.QueueModel}) and the solver for the smallest number of agents meeting every target
 * at once ({@link org.switchboard.engine.staffing.StaffingSolver}). Definitions follow {@code wfm.md} "Staffing
 * requirements"; every formula is written out with its source on the method that computes it.
 */
@NullMarked
package org.switchboard.engine.staffing;

import org.jspecify.annotations.NullMarked;
