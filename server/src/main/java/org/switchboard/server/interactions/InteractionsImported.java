package org.switchboard.server.interactions;

import java.time.Instant;

/**
 * Published after an import committed new or changed interaction data, once per load (for a load that stored
 * something). Listeners rebuild what derives from the data for the period it covers. Published inside the transaction
 * that completes the load, so both {@code @EventListener} and {@code @TransactionalEventListener} (after commit) see
 * the data. Listeners must not throw: an exception reaches the importer, which marks the load failed (and, from an
 * {@code @EventListener}, rolls back the completing transaction: with policy reject-file, the whole file).
 *
 * @param loadId the load
 * @param source the data source (natural-key namespace) of the rows
 * @param firstArrival the earliest contact arrival or agent-event time the load wrote
 * @param lastArrival the latest contact arrival or agent-event time the load wrote
 * @param added rows added
 * @param changed rows updated
 */
public record InteractionsImported(
        long loadId, String source, Instant firstArrival, Instant lastArrival, long added, long changed) {}
