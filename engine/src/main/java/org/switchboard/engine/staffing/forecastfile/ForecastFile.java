package org.switchboard.engine.staffing.forecastfile;

import java.util.List;
import java.util.Objects;

/**
 * What was read from a forecast file: the rows, in file order, and every problem found. A file with problems must be
 * refused as a whole; its {@link #rows()} then hold only the rows that were valid, for information.
 *
 * @param name the file name as uploaded
 * @param format the format it was read as
 * @param rows the valid rows in file order
 * @param problems every problem, in file order
 */
public record ForecastFile(String name, Format format, List<ForecastRow> rows, List<ParseProblem> problems) {

    /** The formats a forecast file can have. */
    public enum Format {
        /** Comma-, semicolon- or tab-separated text, UTF-8. */
        CSV,
        /** Office Open XML spreadsheet; the first sheet is read. */
        XLSX,
        /** Neither (an old binary .xls workbook, for instance): nothing was read. */
        OTHER
    }

    /** Copies the lists. */
    public ForecastFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** {@return whether the file can be used: it has rows and no problem} */
    public boolean isClean() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    /** {@return whether any row names a queue} */
    public boolean hasQueues() {
        return rows.stream().anyMatch(row -> !row.queue().isEmpty());
    }
}
