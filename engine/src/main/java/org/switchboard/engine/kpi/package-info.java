/**
 * The operational KPIs of metrics.md computed from merged interval facts
 * ({@link org.switchboard.engine.interactions.facts.ContactFact},
 * {@link org.switchboard.engine.interactions.facts.AgentFact}): accessibility with every service-level variant (§1),
 * productivity (§2), FCR and transfers (§3) and revenue (§5). Each figure's Javadoc gives its formula and section.
 * A ratio whose denominator is zero is empty ({@link java.util.OptionalDouble#empty()}), never 0 or NaN; shares are
 * fractions 0–1, times are seconds.
 */
@NullMarked
package org.switchboard.engine.kpi;

import org.jspecify.annotations.NullMarked;
