package org.switchboard.server.interactions.profiles;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.InteractionSink;
import org.switchboard.engine.interactions.mapping.MappingKind;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.engine.interactions.mapping.MappingReader;

/**
 * Reads the first {@value #ROWS} rows of a sample file through a profile, without storing anything: what each row
 * becomes, or why it is rejected. A CSV sample is cut after its header and {@value #ROWS} more lines; an .xlsx sample
 * is read whole, so it is limited to {@value #MAX_XLSX_BYTES} bytes.
 */
final class ProfilePreview {

    /** Rows shown. */
    static final int ROWS = 10;

    /** Largest .xlsx sample read, in bytes. */
    static final long MAX_XLSX_BYTES = 10L * 1024 * 1024;

    private ProfilePreview() {}

    /** {@return the headings of the values of a kind, as field keys} */
    static List<String> columns(MappingKind kind) {
        return switch (kind) {
            case CONTACTS -> List.of("sourceId", "channel", "queue", "direction", "arrivedAt", "answeredAt",
                    "endedAt", "agentId", "disposition");
            case AGENT_EVENTS -> List.of("agentId", "at", "state", "reason", "contactId");
        };
    }

    /**
     * Reads the sample.
     *
     * @param profile the profile to read it with
     * @param fileName the sample's name; {@code .xlsx} names are read as workbooks, others as CSV
     * @param size the sample's size in bytes
     * @param in the sample's bytes
     * @param clock what "in the future" means
     * @return the first rows, by line
     * @throws IllegalArgumentException if an .xlsx sample is larger than {@value #MAX_XLSX_BYTES} bytes
     */
    static List<PreviewRow> read(MappingProfile profile, String fileName, long size, InputStream in, Clock clock) {
        var sink = new Rows();
        var reader = new MappingReader(profile, clock);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            if (size > MAX_XLSX_BYTES) {
                throw new IllegalArgumentException("an .xlsx sample may have at most " + MAX_XLSX_BYTES + " bytes");
            }
            reader.readXlsx(fileName, in, sink);
        } else {
            reader.readCsv(fileName, new FirstLines(in, ROWS + (profile.csv().headerRow() ? 1 : 0)), sink);
        }
        return sink.rows();
    }

    /** Collects the first rows' outcomes by line. */
    private static final class Rows implements InteractionSink {

        private final Map<Long, List<String>> values = new LinkedHashMap<>();
        private final Map<Long, List<InputProblem>> problems = new LinkedHashMap<>();

        @Override
        public void contact(Interaction contact, long line) {
            values.put(line, List.of(contact.sourceId(), contact.channel().name(), contact.queue(),
                    contact.direction().name(), contact.arrivedAt().toString(), text(contact.answeredAt()),
                    contact.endedAt().toString(), contact.agentId().orElse(""), contact.disposition().name()));
        }

        @Override
        public void agentEvent(AgentEvent event, long line) {
            values.put(line, List.of(event.agentId(), event.at().toString(), event.state().name(),
                    event.reason().orElse(""), event.contactId().orElse("")));
        }

        @Override
        public void rejected(InputProblem problem) {
            problems.computeIfAbsent(problem.line(), line -> new ArrayList<>()).add(problem);
        }

        List<PreviewRow> rows() {
            var lines = new java.util.TreeSet<Long>();
            lines.addAll(values.keySet());
            lines.addAll(problems.keySet());
            return lines.stream()
                    .limit(ROWS + 1L)
                    .map(line -> new PreviewRow(line, values.getOrDefault(line, List.of()),
                            problems.getOrDefault(line, List.of())))
                    .toList();
        }

        private static String text(Optional<?> value) {
            return value.map(Object::toString).orElse("");
        }
    }

    /** A stream that ends after a number of line breaks: the first lines of a CSV file, without reading the rest. */
    private static final class FirstLines extends FilterInputStream {

        private int linesLeft;

        FirstLines(InputStream in, int lines) {
            super(in);
            this.linesLeft = lines;
        }

        @Override
        public int read() throws IOException {
            if (linesLeft <= 0) {
                return -1;
            }
            int next = super.read();
            if (next == '\n') {
                linesLeft--;
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (linesLeft <= 0) {
                return -1;
            }
            int count = 0;
            while (count < length) {
                int next = read();
                if (next < 0) {
                    break;
                }
                buffer[offset + count++] = (byte) next;
            }
            return count == 0 ? -1 : count;
        }
    }
}
