package org.switchboard.engine.interactions.mapping;

import java.io.InputStream;
import java.time.Clock;
import org.switchboard.engine.interactions.InteractionSink;

/**
 * Reads CSV and .xlsx files through a {@link MappingProfile} into an {@link InteractionSink}, streaming: one row in
 * memory at a time (plus, for contacts, a 64-bit hash per id, 11–21 bytes with the table's slack, to report
 * duplicates; see below). Every row becomes a contact
 * or an agent event, or one or more {@link org.switchboard.engine.core.InputProblem}s naming the file, the line (CSV:
 * the physical line where the record starts; .xlsx: the row number), the source column, the value and the reason.
 * Nothing is thrown for bad input.
 *
 * <p>What is reported:
 * <ul>
 *   <li>file: a 0-byte (or blank) file, line 0 {@value #EMPTY_FILE}; a mapped column missing from the header, one
 *       problem per column and nothing read; a file that ends inside a quoted field (truncated), or cannot be
 *       read, reading stops there (reported at the line after the last complete record);</li>
 *   <li>row: a CSV row with another number of fields than the header (a truncated last line, a stray delimiter);
 *       bytes not valid in the profile's charset (decoded as U+FFFD, and every such row is rejected: mojibake is
 *       never imported; a genuine U+FFFD in the source is rejected too); empty required values; unreadable dates,
 *       times, durations and numbers; times more than a day ahead of the injected clock; negative durations; an
 *       answer before the arrival, an end before the answer, a wrap-up end before the end; answer, talk, wrap-up or
 *       revenue for a contact that was not answered, an answered contact without agent; unknown codes (no
 *       translation and not a code name); a contact id seen before in the same file (the second row).</li>
 * </ul>
 *
 * <p>Duplicate ids are found in bounded memory by keeping 64-bit id hashes, with the false-positive policy stated
 * in {@link SeenIds}: a collision (probability about n²/2⁶⁵ for n rows) is reported as a duplicate, never dropped
 * silently. Ids derived from the line number are unique by construction and not checked.
 *
 * {@snippet :
 * var reader = new MappingReader(profile, Clock.systemUTC());
 * try (var in = Files.newInputStream(path)) {
 *     ReadCounts counts = reader.readCsv(path.getFileName().toString(), in, sink);
 * }
 * }
 */
public final class MappingReader {

    /** The reason of the problem reported for a file with no row at all. */
    public static final String EMPTY_FILE = "empty file";

    private final MappingProfile profile;
    private final Clock clock;

    /**
     * Creates a reader for one profile.
     *
     * @param profile the column mapping
     * @param clock the clock that says what "in the future" means
     */
    public MappingReader(MappingProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    /** {@return the profile} */
    public MappingProfile profile() {
        return profile;
    }

    /**
     * Reads a CSV file to its end (does not close the stream).
     *
     * @param file the file name, reported with every problem
     * @param in the bytes, in the profile's charset
     * @param sink receives the contacts or events and the problems, in file order
     * @return how many rows were read, accepted and rejected
     */
    public ReadCounts readCsv(String file, InputStream in, InteractionSink sink) {
        var csv = profile.csv();
        var mapper = new RowMapper(profile, file, sink, clock.instant(), csv.charset().name());
        CsvRows.read(in, csv, mapper);
        return mapper.counts();
    }

    /**
     * Reads the first sheet of an .xlsx workbook to its end (does not close the stream). The profile's charset and
     * delimiter do not apply; its header-row option does.
     *
     * @param file the file name, reported with every problem
     * @param in the workbook's bytes
     * @param sink receives the contacts or events and the problems, in row order
     * @return how many rows were read, accepted and rejected
     */
    public ReadCounts readXlsx(String file, InputStream in, InteractionSink sink) {
        var mapper = new RowMapper(profile, file, sink, clock.instant(), "text");
        XlsxRows.read(in, profile.csv().decimalSeparator(), profile.csv().headerRow(), mapper);
        return mapper.counts();
    }
}
