package org.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard import} refuses bad command lines with exit code 2 before it starts anything. */
class ImportCommandTest {

    @TempDir
    Path folder;

    @Test
    void badArgumentsEndWithExitCodeTwoAndSayWhatIsWrong() throws IOException {
        var file = Files.writeString(folder.resolve("queue_log"), "");
        var missing = folder.resolve("missing").toString();

        var unknownFormat = StaffingCommandTest.run("import", file.toString(), "--format", "json");
        var csvWithoutMapping = StaffingCommandTest.run("import", file.toString(), "--format", "csv");
        var noSuchFile = StaffingCommandTest.run("import", missing, "--format", "queue-log");
        var badPolicy = StaffingCommandTest.run("import", file.toString(), "--format", "queue-log", "--policy", "x");
        var badZone = StaffingCommandTest.run("import", file.toString(), "--format", "queue-log", "--zone", "Mars/Base");

        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(unknownFormat.err()).contains("--format must be queue-log, csv or xlsx: json");
        assertThat(csvWithoutMapping.exitCode()).isEqualTo(2);
        assertThat(csvWithoutMapping.err()).contains("--mapping is required for csv and xlsx");
        assertThat(noSuchFile.exitCode()).isEqualTo(2);
        assertThat(noSuchFile.err()).contains("no such file: " + missing);
        assertThat(badPolicy.exitCode()).isEqualTo(2);
        assertThat(badPolicy.err()).contains("--policy must be reject-file or quarantine: x");
        assertThat(badZone.exitCode()).isEqualTo(2);
        assertThat(badZone.err()).contains("--zone is not a time zone: Mars/Base");
    }

    @Test
    void aMappingProfileThatIsNoProfileIsABadArgument() throws IOException {
        var file = Files.writeString(folder.resolve("contacts.csv"), "id\n");
        var profile = Files.writeString(folder.resolve("profile.json"), "{\"name\": \"x\"}");

        var run = StaffingCommandTest.run(
                "import", file.toString(), "--format", "csv", "--mapping", profile.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--mapping " + profile + " is not a mapping profile");
    }
}
