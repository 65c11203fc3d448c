package org.switchboard.engine.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.switchboard.engine.core.InputProblem;

/**
 * Reads the special-days calendar CSV: header {@code date,kind[,effect_percent]}, then one line per day, e.g. {@code
 * 1999-12-25,holiday,-100} or {@code 1999-11-15,bill-run,} (no effect: learnt from past bill runs). {@code kind} is
 * one of {@code holiday, campaign, outage, bill-run, outlier} (case and {@code -}/{@code _} ignored); {@code
 * effect_percent} is a number ≥ −100. Every faulty line is reported; a date given twice is a problem.
 */
public final class SpecialDaysReader {

    private SpecialDaysReader() {}

    /** The days read and the problems found; the days are only usable when there are no problems. */
    public record Parse(List<SpecialDay> days, List<InputProblem> problems) {

        /** Copies the lists. */
        public Parse {
            days = List.copyOf(days);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a calendar.
     *
     * @param in the text, closed by the caller
     * @param fileName the name used in problems
     * @return the days and every problem found
     * @throws IOException if reading fails
     */
    public static Parse read(Reader in, String fileName) throws IOException {
        var reader = new BufferedReader(in);
        var days = new ArrayList<SpecialDay>();
        var problems = new ArrayList<InputProblem>();
        var firstLine = new HashMap<LocalDate, Long>();
        String text = reader.readLine();
        if (text == null || !text.strip().toLowerCase(Locale.ROOT).startsWith("date,kind")) {
            problems.add(new InputProblem(
                    fileName, 1, "header", text == null ? "" : text, "expected the header date,kind[,effect_percent]"));
            return new Parse(days, problems);
        }
        long line = 1;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            var fields = text.split(",", -1);
            try {
                var date = LocalDate.parse(fields[0].strip());
                var kind = kind(fields.length > 1 ? fields[1] : "");
                var effect = fields.length > 2 && !fields[2].isBlank()
                        ? OptionalDouble.of(Double.parseDouble(fields[2].strip()))
                        : OptionalDouble.empty();
                var earlier = firstLine.putIfAbsent(date, line);
                if (earlier != null) {
                    problems.add(new InputProblem(
                            fileName, line, "date", fields[0], "date already given on line " + earlier));
                } else {
                    days.add(new SpecialDay(date, kind, effect));
                }
            } catch (DateTimeParseException e) {
                problems.add(new InputProblem(fileName, line, "date", fields[0], "not an ISO date like 1999-12-25"));
            } catch (NumberFormatException e) {
                problems.add(new InputProblem(fileName, line, "effect_percent", fields[2], "not a number"));
            } catch (IllegalArgumentException e) {
                var message = String.valueOf(e.getMessage());
                boolean effect = message.startsWith("effect");
                problems.add(new InputProblem(
                        fileName,
                        line,
                        effect ? "effect_percent" : "kind",
                        effect ? fields[2] : fields.length > 1 ? fields[1] : "",
                        message));
            }
        }
        return new Parse(days, problems);
    }

    private static SpecialDayKind kind(String text) {
        var name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (var kind : SpecialDayKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of holiday, campaign, outage, bill-run, outlier");
    }
}
