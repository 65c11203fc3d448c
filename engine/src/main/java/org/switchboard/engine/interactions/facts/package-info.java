/**
 * Mergeable interval facts (issue 3): contacts and agent-state events aggregated into 15-minute
 * {@link org.switchboard.engine.interactions.facts.ContactFact}s per queue × channel × direction × agent and
 * {@link org.switchboard.engine.interactions.facts.AgentFact}s per agent, stored as sums and
 * {@link org.switchboard.engine.interactions.facts.WaitHistogram}s so that every coarser view — 30/60-minute slots,
 * days, weeks, months in any zone, any queue or team grouping — is a merge ({@link
 * org.switchboard.engine.interactions.facts.Rollups}), and wait percentiles merge too. Everything here is a pure
 * function or a single-threaded builder, so a batch engine can run it as well as the server.
 */
@NullMarked
package org.switchboard.engine.interactions.facts;

import org.jspecify.annotations.NullMarked;
