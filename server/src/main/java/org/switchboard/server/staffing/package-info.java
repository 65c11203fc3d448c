/**
 * Staffing requirements (issue 4): the calculator of one interval with Erlang C or Erlang A, Erlang B for lines,
 * IVR ports and bot licences, and the capacity of a new centre. {@link org.switchboard.server.staffing.StaffingCalculator}
 * is the one entry point; it is plain Java on the engine's {@code org.switchboard.engine.staffing}, so the command
 * line ({@code ./switchboard staffing}) uses it without starting Spring. Pages live in {@code web}, REST in {@code api}.
 */
@NullMarked
package org.switchboard.server.staffing;

import org.jspecify.annotations.NullMarked;
