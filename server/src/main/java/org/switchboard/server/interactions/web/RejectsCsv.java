package org.switchboard.server.interactions.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.switchboard.engine.core.SpreadsheetText;
import org.switchboard.server.interactions.ImportRejection;

/**
 * The rejected lines of a load as CSV, streamed: a header row in the reader's language, then one row per line (file,
 * line, field, value, reason, raw text, status). UTF-8 with a byte-order mark, so that spreadsheets open it with the
 * right characters. Every cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}
 * and the control characters that start one) is neutralised ({@link SpreadsheetText#neutralise}): rejected lines are
 * input from outside and may carry an injection.
 */
final class RejectsCsv {

    private RejectsCsv() {}

    /**
     * Writes the CSV.
     *
     * @param out where to write; not closed
     * @param rejections hands every rejected line to its argument, in line order
     * @param mask applied to values and raw text (masks customer data for roles that may not see it)
     * @param text resolves a bundle key to text in the reader's language
     */
    static void write(
            OutputStream out,
            Consumer<Consumer<ImportRejection>> rejections,
            UnaryOperator<String> mask,
            UnaryOperator<String> text) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            var csv = CsvWriter.builder().build(writer);
            csv.writeRecord(
                    text.apply("interactions.problem.file"),
                    text.apply("interactions.problem.line"),
                    text.apply("interactions.problem.field"),
                    text.apply("interactions.problem.value"),
                    text.apply("interactions.problem.reason"),
                    text.apply("interactions.problem.raw"),
                    text.apply("interactions.problem.status"));
            rejections.accept(rejection -> {
                var problem = rejection.problem();
                csv.writeRecord(
                        cell(problem.file()),
                        Long.toString(problem.line()),
                        cell(problem.field()),
                        cell(mask.apply(problem.value())),
                        cell(problem.reason()),
                        cell(rejection.rawText().map(mask).orElse("")),
                        rejection.status());
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String value) {
        return SpreadsheetText.neutralise(value);
    }
}
