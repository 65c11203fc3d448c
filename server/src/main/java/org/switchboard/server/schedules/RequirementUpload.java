package org.switchboard.server.schedules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded requirement file: CSV with the header {@code timestamp,skill,agents} (the command line's
 * REQ.csv), one row per interval and skill. A timestamp is ISO-8601, with an offset ({@code 2026-03-02T08:00:00+01:00})
 * or without one, then in the centre's time zone; agents is a whole number of at least 0. A bad row stops the read
 * with an error that names the file, the line, the field, the value and the reason.
 */
public final class RequirementUpload {

    private static final String HEADER = "timestamp,skill,agents";

    private RequirementUpload() {}

    /**
     * Reads every row of a requirement file.
     *
     * @param fileName the file's name, for errors
     * @param in the file's bytes, UTF-8
     * @param zone the centre's time zone, for timestamps without an offset
     * @return the rows in file order
     * @throws RequirementFileException if the header or a row is not as described
     * @throws IOException if the file cannot be read
     */
    public static List<RequirementPoint> read(String fileName, InputStream in, ZoneId zone) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        var header = reader.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT).equals(HEADER)) {
            throw new RequirementFileException(fileName, 1, "header", header == null ? "" : header,
                    "the first line must be " + HEADER);
        }
        var points = new ArrayList<RequirementPoint>();
        int lineNumber = 1;
        for (var line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            var fields = line.split(",", -1);
            if (fields.length != 3) {
                throw new RequirementFileException(fileName, lineNumber, "line", line,
                        "expected 3 fields, found " + fields.length);
            }
            var start = timestamp(fileName, lineNumber, fields[0].strip(), zone);
            var skill = fields[1].strip();
            if (skill.isEmpty()) {
                throw new RequirementFileException(fileName, lineNumber, "skill", skill, "must not be empty");
            }
            points.add(new RequirementPoint(start, skill, agents(fileName, lineNumber, fields[2].strip())));
        }
        return List.copyOf(points);
    }

    /** {@return the skill a stored requirement's queue stands for: the queue, or {@code all} for an unnamed one} */
    static String skillOf(String queue) {
        return queue.isBlank() ? "all" : queue;
    }

    private static Instant timestamp(String fileName, int line, String value, ZoneId zone) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new RequirementFileException(fileName, line, "timestamp", value,
                        "not an ISO-8601 date and time such as 2026-03-02T08:00");
            }
        }
    }

    private static int agents(String fileName, int line, String value) {
        try {
            int agents = Integer.parseInt(value);
            if (agents < 0) {
                throw new RequirementFileException(fileName, line, "agents", value, "must not be negative");
            }
            return agents;
        } catch (NumberFormatException e) {
            throw new RequirementFileException(fileName, line, "agents", value, "not a whole number");
        }
    }

    /** A requirement file that cannot be read, with where and why. */
    public static final class RequirementFileException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** The file's name. */
        private final String fileName;

        /** The line, from 1. */
        private final int line;

        /** The field. */
        private final String field;

        /** The value read. */
        private final String value;

        /** Why it is refused. */
        private final String reason;

        RequirementFileException(String fileName, int line, String field, String value, String reason) {
            super("%s line %d, field %s, value '%s': %s".formatted(fileName, line, field, value, reason));
            this.fileName = fileName;
            this.line = line;
            this.field = field;
            this.value = value;
            this.reason = reason;
        }

        /** {@return the file's name} */
        public String fileName() {
            return fileName;
        }

        /** {@return the line, from 1} */
        public int line() {
            return line;
        }

        /** {@return the field} */
        public String field() {
            return field;
        }

        /** {@return the value read} */
        public String value() {
            return value;
        }

        /** {@return why it is refused, in English} */
        public String reason() {
            return reason;
        }
    }
}
