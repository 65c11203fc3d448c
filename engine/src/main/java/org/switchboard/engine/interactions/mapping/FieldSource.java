package org.switchboard.engine.interactions.mapping;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * Where a mapped field's value comes from: a column of the file, a constant for every row (e.g. channel
 * {@code VOICE} for a file without a channel column), or, for a contact id in a source that has none, the row itself.
 */
public sealed interface FieldSource
        permits FieldSource.Column, FieldSource.Constant, FieldSource.LineNumber, FieldSource.RowHash {

    /**
     * The value is read from a column.
     *
     * @param name the column's name in the header row, or its 1-based position ({@code "1"}, {@code "2"}…) in a file
     *     without a header row
     */
    record Column(String name) implements FieldSource {

        /**
         * Validates the column.
         *
         * @throws IllegalArgumentException if the name is blank
         */
        public Column {
            requireArgument(!name.isBlank(), "a column name must not be blank");
        }
    }

    /**
     * Every row has the same value.
     *
     * @param value the value, read like a column's text (translations apply)
     */
    record Constant(String value) implements FieldSource {

        /**
         * Validates the constant.
         *
         * @throws IllegalArgumentException if the value is blank
         */
        public Constant {
            requireArgument(!value.isBlank(), "a constant must not be blank");
        }
    }

    /**
     * The id is the file name and the row's line number, {@code "<file>#<line>"}: unique within the file and stable
     * when the same file is imported again, but not when rows are inserted before it. For contact ids only.
     */
    record LineNumber() implements FieldSource {}

    /**
     * The id is a 64-bit hash of the row's fields, {@code "row-<16 hex digits>"}: stable when the same row comes back
     * in another file or another order, but identical rows get the same id, so the second is reported as a duplicate.
     * For contact ids only.
     */
    record RowHash() implements FieldSource {}

    /** {@return whether this source derives the value from the row itself (line number or row hash)} */
    default boolean isDerived() {
        return this instanceof LineNumber || this instanceof RowHash;
    }
}
