/**
 * Interaction data held by Switchboard: agents, contacts, agent-state events and survey answers, each with the
 * {@link org.switchboard.server.interactions.DataLoad load} that brought it. Every loading path (today the demo data
 * set; the importers of CSV, .xlsx, Asterisk queue_log and the JSON API next) writes through
 * {@link org.switchboard.server.interactions.InteractionStore}.
 */
@NullMarked
package org.switchboard.server.interactions;

import org.jspecify.annotations.NullMarked;
