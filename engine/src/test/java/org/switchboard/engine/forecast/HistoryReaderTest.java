package org.switchboard.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class HistoryReaderTest {

    private static HistoryParse read(String csv, int minutes) throws IOException {
        return HistoryReader.read(new StringReader(csv), "h.csv", minutes);
    }

    @Test
    void sumsSixMinuteRowsIntoThirtyMinutesAndWeighsAhtByVolume() throws IOException {
        var csv = new StringBuilder("timestamp,volume,aht\n");
        for (int minute = 0; minute < 1440; minute += 6) {
            csv.append("2026-01-05T%02d:%02d:00,%d,%d\n".formatted(minute / 60, minute % 60, minute < 30 ? 2 : 0, 60));
        }
        csv.replace(csv.indexOf("T00:06:00,2,60"), csv.indexOf("T00:06:00,2,60") + 14, "T00:06:00,6,160");

        var history = read(csv.toString(), 30).history().orElseThrow();

        assertThat(history.days()).isEqualTo(1);
        assertThat(history.volume(0)).hasValue(2 + 6 + 2 + 2 + 2.0);
        // (4 parts · 2 calls · 60 s + 6 calls · 160 s) / 14 calls
        assertThat(history.ahtSeconds(0).getAsDouble()).isEqualTo((4 * 2 * 60 + 6 * 160) / 14.0);
        assertThat(history.volume(1)).hasValue(0.0);
    }

    @Test
    void anIntervalWithAPartMissingIsMissingNotZero() throws IOException {
        var history = read(
                        """
                        timestamp,volume
                        2026-01-05T00:00,1
                        2026-01-05T00:15,2
                        2026-01-05T00:45,0
                        """,
                        30)
                .history()
                .orElseThrow();

        assertThat(history.volume(0)).hasValue(3.0);
        assertThat(history.volume(1)).isEmpty();
        assertThat(history.volume(2)).isEmpty();
    }

    @Test
    void reportsEveryFaultyLineWithFieldValueAndReason() throws IOException {
        var parse = read(
                """
                timestamp,volume
                2026-01-05T00:00,1
                2026-01-05T00:15,-2
                yesterday,3
                2026-01-05T00:30,x
                2026-01-05T00:00,4
                """,
                15);

        assertThat(parse.history()).isEmpty();
        assertThat(parse.problems())
                .extracting(p -> p.line() + " " + p.field() + " " + p.value())
                .containsExactly("3 volume -2", "4 timestamp yesterday", "5 volume x");
        var duplicates = read(
                "timestamp,volume\n2026-01-05T00:00,1\n2026-01-05T00:15,2\n2026-01-05T00:00,4\n", 15);
        assertThat(duplicates.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).contains("duplicated interval, first given on line 2");
        });
    }

    @Test
    void refusesAFileIntervalThatDoesNotDivideTheRequestedOne() throws IOException {
        var parse = read("timestamp,volume\n2026-01-05T00:00,1\n2026-01-05T00:06,2\n2026-01-05T00:12,2\n", 15);

        assertThat(parse.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("6 minutes");
            assertThat(problem.reason()).contains("does not divide the requested 15 minutes");
        });
    }
}
