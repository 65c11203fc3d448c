package org.switchboard.engine.interactions.queuelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.queuelog.ParseProblem.Reason;

/**
 * Real queue_log rows (29 Nov–4 Dec 2018, queue "IT", callback agents) from a database-table export: {@code
 * shared/data/interactions/asterisk-queue-log-table-2018.csv} (source: GitHub srinimonster/voipreports1,
 * queue_log.csv @97b943f; see the data README). The table splits the data into {@code param1..3} plus
 * {@code entpos, expos, htime, ttime} columns; {@link #rawLine} puts each verb's values back where Asterisk writes
 * them (queue-log-format.md §1.2). Expected counts are the event counts of the file ({@code cut -d, -f6 | sort |
 * uniq -c}).
 */
public class QueueLogRealSampleTest {

    private static final String FILE = "asterisk-queue-log-table-2018.csv";

    /** Custom outbound verbs written by the site's dialplan, with their row counts. */
    public static final Map<String, Long> CUSTOM_VERBS = Map.of(
            "OUTDIAL", 128L,
            "OUTANSWER", 77L,
            "OUTCANCEL", 24L,
            "OUTCHANUNAVAIL", 18L,
            "OUTCONGESTION", 9L,
            "OUTTRANSFER", 1L);

    /** {@return the real sample table, when {@code shared/data} is above the working folder} */
    public static Optional<Path> sample() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/data/interactions").resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Columns: {@code uid,date_time,callid,queue_name,type,event,param1,param2,param3,entpos,expos,htime,ttime,time}.
     */
    public static String rawLine(String row) {
        var c = row.split(",", -1);
        var data = switch (c[5]) {
            case "ENTERQUEUE" -> List.of("", c[6], c[9]);
            case "CONNECT" -> List.of(c[11], c[7], c[8]);
            case "COMPLETECALLER", "COMPLETEAGENT" -> List.of(c[11], c[12], c[9]);
            case "ABANDON", "EXITWITHTIMEOUT", "EXITEMPTY" -> List.of(c[10], c[9], c[11]);
            case "RINGNOANSWER", "RINGCANCELED" -> List.of(c[11]);
            // the table keeps neither extension/context nor transfer method, only the times
            case "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER" -> List.of("", "", c[11], c[12], c[9]);
            default -> List.of(c[6], c[7], c[8]);
        };
        return String.join("|", c[1], c[2], c[3], c[4], c[5]) + "|" + String.join("|", data);
    }

    @Test
    void readsTheRealRowsReportingCustomVerbsAndAssemblingTheStandardCalls() throws IOException {
        var path = sample();
        assumeThat(path).as("shared/data/interactions/%s not found above %s; test skipped", FILE,
                Path.of("").toAbsolutePath()).isPresent();
        var calls = new ArrayList<QueueCall>();
        var changes = new ArrayList<AgentStateChange>();
        var parser = new QueueLogParser(FILE);
        var assembler = new QueueLogAssembler(QueueLogAssembler.Settings.standard(), calls::add, changes::add);
        var raw = new StringBuilder();
        var holdSecondsByCall = new HashMap<String, Long>();
        try (var rows = Files.newBufferedReader(path.get(), StandardCharsets.UTF_8)) {
            rows.readLine();
            for (var row = rows.readLine(); row != null; row = rows.readLine()) {
                raw.append(rawLine(row)).append('\n');
                var c = row.split(",", -1);
                if (List.of("CONNECT", "ABANDON", "EXITWITHTIMEOUT").contains(c[5])) {
                    holdSecondsByCall.put(c[2], Long.parseLong(c[11]));
                }
            }
        }
        parser.parse(new StringReader(raw.toString()), assembler::accept);
        var open = assembler.finish();

        var unknown = parser.problems().stream()
                .filter(problem -> problem.reason() == Reason.UNKNOWN_VERB)
                .collect(Collectors.groupingBy(ParseProblem::value, TreeMap::new, Collectors.counting()));
        assertThat(unknown).isEqualTo(new TreeMap<>(CUSTOM_VERBS));
        assertThat(parser.problems()).hasSize(257);
        assertThat(assembler.problems()).isEmpty();
        // 108 ENTERQUEUE rows; 104 end rows (51 COMPLETEAGENT, 38 COMPLETECALLER, 12 ABANDON, 1 EXITWITHTIMEOUT,
        // 1 BLINDTRANSFER, 1 ATTENDEDTRANSFER); the other 4 calls are still waiting when the export ends.
        assertThat(open).hasSize(4);
        assertThat(calls).hasSize(104);
        assertThat(calls.stream().collect(Collectors.groupingBy(QueueCall::disposition, Collectors.counting())))
                .containsOnly(
                        entry(Disposition.ANSWERED, 89L),
                        entry(Disposition.TRANSFERRED, 2L),
                        entry(Disposition.ABANDONED, 11L),
                        entry(Disposition.SHORT_ABANDON, 1L),
                        entry(Disposition.OVERFLOWED, 1L));
        // Asterisk's own hold time (htime of CONNECT, ABANDON, EXITWITHTIMEOUT) equals the assembled one exactly.
        assertThat(calls).allSatisfy(call -> assertThat(call.holdTime().toSeconds())
                .as(call.callId())
                .isEqualTo(holdSecondsByCall.get(call.callId())));
        assertThat(changes).hasSize(26 + 14 + 10 + 10);
    }
}
