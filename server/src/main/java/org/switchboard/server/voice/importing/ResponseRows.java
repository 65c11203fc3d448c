package org.switchboard.server.voice.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.mapping.RowSink;
import org.switchboard.server.voice.ColumnMapping;
import org.switchboard.server.voice.RawResponse;

/**
 * Turns the rows of a response file (CSV or .xlsx, read by the engine's row readers) into {@link RawResponse}s through
 * a {@link ColumnMapping}: finds the mapped columns in the header, reports each one missing, and reports rows whose
 * width differs from the header's.
 */
public final class ResponseRows implements RowSink {

    private final ColumnMapping mapping;
    private final String file;
    private final List<RawResponse> responses = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private int width;

    /**
     * Starts reading one file.
     *
     * @param mapping which column holds what
     * @param file the file name, for problems
     */
    public ResponseRows(ColumnMapping mapping, String file) {
        this.mapping = mapping;
        this.file = file;
    }

    @Override
    public boolean header(long line, List<String> cells) {
        width = cells.size();
        for (int k = 0; k < cells.size(); k++) {
            positions.putIfAbsent(cells.get(k).strip().replace("\uFEFF", ""), k);
        }
        boolean complete = true;
        for (var column : mapping.properties().entrySet()) {
            if (column.getKey().equals("dateTimePattern") || column.getValue().isBlank()) {
                continue;
            }
            if (!positions.containsKey(column.getValue())) {
                problems.add(new InputProblem(file, line, column.getValue(), String.join(",", cells),
                        "the header lacks the column " + column.getValue() + " that the mapping " + mapping.name()
                                + " reads as " + column.getKey()));
                complete = false;
            }
        }
        return complete;
    }

    @Override
    public boolean positional(long line, int rowWidth) {
        problems.add(new InputProblem(file, line, "line", "", "a response file needs a header row"));
        return false;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void row(long line, List<String> cells, boolean checkWidth) {
        if (checkWidth && cells.size() != width) {
            problems.add(new InputProblem(file, line, "line", String.join(",", cells),
                    "the line has " + cells.size() + " fields, the header " + width));
            return;
        }
        var answers = new LinkedHashMap<String, String>();
        mapping.answers().forEach((question, column) -> answers.put(question, cell(cells, column)));
        responses.add(new RawResponse(
                line,
                cell(cells, mapping.responseId()),
                cell(cells, mapping.answeredAt()),
                cell(cells, mapping.contactId()),
                cell(cells, mapping.customer()),
                cell(cells, mapping.channel()),
                cell(cells, mapping.language()),
                cell(cells, mapping.team()),
                cell(cells, mapping.comment()),
                answers));
    }

    @Override
    public void fileProblem(long line, String value, String reason) {
        problems.add(new InputProblem(file, line, "file", value, reason));
    }

    /** {@return the responses read, in file order} */
    public List<RawResponse> responses() {
        return List.copyOf(responses);
    }

    /** {@return the problems of the file and of lines that could not be read as a response} */
    public List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    private String cell(List<String> cells, String column) {
        return Optional.ofNullable(column.isBlank() ? null : positions.get(column))
                .filter(k -> k < cells.size())
                .map(k -> cells.get(k).strip())
                .orElse("");
    }
}
