package org.switchboard.server.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.switchboard.engine.core.SpreadsheetText;
import org.switchboard.server.interactions.Importer;

/**
 * The rejects file of a command-line import: {@code <file>.rejects.csv} next to the input, one row per rejected line
 * with the columns file, line, field, value, reason. Cells that a spreadsheet would run as a formula are neutralised
 * ({@link SpreadsheetText#neutralise}).
 */
final class ImportRejectsFile {

    private ImportRejectsFile() {}

    /** {@return where the rejects of an input file go: {@code <file>.rejects.csv} in the same folder} */
    static Path of(Path input) {
        return input.resolveSibling(input.getFileName() + ".rejects.csv");
    }

    /**
     * Writes every rejected line of a load (streamed from the database).
     *
     * @param target the file to write, replaced if it exists
     * @param importer where the rejected lines are kept
     * @param loadId the load
     */
    static void write(Path target, Importer importer, long loadId) {
        try (var csv = CsvWriter.builder().build(target, StandardCharsets.UTF_8)) {
            csv.writeRecord("file", "line", "field", "value", "reason");
            importer.forEachRejection(loadId, rejection -> {
                var problem = rejection.problem();
                csv.writeRecord(
                        SpreadsheetText.neutralise(problem.file()),
                        Long.toString(problem.line()),
                        SpreadsheetText.neutralise(problem.field()),
                        SpreadsheetText.neutralise(problem.value()),
                        SpreadsheetText.neutralise(problem.reason()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + target, e);
        }
    }
}
