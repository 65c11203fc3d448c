package org.switchboard.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one reader of requirement files ({@code timestamp,skill,agents}) of the command line and the planning page. */
class RequirementCsvTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private record Read(List<RequirementCsv.Row> rows, List<RequirementCsv.Problem> problems) {}

    private static Read read(String text) throws IOException {
        var rows = new ArrayList<RequirementCsv.Row>();
        var problems = RequirementCsv.read("REQ.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                rows::add);
        return new Read(rows, problems);
    }

    @Test
    void readsRowsWithAndWithoutAnOffsetInAnyColumnOrder() throws IOException {
        var read = read("\uFEFFSkill,timestamp,agents\nvoice,2026-03-02T08:00,2.5\n\nchat,2026-03-02 08:15:00+01:00,0\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).containsExactly(
                new RequirementCsv.Row(2, LocalDateTime.of(2026, 3, 2, 8, 0), Optional.empty(), "voice", 2.5),
                new RequirementCsv.Row(4, LocalDateTime.of(2026, 3, 2, 8, 15), Optional.of(ZoneOffset.ofHours(1)),
                        "chat", 0));
        // 2 March 2026 is winter time in Berlin (UTC+1): 08:00 local = 07:00Z; the written +01:00 gives 07:15Z
        assertThat(read.rows().get(0).instant(BERLIN)).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(read.rows().get(1).instant(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-03-02T07:15:00Z"));
    }

    @Test
    void reportsEveryBadFieldOfEveryLineAndKeepsTheGoodRows() throws IOException {
        var read = read("timestamp,skill,agents\n"
                + "2026-03-02T08:00,voice,1\n"
                + "2026-03-02T25:00,,-1\n"
                + "2026-03-02T08:30,voice,NaN\n"
                + "2026-03-02T08:45,voice\n");
        assertThat(read.rows()).extracting(RequirementCsv.Row::line).containsExactly(2L);
        assertThat(read.problems()).containsExactly(
                new RequirementCsv.Problem("REQ.csv", 3, "timestamp", "2026-03-02T25:00",
                        "an ISO date and time such as 2026-01-05T08:00"),
                new RequirementCsv.Problem("REQ.csv", 3, "skill", "", "a value is required"),
                new RequirementCsv.Problem("REQ.csv", 3, "agents", "-1", "a finite number >= 0"),
                new RequirementCsv.Problem("REQ.csv", 4, "agents", "NaN", "a finite number >= 0"),
                new RequirementCsv.Problem("REQ.csv", 5, "agents", "", "a finite number >= 0"));
        assertThat(read.problems().get(0).message()).isEqualTo(
                "REQ.csv line 3, field timestamp: value '2026-03-02T25:00' — an ISO date and time such as 2026-01-05T08:00");
    }

    @Test
    void aHeaderWithoutTheColumnsStopsTheRead() throws IOException {
        var read = read("time,skill,agents\n2026-03-02T08:00,voice,1\n");
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.field()).isEqualTo("header");
            assertThat(problem.value()).isEqualTo("time,skill,agents");
        });
        assertThat(read("").problems()).extracting(RequirementCsv.Problem::field).containsExactly("header");
    }
}
