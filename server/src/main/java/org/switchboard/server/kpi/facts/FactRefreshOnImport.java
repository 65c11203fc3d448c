package org.switchboard.server.kpi.facts;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.switchboard.server.interactions.InteractionsImported;

/**
 * Rebuilds the facts of an import's range once its data is committed ({@link InteractionsImported} is published in
 * the transaction that completes the load; this listener runs after its commit, in a transaction of its own). The
 * import's caller waits for the refresh, so a finished import shows on the dashboard at once. A process killed between
 * the commit and the refresh leaves the load unrecorded in {@code fact_refresh}, and the next start refreshes it
 * ({@link FactRefreshAtStartup}).
 */
@Component
class FactRefreshOnImport {

    private final FactRefresh refresh;

    FactRefreshOnImport(FactRefresh refresh) {
        this.refresh = refresh;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InteractionsImported imported) {
        refresh.rebuild(imported.firstArrival(), imported.lastArrival().plusSeconds(1), List.of(imported.loadId()));
    }
}
