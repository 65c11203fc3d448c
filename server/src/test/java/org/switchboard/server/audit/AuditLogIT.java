package org.switchboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link AuditLog} on a real database: H2 in the default Failsafe run, PostgreSQL in the {@code postgres}
 * run (tag {@code database}). Entries are told apart from other tests' by a unique target id.
 */
@SwitchboardIntegrationTest
@Tag("database")
class AuditLogIT {

    /** How many of the newest entries the tests look through for their own. */
    private static final int RECENT = 50;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void recordStoresEveryFieldAndTheTimeOfTheChange() {
        var target = UniqueNames.of("target");
        var before = Instant.now().truncatedTo(ChronoUnit.MICROS);

        auditLog.record("THING_CHANGED", "thing", target, "colour=red->blue");

        var entry = latestFor(target);
        assertThat(entry.action()).isEqualTo("THING_CHANGED");
        assertThat(entry.targetType()).isEqualTo("thing");
        assertThat(entry.targetId()).isEqualTo(target);
        assertThat(entry.details()).isEqualTo("colour=red->blue");
        assertThat(entry.actor()).isEqualTo(AuditLog.SYSTEM_ACTOR);
        assertThat(entry.occurredAt()).isBetween(before, Instant.now());
    }

    @Test
    @WithMockUser(username = "auditor")
    void theActorIsTheSignedInUser() {
        var target = UniqueNames.of("target");

        auditLog.record("THING_VIEWED", "thing", target, null);

        var entry = latestFor(target);
        assertThat(entry.actor()).isEqualTo("auditor");
        assertThat(entry.details()).isNull();
    }

    @Test
    void latestListsTheNewestFirstAndAtMostTheLimit() {
        var targets = new String[] {UniqueNames.of("first"), UniqueNames.of("second"), UniqueNames.of("third")};
        for (var target : targets) {
            auditLog.record("THING_CHANGED", "thing", target, null);
        }

        assertThat(auditLog.latest(2)).hasSize(2);
        assertThat(auditLog.latest(RECENT))
                .extracting(AuditEntry::targetId)
                .filteredOn(id -> List.of(targets).contains(id))
                .containsExactly(targets[2], targets[1], targets[0]);
    }

    @Test
    void latestRejectsALimitBelowOne() {
        assertThatThrownBy(() -> auditLog.latest(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at least 1: limit=0");
    }

    @Test
    void longDetailsAreCutToTheColumnWidth() {
        var target = UniqueNames.of("target");

        auditLog.record("THING_CHANGED", "thing", target, "x".repeat(2500));

        assertThat(latestFor(target).details()).hasSize(2000);
    }

    @Test
    void anEntryJoinsTheCallersTransactionAndRollsBackWithIt() {
        var kept = UniqueNames.of("kept");
        var rolledBack = UniqueNames.of("rolled-back");

        transaction.executeWithoutResult(status -> auditLog.record("THING_CHANGED", "thing", kept, null));
        transaction.executeWithoutResult(status -> {
            auditLog.record("THING_CHANGED", "thing", rolledBack, null);
            assertThat(entriesFor(rolledBack)).as("visible inside its transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(entriesFor(kept)).isEqualTo(1);
        assertThat(entriesFor(rolledBack)).isZero();
    }

    @Test
    void countSinceCountsEntriesFromThatInstantOn() {
        var since = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long before = auditLog.countSince(since);

        auditLog.record("THING_CHANGED", "thing", UniqueNames.of("counted"), null);

        assertThat(auditLog.countSince(since)).isEqualTo(before + 1);
        assertThat(auditLog.countSince(Instant.now().plusSeconds(60))).isZero();
    }

    /** {@return the newest entry about this target, among the recent ones (other tests write too)} */
    private AuditEntry latestFor(String targetId) {
        return auditLog.latest(RECENT).stream()
                .filter(entry -> targetId.equals(entry.targetId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no recent audit entry for " + targetId));
    }

    private long entriesFor(String targetId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target_id = :id")
                .param("id", targetId)
                .query(Long.class)
                .single();
    }
}
