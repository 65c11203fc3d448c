package org.switchboard.engine.interactions.mapping;

import java.time.Instant;
import java.util.List;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.InteractionSink;

/**
 * The row → record step shared by the CSV and .xlsx readers: checks a row's shape and bytes, reads it with
 * {@link RowValues} into a contact or an agent event, reports duplicate contact ids, and delivers the result or the
 * row's problems to the sink. One per file.
 */
final class RowMapper implements RowSink {

    /** Longest row text kept in a problem's value. */
    private static final int MAX_VALUE_LENGTH = 500;
    /** What a decoder puts where bytes are not valid in the charset. */
    private static final char REPLACEMENT = '\uFFFD';

    private final MappingProfile profile;
    private final String file;
    private final InteractionSink sink;
    private final Instant now;
    private final String invalidBytes;
    private final SeenIds seenIds = new SeenIds();
    private final boolean checkDuplicates;
    private ColumnLayout layout;
    private RowValues values;
    private long rows;
    private long rejected;

    RowMapper(MappingProfile profile, String file, InteractionSink sink, Instant now, String charsetName) {
        this.profile = profile;
        this.file = file;
        this.sink = sink;
        this.now = now;
        this.invalidBytes = "not valid " + charsetName;
        this.checkDuplicates = profile.kind() == MappingKind.CONTACTS
                && !(profile.fields().get(ContactField.SOURCE_ID) instanceof FieldSource.LineNumber);
        // Replaced by the header (or the first row's width) before any row is read.
        this.layout = ColumnLayout.positional(profile, 0);
        this.values = new RowValues(profile, layout, file, now);
    }

    /**
     * Takes the header row; reports each mapped column it lacks.
     *
     * @return whether the rows can be read (no mapped column missing)
     */
    @Override
    public boolean header(long line, List<String> cells) {
        return lay(ColumnLayout.ofHeader(profile, cells), line);
    }

    /**
     * Takes the first row of a file without a header row, naming the columns by position.
     *
     * @return whether the rows can be read (every mapped position exists)
     */
    @Override
    public boolean positional(long line, int width) {
        return lay(ColumnLayout.positional(profile, width), line);
    }

    private boolean lay(ColumnLayout candidate, long line) {
        layout = candidate;
        values = new RowValues(profile, layout, file, now);
        for (var column : layout.missing()) {
            sink.rejected(new InputProblem(
                    file, line, column, "", "mapped column not in the file; nothing was read"));
        }
        return layout.missing().isEmpty();
    }

    /** {@return the number of fields a row must have: the header's} */
    @Override
    public int width() {
        return layout.columns().size();
    }

    /**
     * Takes one data row.
     *
     * @param line the row's line (CSV: the physical line where the record starts) or spreadsheet row number
     * @param cells the row's fields, as text
     * @param checkWidth whether a row with another number of fields than the header is rejected (CSV)
     */
    @Override
    public void row(long line, List<String> cells, boolean checkWidth) {
        rows++;
        values.next(line, cells);
        if (checkWidth && cells.size() != width()) {
            values.rowProblem(
                    shorten(String.join(String.valueOf(profile.csv().delimiter()), cells)),
                    "wrong number of fields: %d, the header has %d (a truncated or malformed line)"
                            .formatted(cells.size(), width()));
        } else {
            checkBytes(cells);
        }
        if (!values.hasProblems()) {
            deliver();
        }
        if (values.hasProblems()) {
            rejected++;
            values.problems().forEach(sink::rejected);
        }
    }

    /** Reports a problem that ends the reading of the file (an unreadable or truncated file). */
    @Override
    public void fileProblem(long line, String value, String reason) {
        sink.rejected(new InputProblem(file, line, "file", shorten(value), reason));
    }

    ReadCounts counts() {
        return new ReadCounts(rows, rows - rejected, rejected);
    }

    /** Rejects a row whose text holds the decoder's replacement character: never import mojibake silently. */
    private void checkBytes(List<String> cells) {
        for (int k = 0; k < cells.size(); k++) {
            if (cells.get(k).indexOf(REPLACEMENT) >= 0) {
                values.columnProblem(layout.name(k), shorten(cells.get(k)), invalidBytes);
                return;
            }
        }
    }

    private void deliver() {
        try {
            read();
        } catch (IllegalArgumentException e) {
            // The checks above mirror the records' rules; this keeps a rule they miss a reported row, not a crash.
            values.rowProblem("", String.valueOf(e.getMessage()));
        }
    }

    private void read() {
        switch (profile.kind()) {
            case CONTACTS -> ContactRows.contact(values).ifPresent(contact -> {
                if (checkDuplicates && !seenIds.add(contact.sourceId())) {
                    values.problem(ContactField.SOURCE_ID, contact.sourceId(), "duplicate id in this file");
                } else {
                    sink.contact(contact, values.line());
                }
            });
            case AGENT_EVENTS -> AgentEventRows.event(values).ifPresent(event -> sink.agentEvent(event, values.line()));
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
