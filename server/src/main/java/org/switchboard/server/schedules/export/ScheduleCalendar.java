package org.switchboard.server.schedules.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.switchboard.server.schedules.RosterShift;

/**
 * Writes one agent's shifts and breaks as an iCalendar file (RFC 5545): one {@code VEVENT} per shift and one per
 * break, times in UTC ({@code 20260302T070000Z}), each with a {@code UID} stable for the version, agent, day and
 * break (so that a calendar importing a newer file of the same version replaces rather than duplicates) and the
 * {@code DTSTAMP} of the version's publication. Lines end with CRLF and are folded at 75 octets (RFC 5545 §3.1);
 * text values are escaped (§3.3.11).
 */
public final class ScheduleCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int FOLD_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ScheduleCalendar() {}

    /**
     * Labels of the events, in the reader's language.
     *
     * @param shift the summary of a shift event; the template's name is appended
     * @param paidBreak the summary of a paid break
     * @param unpaidBreak the summary of an unpaid break
     */
    public record Labels(String shift, String paidBreak, String unpaidBreak) {}

    /**
     * Writes the calendar.
     *
     * @param versionId the schedule version, part of every UID
     * @param stamp the DTSTAMP of every event: when the version was published (or created, for a draft)
     * @param shifts the agent's shifts
     * @param labels the events' summaries
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(long versionId, Instant stamp, List<RosterShift> shifts, Labels labels, Writer out)
            throws IOException {
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Switchboard//Schedules//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (var shift : shifts) {
            var uid = "shift-" + versionId + "-" + shift.agentId() + "-" + shift.day();
            event(out, uid, stamp, shift.start(), shift.end(), labels.shift() + " " + shift.template());
            for (int i = 0; i < shift.breaks().size(); i++) {
                var item = shift.breaks().get(i);
                event(out, uid + "-break-" + (i + 1), stamp, item.start(), item.end(),
                        item.paid() ? labels.paidBreak() : labels.unpaidBreak());
            }
        }
        line(out, "END:VCALENDAR");
    }

    private static void event(Writer out, String uid, Instant stamp, Instant start, Instant end, String summary)
            throws IOException {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid + "@switchboard");
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(end));
        line(out, "SUMMARY:" + escape(summary));
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Writes a content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
    static void line(Writer out, String content) throws IOException {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.write(CRLF + " ");
                octets = 1;
                limit = FOLD_OCTETS;
            }
            out.write(Character.toChars(codePoint));
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.write(CRLF);
    }
}
