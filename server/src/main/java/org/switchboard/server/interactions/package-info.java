/**
 * Interaction data held by Switchboard: agents, contacts, agent-state events and survey answers, each with the
 * {@link org.switchboard.server.interactions.DataLoad load} that brought it. Contacts and agent events arrive through
 * the {@link org.switchboard.server.interactions.Importer} (Asterisk queue_log, CSV and .xlsx with a mapping profile,
 * parsed JSON records; the demo data set too), which announces what it stored with
 * {@link org.switchboard.server.interactions.InteractionsImported}; agents and survey answers through
 * {@link org.switchboard.server.interactions.InteractionStore}.
 */
@NullMarked
package org.switchboard.server.interactions;

import org.jspecify.annotations.NullMarked;
