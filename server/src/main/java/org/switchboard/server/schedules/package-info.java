/**
 * Shift scheduling (issue 7): the rules a schedule is built under (shift templates, break rules, contracts, agents
 * with leave and preferences), solver runs against a staffing requirement in the background with the best schedule so
 * far and its lower bound, schedule versions (draft, published) with manual edits re-evaluated by the engine, the
 * .xlsx and iCalendar exports, and adherence of the published schedule against the agents' state events. The solver
 * and the evaluation of a schedule are the engine's ({@code org.switchboard.engine.scheduling}); this module stores,
 * shows and exports. Pages live in {@code web}, exports in {@code export}, adherence in {@code adherence}.
 */
@NullMarked
package org.switchboard.server.schedules;

import org.jspecify.annotations.NullMarked;
