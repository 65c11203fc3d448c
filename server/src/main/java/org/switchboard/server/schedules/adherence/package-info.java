/**
 * Adherence and conformance of agents to a published schedule, computed from their agent-state events: plain Java,
 * no Spring, so that the formulas are tested on hand-computed timelines.
 */
@NullMarked
package org.switchboard.server.schedules.adherence;

import org.jspecify.annotations.NullMarked;
