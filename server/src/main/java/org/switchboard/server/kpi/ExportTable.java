package org.switchboard.server.kpi;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One table of an export, written alike as an .xlsx sheet and as a CSV file: fixed machine column names, and cells
 * that are text, numbers (shares as fractions 0–1, times in seconds) or local date-times; a missing figure is an empty
 * cell ({@code null}), never 0.
 *
 * @param name the sheet name and the CSV part
 * @param columns the column names
 * @param rows the rows, each as long as the columns
 */
public record ExportTable(String name, List<String> columns, List<List<@Nullable Object>> rows) {

    /**
     * Validates the rows and copies everything.
     *
     * @throws IllegalArgumentException if a row's length differs from the columns' or a cell has another type
     */
    public ExportTable {
        columns = List.copyOf(columns);
        var copied = new ArrayList<List<@Nullable Object>>(rows.size());
        for (var row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("export " + name + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            for (var cell : row) {
                if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof LocalDateTime)) {
                    throw new IllegalArgumentException("export " + name + ": unsupported cell " + cell.getClass());
                }
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
        Objects.requireNonNull(name, "name");
    }
}
