package org.switchboard.engine.interactions.mapping;

import java.util.List;

/**
 * Receives the rows of a tabular file (CSV or the first sheet of an .xlsx workbook) as text cells, one row at a time,
 * from {@link CsvRows} or {@link XlsxRows}. The interaction mappings implement it to build contacts and agent events;
 * other importers (survey responses) implement it to read their own columns.
 */
public interface RowSink {

    /**
     * Takes the header row.
     *
     * @param line the line (spreadsheet row) number of the header
     * @param cells the column names as found
     * @return whether the rows can be read (every column the sink needs is present)
     */
    boolean header(long line, List<String> cells);

    /**
     * Takes the first row of a file without a header row, naming the columns by position.
     *
     * @param line the line of the first row
     * @param width how many cells the first row has
     * @return whether the rows can be read (every position the sink needs exists)
     */
    boolean positional(long line, int width);

    /** {@return how many cells a row of this file must have, from its header or first row} */
    int width();

    /**
     * Takes one data row.
     *
     * @param line the 1-based line (spreadsheet row) where the row starts
     * @param cells the row's cells as text
     * @param checkWidth whether a row of another width than {@link #width()} is a problem (CSV) or was padded (.xlsx)
     */
    void row(long line, List<String> cells, boolean checkWidth);

    /**
     * Takes a problem of the file as a whole, after which no more rows come.
     *
     * @param line the line where reading stopped, 0 for the file as a whole
     * @param value what was found, empty when nothing
     * @param reason what is wrong, in English
     */
    void fileProblem(long line, String value, String reason);
}
