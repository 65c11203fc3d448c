package org.switchboard.server.schedules.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.server.schedules.RosterBreak;
import org.switchboard.server.schedules.RosterShift;

/** The iCalendar export against RFC 5545: CRLF lines, UTC times, UID and DTSTAMP, escaping and folding. */
class ScheduleCalendarTest {

    private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
    private static final ScheduleCalendar.Labels LABELS = new ScheduleCalendar.Labels("Shift", "Paid break", "Lunch");

    @Test
    void aShiftWithItsBreaksIsOneEventEachInUtcWithStableUids() throws IOException {
        var shift = new RosterShift("A001", LocalDate.of(2026, 3, 2), "service", "Day", START,
                START.plusSeconds(510 * 60), List.of(
                        new RosterBreak(START.plusSeconds(3600), START.plusSeconds(3600 + 900), true),
                        new RosterBreak(START.plusSeconds(4 * 3600), START.plusSeconds(4 * 3600 + 1800), false)));
        var out = new StringWriter();

        ScheduleCalendar.write(7, Instant.parse("2026-02-27T16:05:09Z"), List.of(shift), LABELS, out);

        var text = out.toString();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(4);
        // 07:00Z + 510 min = 15:30Z; breaks 08:00–08:15Z and 11:00–11:30Z
        assertThat(text)
                .contains("UID:shift-7-A001-2026-03-02@switchboard\r\n"
                        + "DTSTAMP:20260227T160509Z\r\n"
                        + "DTSTART:20260302T070000Z\r\n"
                        + "DTEND:20260302T153000Z\r\n"
                        + "SUMMARY:Shift Day\r\n")
                .contains("UID:shift-7-A001-2026-03-02-break-1@switchboard\r\nDTSTAMP:20260227T160509Z\r\n"
                        + "DTSTART:20260302T080000Z\r\nDTEND:20260302T081500Z\r\nSUMMARY:Paid break\r\n")
                .contains("UID:shift-7-A001-2026-03-02-break-2@switchboard\r\nDTSTAMP:20260227T160509Z\r\n"
                        + "DTSTART:20260302T110000Z\r\nDTEND:20260302T113000Z\r\nSUMMARY:Lunch\r\n");
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() throws IOException {
        assertThat(ScheduleCalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");

        var out = new StringWriter();
        // "SUMMARY:" (8 octets) + 40 CJK characters of 3 octets each = 128 octets: must fold
        ScheduleCalendar.line(out, "SUMMARY:" + "班".repeat(40));

        var lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        for (var line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(lines[1]).startsWith(" ");
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "班".repeat(40) + "\r\n");
    }
}
