package org.switchboard.server.schedules.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.server.schedules.EvaluatedVersion;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.ScheduleWorkbook;

/**
 * The downloads of a schedule version as HTTP responses, shared by the planning pages and the REST API: the .xlsx
 * workbook ({@link ScheduleWorkbook}) and one agent's iCalendar file ({@link ScheduleCalendar}), with the event titles
 * in the caller's language. An unknown version, or an agent without a shift in it, is a 404.
 */
@Component
public class ScheduleDownloads {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final SchedulePlanning planning;
    private final MessageSource messages;
    private final ZoneId zone;

    ScheduleDownloads(SchedulePlanning planning, MessageSource messages, @Value("${switchboard.time-zone}") ZoneId zone) {
        this.planning = planning;
        this.messages = messages;
        this.zone = zone;
    }

    /** {@return the version as a workbook: one row per agent, one column per day, a sheet per day} */
    public ResponseEntity<byte[]> workbook(long versionId) throws IOException {
        var evaluated = evaluate(versionId);
        var out = new ByteArrayOutputStream();
        ScheduleWorkbook.write(evaluated, zone, "1.0", out);
        return attachment(XLSX, "schedule-" + versionId + ".xlsx", out.toByteArray());
    }

    /** {@return the shifts and breaks of one agent in the version as an iCalendar file} */
    public ResponseEntity<byte[]> calendar(long versionId, String agentId, Locale locale) throws IOException {
        var version = planning.version(versionId).orElseThrow(ScheduleDownloads::notFound);
        var shifts = planning.shifts(versionId).stream()
                .filter(shift -> shift.agentId().equals(agentId))
                .toList();
        if (shifts.isEmpty()) {
            throw notFound();
        }
        var labels = new ScheduleCalendar.Labels(
                messages.getMessage("schedules.calendar.shift", null, locale),
                messages.getMessage("schedules.calendar.paid-break", null, locale),
                messages.getMessage("schedules.calendar.unpaid-break", null, locale));
        var out = new StringWriter();
        ScheduleCalendar.write(versionId, version.publishedAt().orElse(version.createdAt()), shifts, labels, out);
        return attachment(CALENDAR, agentId.replaceAll("[^A-Za-z0-9_-]", "_") + ".ics",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private EvaluatedVersion evaluate(long versionId) {
        try {
            return planning.evaluate(versionId);
        } catch (NoSuchElementException e) {
            throw notFound();
        }
    }

    private static ResponseEntity<byte[]> attachment(MediaType type, String fileName, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName)
                        .build()
                        .toString())
                .body(body);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
