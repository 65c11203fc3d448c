package org.switchboard.server.kpi.facts;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the demo loader ({@code @Order(10)}), builds the facts of every load with stored data whose
 * refresh never ran: a completed load whose process was killed before its refresh, a load loaded by a version without
 * facts, and the committed batches of a failed or interrupted (still {@code RUNNING}) load. Refused loads stored
 * nothing and are skipped.
 */
@Component
@Order(20)
class FactRefreshAtStartup implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final FactRefresh refresh;

    FactRefreshAtStartup(JdbcClient jdbc, FactRefresh refresh) {
        this.jdbc = jdbc;
        this.refresh = refresh;
    }

    @Override
    public void run(ApplicationArguments args) {
        pendingLoads().forEach(refresh::refreshLoad);
    }

    /** {@return the loads with stored data and without a recorded refresh, oldest first} */
    List<Long> pendingLoads() {
        return jdbc.sql("""
                SELECT d.id FROM data_load d
                WHERE d.status IN ('COMPLETED', 'FAILED', 'RUNNING') AND NOT EXISTS (SELECT 1 FROM fact_refresh r WHERE r.load_id = d.id)
                ORDER BY d.id""")
                .query(Long.class)
                .list();
    }
}
