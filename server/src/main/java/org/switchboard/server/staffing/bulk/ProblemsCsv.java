package org.switchboard.server.staffing.bulk;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The problems of a refused forecast file as CSV: a header row and one row per problem (file, line, field, value,
 * reason) in the reader's language. UTF-8 with a byte-order mark, so that spreadsheets open it with the right
 * characters.
 */
final class ProblemsCsv {

    private ProblemsCsv() {}

    /**
     * Writes the CSV.
     *
     * @param problems the problems
     * @param text resolves a bundle key to text in the reader's language
     * @return the CSV's bytes
     */
    static byte[] write(List<ProblemView> problems, UnaryOperator<String> text) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(
                    text.apply("staffing.bulk.problem.file"),
                    text.apply("staffing.bulk.problem.line"),
                    text.apply("staffing.bulk.problem.field"),
                    text.apply("staffing.bulk.problem.value"),
                    text.apply("staffing.bulk.problem.reason"));
            for (var problem : problems) {
                csv.writeRecord(
                        problem.file(),
                        Long.toString(problem.line()),
                        text.apply(problem.fieldKey()),
                        problem.value(),
                        text.apply(problem.reasonKey()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
