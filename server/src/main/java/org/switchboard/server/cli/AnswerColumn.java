package org.switchboard.server.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.AnswerTally;
import org.switchboard.engine.voice.Scale;

/**
 * Reads one column of answers from a CSV file with a header row (UTF-8, optional BOM), streaming, into an answer
 * distribution. A line whose answer is empty, not a whole number or off the scale is skipped and reported with its
 * line, the column, the value and the reason; the other lines are counted.
 *
 * @param distribution the answers counted
 * @param problems the lines skipped, in file order
 */
record AnswerColumn(AnswerDistribution distribution, List<InputProblem> problems) {

    /**
     * Reads the column.
     *
     * @param file the CSV file
     * @param column the header of the answer column
     * @param delimiter the field separator
     * @param scale the scale of the answers
     * @return the answers and the skipped lines
     * @throws IllegalArgumentException if the file has no header or the header has no such column
     * @throws UncheckedIOException if the file cannot be read
     */
    static AnswerColumn read(Path file, String column, char delimiter, Scale scale) {
        var tally = new AnswerTally(scale);
        var problems = new ArrayList<InputProblem>();
        var name = file.toString();
        var reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .detectBomHeader(true);
        int index = -1;
        try (var records = reader.ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (var record : records) {
                if (index < 0) {
                    index = record.getFields().stream().map(String::strip).toList().indexOf(column);
                    if (index < 0) {
                        throw new IllegalArgumentException("--column " + column + " is not in the header of " + name
                                + ": " + String.join(", ", record.getFields()));
                    }
                    continue;
                }
                long line = record.getStartingLineNumber();
                if (record.getFieldCount() <= index) {
                    problems.add(new InputProblem(name, line, column, "",
                            "the line has " + record.getFieldCount() + " fields, the column is field " + (index + 1)));
                    continue;
                }
                var value = record.getField(index).strip();
                var problem = problem(value, scale);
                if (problem.isPresent()) {
                    problems.add(new InputProblem(name, line, column, value, problem.get()));
                } else {
                    tally.add(Integer.parseInt(value));
                }
            }
        } catch (CsvParseException e) {
            throw new IllegalArgumentException("--file " + name + " is not readable CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file: " + name + ": " + e.getMessage(), e);
        }
        if (index < 0) {
            throw new IllegalArgumentException("--file " + name + " is empty: a header row with the column "
                    + column + " is needed");
        }
        return new AnswerColumn(tally.distribution(), List.copyOf(problems));
    }

    /** {@return why a value is not an answer on the scale, empty when it is one} */
    private static Optional<String> problem(String value, Scale scale) {
        if (value.isEmpty()) {
            return Optional.of("empty answer");
        }
        try {
            int answer = Integer.parseInt(value);
            return scale.contains(answer) ? Optional.empty() : Optional.of("answer outside the scale " + scale);
        } catch (NumberFormatException e) {
            return Optional.of("not a whole number");
        }
    }
}
