package org.switchboard.engine.interactions.queuelog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw Asterisk {@code queue_log} line by line (never the whole file in memory) and hands each well-formed
 * line to a consumer; every faulty line becomes a {@link ParseProblem} and is skipped. Blank lines are ignored.
 *
 * <p>Fields are split on {@code '|'}. Older Asterisk versions, and the realtime {@code data} column, write all data
 * as one {@code '|'}-separated string, which in the file reads the same; the arity differences between versions
 * (see {@link QueueLogVerb}) are accepted. A line is faulty when it has fewer than five fields, a non-numeric epoch,
 * an empty call id or verb, an unknown verb, fewer data fields than its verb needs, or text in a numeric data field.
 *
 * {@snippet :
 * var parser = new QueueLogParser("queue_log");
 * var assembler = new QueueLogAssembler(QueueLogAssembler.Settings.standard(), calls::add, agentEvents::add);
 * parser.parse(reader, assembler::accept);
 * var open = assembler.finish();   // calls still open at the end of the file: pass to the next file's assembler
 * var problems = new ArrayList<>(parser.problems());
 * problems.addAll(assembler.problems());
 * }
 */
public final class QueueLogParser {

    private static final int FIXED_FIELDS = 5;
    /** Fields up to this index (the epoch and the call id) differ on almost every line. */
    private static final int CALL_ID_FIELD = 1;

    private final String file;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final RepeatedFields repeated = new RepeatedFields();

    /**
     * Creates a parser for one file.
     *
     * @param file the file name, reported in problems and lines
     */
    public QueueLogParser(String file) {
        this.file = file;
    }

    /**
     * Reads all lines of {@code in} to its end; does not close it. A read failure ends reading with an
     * {@link ParseProblem.Reason#UNREADABLE_FILE} problem.
     *
     * @param in the text of the file
     * @param lines receives each well-formed line, in file order
     */
    public void parse(Reader in, Consumer<QueueLogLine> lines) {
        var reader = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 1 << 16);
        long number = 0;
        try {
            for (var text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (!text.isBlank()) {
                    var line = parseLine(number, text);
                    if (line != null) {
                        lines.accept(line);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(new ParseProblem(
                    file, number, QueueLogField.LINE, String.valueOf(e.getMessage()), ParseProblem.Reason.UNREADABLE_FILE));
        }
    }

    /** {@return the problems found so far, in line order} */
    public List<ParseProblem> problems() {
        return List.copyOf(problems);
    }

    private @Nullable QueueLogLine parseLine(long number, String text) {
        var fields = split(text);
        if (fields.length < FIXED_FIELDS) {
            return problem(number, QueueLogField.LINE, text, ParseProblem.Reason.TOO_FEW_FIELDS);
        }
        var epoch = fields[0].strip();
        if (!isNumber(epoch)) {
            return problem(number, QueueLogField.TIME, fields[0], ParseProblem.Reason.NOT_A_NUMBER);
        }
        if (fields[1].isBlank()) {
            return problem(number, QueueLogField.CALL_ID, "", ParseProblem.Reason.MISSING_VALUE);
        }
        if (fields[4].isBlank()) {
            return problem(number, QueueLogField.VERB, "", ParseProblem.Reason.MISSING_VALUE);
        }
        var verb = QueueLogVerb.from(fields[4].strip());
        if (verb.isEmpty()) {
            return problem(number, QueueLogField.VERB, fields[4], ParseProblem.Reason.UNKNOWN_VERB);
        }
        // List.of copies the array once; the line's List.copyOf then keeps that immutable list as it is
        var data = List.of(Arrays.copyOfRange(fields, FIXED_FIELDS, fields.length));
        return checkData(number, text, verb.get(), data)
                ? new QueueLogLine(
                        file,
                        number,
                        Instant.ofEpochSecond(Long.parseLong(epoch)),
                        fields[1],
                        fields[2],
                        fields[3],
                        verb.get(),
                        data)
                : null;
    }

    /**
     * {@return the fields of the line between the {@code '|'}s, empty ones included} The call id (the second field)
     * is unique to a call and always copied; the others are shared through {@link RepeatedFields} when they repeat.
     */
    private String[] split(String text) {
        int count = 1;
        for (int at = text.indexOf('|'); at >= 0; at = text.indexOf('|', at + 1)) {
            count++;
        }
        var fields = new String[count];
        int start = 0;
        for (int k = 0; k < count - 1; k++) {
            int end = text.indexOf('|', start);
            fields[k] = field(k, text, start, end);
            start = end + 1;
        }
        fields[count - 1] = field(count - 1, text, start, text.length());
        return fields;
    }

    private String field(int index, String text, int start, int end) {
        return index <= CALL_ID_FIELD ? text.substring(start, end) : repeated.value(text, start, end);
    }

    /** Checks the field count and the verb's numeric fields (in index order: the first faulty one is reported). */
    private boolean checkData(long number, String text, QueueLogVerb verb, List<String> data) {
        if (data.size() < verb.minimumData()) {
            problem(number, QueueLogField.DATA, text, ParseProblem.Reason.MISSING_DATA);
            return false;
        }
        for (int k = 0; k < data.size(); k++) {
            if (verb.isNumeric(k, data)) {
                var value = data.get(k).strip();
                if (!value.isEmpty() && !isNumber(value)) {
                    problem(number, QueueLogField.DATA, data.get(k), ParseProblem.Reason.NOT_A_NUMBER);
                    return false;
                }
            }
        }
        return true;
    }

    /** Whole non-negative number of at most 18 digits, so {@link Long#parseLong} cannot overflow. */
    private static boolean isNumber(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private @Nullable QueueLogLine problem(long number, QueueLogField field, String value, ParseProblem.Reason reason) {
        problems.add(new ParseProblem(file, number, field, value, reason));
        return null;
    }
}
