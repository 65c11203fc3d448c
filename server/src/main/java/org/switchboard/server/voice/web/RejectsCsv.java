package org.switchboard.server.voice.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.switchboard.engine.core.SpreadsheetText;
import org.switchboard.server.voice.store.QuarantineLines.KeptProblem;

/**
 * The problems of a survey load as CSV, streamed: a header row in the reader's language, then one row per problem
 * (file, line, field, value, reason, status). UTF-8 with a byte-order mark, so that spreadsheets open it with the
 * right characters. Every text cell is neutralised ({@link SpreadsheetText#neutralise}): the values come from outside
 * and may carry a formula injection ({@code =}, {@code +}, {@code -}, {@code @}).
 */
final class RejectsCsv {

    private RejectsCsv() {}

    /**
     * Writes the CSV.
     *
     * @param out where to write; not closed
     * @param problems hands every problem to its argument, in line order
     * @param text resolves a bundle key to text in the reader's language
     */
    static void write(OutputStream out, Consumer<Consumer<KeptProblem>> problems, UnaryOperator<String> text) {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            var csv = CsvWriter.builder().build(writer);
            csv.writeRecord(text.apply("voice.column.file"), text.apply("voice.column.line"),
                    text.apply("voice.column.field"), text.apply("voice.column.value"),
                    text.apply("voice.column.reason"), text.apply("voice.column.status"));
            problems.accept(kept -> {
                var problem = kept.problem();
                csv.writeRecord(SpreadsheetText.neutralise(problem.file()), Long.toString(problem.line()),
                        SpreadsheetText.neutralise(problem.field()), SpreadsheetText.neutralise(problem.value()),
                        SpreadsheetText.neutralise(problem.reason()),
                        text.apply("voice.rejection." + kept.status()));
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
