package org.switchboard.server.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.queuelog.QueueLogRealSampleTest;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The real Asterisk queue_log sample ({@code shared/data/interactions/asterisk-queue-log-table-2018.csv}, a realtime
 * queue_log table exported as CSV, turned back into raw lines by {@link QueueLogRealSampleTest#rawLine}) imports with
 * no unexplained reject: every rejected line is one of the site's custom outbound verbs; the calls still waiting when
 * the export ends are kept open for the next import ({@link OpenCallStore}); a second import finds everything already
 * present. Skipped when the sample is absent.
 */
@SwitchboardIntegrationTest
@Tag("database")
class QueueLogSampleImportIT {

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpenCallStore openCalls;

    @Test
    void theRealSampleImportsWithOnlyExplainedRejectsAndOnceOnly() throws IOException {
        var sample = QueueLogRealSampleTest.sample();
        assumeThat(sample).as("shared/data/interactions sample not found above %s; test skipped",
                Path.of("").toAbsolutePath()).isPresent();
        var raw = rawLines(sample.get());
        var request = new ImportRequest(UniqueNames.of("pbx"), "queue_log", ImportFormat.QUEUE_LOG, Optional.empty(),
                ZoneId.of("UTC"), RejectPolicy.QUARANTINE, "tester");

        var first = importer.importFile(request, new ByteArrayInputStream(raw), raw.length, ImportProgress.NONE);
        var second = importer.importFile(request, new ByteArrayInputStream(raw), raw.length, ImportProgress.NONE);

        // QueueLogRealSampleTest: 104 calls assembled, 60 agent-state changes, 257 lines of custom verbs and 4 calls
        // still waiting when the export ends, kept open for the next import of the source (not a day old yet)
        assertThat(first.counts().rejected()).isEqualTo(257);
        assertThat(first.problems()).allSatisfy(problem -> assertThat(explained(problem)).as(problem.toString()).isTrue());
        assertThat(openCalls.openBefore(request.source(), Instant.now())).hasSize(4);
        assertThat(first.problems().stream()
                        .filter(problem -> problem.field().equals("verb"))
                        .collect(Collectors.groupingBy(InputProblem::value, Collectors.counting())))
                .isEqualTo(QueueLogRealSampleTest.CUSTOM_VERBS);
        assertThat(first.counts().added() + first.counts().alreadyPresent()).isEqualTo(104 + 60);
        assertThat(contacts(request.source())).isEqualTo(104);
        assertThat(second.counts().added()).isZero();
        assertThat(second.counts().changed()).isZero();
        assertThat(second.counts().alreadyPresent()).isEqualTo(104 + 60);
        assertThat(contacts(request.source())).isEqualTo(104);
    }

    private static boolean explained(InputProblem problem) {
        return problem.field().equals("verb") && QueueLogRealSampleTest.CUSTOM_VERBS.containsKey(problem.value());
    }

    private static byte[] rawLines(Path table) throws IOException {
        try (var rows = Files.lines(table, StandardCharsets.UTF_8)) {
            return rows.skip(1)
                    .map(QueueLogRealSampleTest::rawLine)
                    .collect(Collectors.joining("\n", "", "\n"))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private long contacts(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM contact WHERE source = :source")
                .param("source", source)
                .query(Long.class)
                .single();
    }
}
