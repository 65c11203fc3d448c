package org.switchboard.server.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** An uploaded requirement file read by the engine's reader into whole-agent points in the centre's zone. */
class RequirementUploadTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void timestampsWithoutAnOffsetAreInTheCentresZone() throws IOException {
        var points = RequirementUpload.read("req.csv",
                bytes("timestamp,skill,agents\n2026-07-06T09:00,service,4\n2026-07-06T09:15:00Z,service,5\n"), BERLIN);
        // 6 July 2026 is summer time in Berlin (UTC+2): 09:00 local = 07:00Z; 09:15Z stays as written
        assertThat(points).containsExactly(
                new RequirementPoint(Instant.parse("2026-07-06T07:00:00Z"), "service", 4),
                new RequirementPoint(Instant.parse("2026-07-06T09:15:00Z"), "service", 5));
    }

    @Test
    void theFirstBadLineIsNamedEvenWhenALaterOneIsAlsoBad() throws IOException {
        var refused = catchThrowableOfType(RequirementUpload.RequirementFileException.class,
                () -> RequirementUpload.read("req.csv",
                        bytes("timestamp,skill,agents\n2026-07-06T09:00,service,1.5\n2026-07-06T09:15,service,x\n"),
                        BERLIN));
        assertThat(refused.fileName()).isEqualTo("req.csv");
        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.field()).isEqualTo("agents");
        assertThat(refused.value()).isEqualTo("1.5");
        assertThat(refused.reason()).isEqualTo("a whole number of agents");
    }
}
