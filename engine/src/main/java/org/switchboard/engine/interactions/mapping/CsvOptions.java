package org.switchboard.engine.interactions.mapping;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written. Ignored for .xlsx files, except the decimal separator, which then does not matter
 * (spreadsheet numbers carry no separator).
 *
 * @param delimiter the field separator: {@code ,} {@code ;} tab or {@code |}
 * @param headerRow whether the first row names the columns; without one, columns are named by their 1-based position
 * @param charset the encoding; bytes that are not valid in it are reported, never imported
 * @param decimalSeparator {@code .} or {@code ,} in numbers and durations
 */
public record CsvOptions(char delimiter, boolean headerRow, Charset charset, char decimalSeparator) {

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException if the delimiter is a quote, a line break or the decimal separator, or the
     *     decimal separator is neither {@code .} nor {@code ,}
     */
    public CsvOptions {
        requireArgument(
                delimiter != '"' && delimiter != '\r' && delimiter != '\n',
                "the delimiter must not be a quote or a line break: delimiter=%s",
                Character.getName(delimiter));
        requireArgument(
                decimalSeparator == '.' || decimalSeparator == ',',
                "the decimal separator must be '.' or ',': decimalSeparator=%s",
                decimalSeparator);
        requireArgument(
                delimiter != decimalSeparator,
                "the delimiter and the decimal separator must differ: both are '%s'",
                delimiter);
    }

    /** {@return RFC 4180 CSV: comma, header row, UTF-8, decimal point} */
    public static CsvOptions standard() {
        return new CsvOptions(',', true, StandardCharsets.UTF_8, '.');
    }
}
