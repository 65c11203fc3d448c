package org.switchboard.engine.interactions.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column-fed field of a profile sits in the rows of one file: found by name in the header row, or by
 * 1-based position in a file without one.
 *
 * @param columns the column names, in order (the header row, or {@code "1"}, {@code "2"}… without one)
 * @param indexes the 0-based index of each column-fed field
 * @param missing the mapped columns that are not in the header, in profile order
 */
record ColumnLayout(List<String> columns, Map<MappedField, Integer> indexes, List<String> missing) {

    /** The byte order mark some tools write at the start of a UTF-8 file, read as a character. */
    private static final char BOM = '\uFEFF';

    ColumnLayout {
        columns = List.copyOf(columns);
        indexes = Map.copyOf(indexes);
        missing = List.copyOf(missing);
    }

    /**
     * Lays out a file from its header row.
     *
     * @param profile the profile
     * @param header the header row's cells, a leading byte order mark and surrounding blanks ignored
     */
    static ColumnLayout ofHeader(MappingProfile profile, List<String> header) {
        var names = new ArrayList<String>(header.size());
        for (var cell : header) {
            names.add((names.isEmpty() && !cell.isEmpty() && cell.charAt(0) == BOM ? cell.substring(1) : cell).strip());
        }
        return layout(profile, names, name -> Optional.of(names.indexOf(name)).filter(index -> index >= 0));
    }

    /**
     * Lays out a file without a header row: columns are named by their 1-based position.
     *
     * @param profile the profile
     * @param width the number of fields of the first row
     */
    static ColumnLayout positional(MappingProfile profile, int width) {
        var names = new ArrayList<String>(width);
        for (int k = 1; k <= width; k++) {
            names.add(Integer.toString(k));
        }
        return layout(profile, names, name -> position(name).filter(index -> index < width));
    }

    private static Optional<Integer> position(String name) {
        try {
            int position = Integer.parseInt(name.strip());
            return position >= 1 ? Optional.of(position - 1) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ColumnLayout layout(
            MappingProfile profile, List<String> names, java.util.function.Function<String, Optional<Integer>> find) {
        var indexes = new HashMap<MappedField, Integer>();
        var missing = new LinkedHashSet<String>();
        profile.fields().forEach((field, source) -> {
            if (source instanceof FieldSource.Column column) {
                find.apply(column.name())
                        .ifPresentOrElse(index -> indexes.put(field, index), () -> missing.add(column.name()));
            }
        });
        return new ColumnLayout(names, indexes, new ArrayList<>(missing));
    }

    /** {@return the name of the column at an index, or its 1-based position when beyond the header} */
    String name(int index) {
        return index < columns.size() ? columns.get(index) : Integer.toString(index + 1);
    }
}
