package org.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.support.SwitchboardProcess;

/**
 * {@code switchboard import} as scripts run it, in a JVM of its own on an embedded database in a temporary folder:
 * exit code 1 and nothing stored when the file is refused, exit code 0 when the valid lines are imported with the bad
 * one quarantined, the outcome line, and the rejects file with its formula-like cell neutralised; queue_log files given
 * together carry the calls that span them.
 */
class ImportCommandIT {

    @TempDir
    Path folder;

    @Test
    void aRefusedFileExitsWithOneAndAQuarantinedOneWithZeroBothWritingTheRejects() throws Exception {
        var file = Files.writeString(folder.resolve("queue_log"), """
                1700000000|1.1|support|NONE|ENTERQUEUE||+4930123|1
                1700000010|1.1|support|PJSIP/201|CONNECT|10|1.1.1|2
                1700000070|1.1|support|PJSIP/201|COMPLETECALLER|10|60|1
                =HYPERLINK("x")|1.2
                """);

        int refused = run("refused.log", "reject-file");
        var refusedRejects = Files.readString(folder.resolve("queue_log.rejects.csv"));
        int quarantined = run("quarantined.log", "quarantine");

        assertThat(refused).as(log("refused.log")).isEqualTo(1);
        assertThat(log("refused.log"))
                .contains(file + ": 0 new, 0 already present, 0 changed, 1 rejected - file refused, nothing stored")
                .contains("rejected lines: " + folder.resolve("queue_log.rejects.csv"));
        // the value starts with '=': a spreadsheet would run it, so it is written with a leading single quote
        assertThat(refusedRejects).isEqualTo("""
                file,line,field,value,reason\r
                queue_log,4,line,"'=HYPERLINK(""x"")|1.2",fewer than 5 fields: epoch|callid|queue|agent|event\r
                """);
        assertThat(quarantined).as(log("quarantined.log")).isZero();
        assertThat(log("quarantined.log")).contains(file + ": 1 new, 0 already present, 0 changed, 1 rejected");
    }

    @Test
    void queueLogFilesGivenOldestFirstCarryTheCallThatSpansThem() throws Exception {
        // call 2.1 enters at the end of queue_log.1 and is answered and completed in queue_log
        var older = Files.writeString(folder.resolve("queue_log.1"), """
                1700000000|2.2|support|NONE|ENTERQUEUE||+4930124|1
                1700000005|2.2|support|NONE|ABANDON|1|1|5
                1700000010|2.1|support|NONE|ENTERQUEUE||+4930123|1
                """);
        var newer = Files.writeString(folder.resolve("queue_log"), """
                1700000040|2.1|support|PJSIP/201|CONNECT|30|2.1.1|2
                1700000100|2.1|support|PJSIP/201|COMPLETECALLER|30|60|1
                """);

        var process = SwitchboardProcess.start(
                folder.resolve("both.log"),
                Map.of(),
                List.of("import", older.toString(), newer.toString(), "--format", "queue-log", "--data",
                        folder.toString()));

        assertThat(process.waitFor()).as(log("both.log")).isZero();
        // without the carry, 2.1 would be rejected as still waiting in the first file (refusing it) and its two
        // lines as without ENTERQUEUE in the second
        assertThat(log("both.log"))
                .contains(older + ": 1 new, 0 already present, 0 changed, 0 rejected")
                .contains(newer + ": 1 new, 0 already present, 0 changed, 0 rejected");
    }

    private int run(String log, String policy) throws Exception {
        var process = SwitchboardProcess.start(
                folder.resolve(log),
                Map.of(),
                List.of("import", folder.resolve("queue_log").toString(), "--format", "queue-log", "--policy", policy,
                        "--data", folder.toString()));
        return process.waitFor();
    }

    private String log(String name) throws java.io.IOException {
        return Files.readString(folder.resolve(name));
    }
}
