package org.switchboard.server.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.server.support.SwitchboardProcess;

/**
 * An import killed half-way leaves whole committed batches, recorded as such, and never half a contact (issue 3, "bad
 * input, nothing lost"). A separate JVM runs {@code switchboard import} with policy quarantine on a generated queue_log
 * of {@value #CALLS} calls into an H2 file database in a temporary folder, in batches of {@value #BATCH} records; the
 * test watches {@code data_load} through a second connection ({@code AUTO_SERVER=TRUE}: the child owns the file, the
 * test connects through it) and kills the child with {@link Process#destroyForcibly()} once three batches are
 * committed. Then it opens the file itself and checks what survived, and imports the same file again to completion.
 */
class ImportKillIT {

    private static final int CALLS = 60_000;
    private static final int BATCH = 1_000;
    private static final long T0 = 1_700_000_000L;
    private static final String SOURCE = "killed";

    @TempDir
    Path folder;

    @Test
    void aKilledImportLeavesWholeRecordedBatchesAndTheNextRunAddsTheRest() throws Exception {
        var file = folder.resolve("queue_log");
        writeCalls(file);
        // WRITE_DELAY=0: H2 writes each commit to the file at once; by default it may still hold the commits of the
        // last half second in memory, which a kill loses (whole, so the database stays consistent, but then nothing
        // would be left to check)
        var url = "jdbc:h2:file:" + folder.resolve("switchboard") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";

        var killed = startImport(url, "killed.log");
        waitForBatches(killed, url, 3);
        killed.destroyForcibly();
        killed.waitFor();

        int survivingBatches;
        long survivors;
        try (var db = DriverManager.getConnection(url, "sa", "")) {
            var load = single(db, "SELECT id, status, batches_committed, records_read, records_added FROM data_load");
            survivingBatches = ((Number) load.get(2)).intValue();
            survivors = count(db, "SELECT COUNT(*) FROM contact");
            assertThat(load.get(1)).as("the load never finished").isEqualTo("RUNNING");
            assertThat(survivingBatches).isPositive();
            // every batch held BATCH new contacts: the counters and the rows were committed together
            assertThat(survivors).isEqualTo((long) survivingBatches * BATCH).isLessThan(CALLS);
            assertThat(((Number) load.get(3)).longValue()).isEqualTo(survivors);
            assertThat(((Number) load.get(4)).longValue()).isEqualTo(survivors);
            assertThat(count(db, "SELECT COUNT(*) FROM contact WHERE load_id <> " + load.get(0))).isZero();
            assertEveryContactIsWhole(db);
        }

        var rerun = startImport(url, "rerun.log");
        assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).as("the second import ends").isTrue();
        assertThat(rerun.exitValue()).as(Files.readString(folder.resolve("rerun.log"))).isZero();
        assertThat(Files.readString(folder.resolve("rerun.log")))
                .contains((CALLS - survivors) + " new, " + survivors + " already present, 0 changed, 0 rejected");
        try (var db = DriverManager.getConnection(url, "sa", "")) {
            var second = single(db, """
                    SELECT status, records_read, records_added, records_present, batches_committed FROM data_load
                    WHERE id = (SELECT MAX(id) FROM data_load)""");
            assertThat(second).containsExactly(
                    "COMPLETED", (long) CALLS, CALLS - survivors, survivors, CALLS / BATCH);
            assertThat(count(db, "SELECT COUNT(*) FROM contact")).isEqualTo(CALLS);
            assertEveryContactIsWhole(db);
        }
    }

    /** Answered calls 1 s apart, each 5 s waiting and 60 s talking, agents PJSIP/200 to PJSIP/249. */
    private static void writeCalls(Path file) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < CALLS; i++) {
                long arrival = T0 + i;
                var id = arrival + "." + i;
                var agent = "PJSIP/2" + String.format("%02d", i % 50);
                out.write(arrival + "|" + id + "|support|NONE|ENTERQUEUE||+4930" + i + "|1\n");
                out.write((arrival + 5) + "|" + id + "|support|" + agent + "|CONNECT|5|" + id + ".1|2\n");
                out.write((arrival + 65) + "|" + id + "|support|" + agent + "|COMPLETECALLER|5|60|1\n");
            }
        }
    }

    private Process startImport(String url, String log) throws IOException {
        return SwitchboardProcess.start(
                folder.resolve(log),
                Map.of("spring.datasource.url", url, "switchboard.import.batch-size", String.valueOf(BATCH)),
                List.of("import", folder.resolve("queue_log").toString(), "--format", "queue-log", "--policy",
                        "quarantine", "--source", SOURCE, "--data", folder.toString()));
    }

    /** Polls the load's counters through the child's database server until enough batches are committed. */
    private void waitForBatches(Process child, String url, int batches) throws Exception {
        var lock = folder.resolve("switchboard.lock.db");
        Connection db = null;
        try {
            while (db == null || committedBatches(db) < batches) {
                if (!child.isAlive()) {
                    fail("the import ended before it was killed:%n%s", Files.readString(folder.resolve("killed.log")));
                }
                // connect only once the child holds the file, so that the child, not the test, writes it
                if (db == null && Files.exists(lock)) {
                    db = connectIfCreated(url);
                }
                Thread.sleep(20);
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private static @Nullable Connection connectIfCreated(String url) {
        try {
            return DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
        } catch (SQLException notYet) {
            return null; // the child is still creating the database
        }
    }

    private static int committedBatches(Connection db) {
        try (var rows = db.createStatement().executeQuery("SELECT COALESCE(MAX(batches_committed), 0) FROM data_load")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException notYet) {
            return 0; // the child is still creating the schema
        }
    }

    /** Every stored contact has all its fields: its fingerprint, computed from its columns, is the one stored. */
    private static void assertEveryContactIsWhole(Connection db) throws SQLException {
        var broken = new ArrayList<String>();
        try (var rows = db.createStatement().executeQuery("SELECT * FROM contact")) {
            while (rows.next()) {
                if (rows.getLong("fingerprint") != ContactFingerprint.of(interaction(rows))) {
                    broken.add(rows.getString("source_id"));
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static Interaction interaction(ResultSet row) throws SQLException {
        return new Interaction(
                row.getString("source_id"),
                Channel.valueOf(row.getString("channel")),
                row.getString("queue"),
                Direction.valueOf(row.getString("direction")),
                Optional.ofNullable(row.getString("customer_address")),
                instant(row, "arrived_at").orElseThrow(),
                instant(row, "answered_at"),
                instant(row, "ended_at").orElseThrow(),
                instant(row, "wrap_ended_at"),
                Optional.ofNullable(row.getString("agent_id")),
                Disposition.valueOf(row.getString("disposition")),
                Optional.ofNullable(row.getString("reason_code")),
                Optional.ofNullable((Boolean) row.getObject("sale")),
                Optional.ofNullable(row.getObject("revenue", BigDecimal.class)));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static long count(Connection db, String sql) throws SQLException {
        return ((Number) single(db, sql).get(0)).longValue();
    }

    private static List<Object> single(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            var values = new ArrayList<Object>();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                values.add(rows.getObject(column));
            }
            assertThat(rows.next()).as("one row: " + sql).isFalse();
            return values;
        }
    }
}
