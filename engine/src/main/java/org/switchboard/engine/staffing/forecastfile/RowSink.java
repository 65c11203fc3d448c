package org.switchboard.engine.staffing.forecastfile;

import java.util.List;

/** Receives the rows of a file as a reader streams them. */
interface RowSink {

    /**
     * Takes one non-empty row.
     *
     * @param line the 1-based line (CSV) or row number (.xlsx)
     * @param cells the cells from the first column on; missing trailing cells are absent
     * @return whether to go on reading
     */
    boolean accept(long line, List<Cell> cells);

    /**
     * Records that the file cannot be read further.
     *
     * @param line the line where reading failed, 0 when unknown
     * @param detail what the reading library said
     */
    void unreadable(long line, String detail);
}
