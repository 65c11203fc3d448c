/**
 * Interaction data as importers read it from source systems: {@link org.switchboard.engine.interactions.Interaction}
 * (a contact offered to a queue) and {@link org.switchboard.engine.interactions.AgentEvent} (an agent-state change),
 * delivered to an {@link org.switchboard.engine.interactions.InteractionSink} together with the
 * {@link org.switchboard.engine.core.InputProblem}s of the records that could not be taken. Readers of the formats
 * live in the sub-packages: {@code queuelog} (Asterisk), {@code mapping} (CSV and .xlsx with a column mapping);
 * {@code facts} aggregates contacts into mergeable 15-minute interval facts.
 */
@NullMarked
package org.switchboard.engine.interactions;

import org.jspecify.annotations.NullMarked;
