package org.switchboard.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.Weights;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RULES.json of {@code switchboard schedule} (format in {@code docs/scheduling.md}): interval length, shift templates,
 * contracts by name and the weights of the objective and of the soft goals. Every error names the file, the JSON path,
 * the value and the rule.
 *
 * @param intervalMinutes interval length in minutes
 * @param templates the shift templates
 * @param contracts the contracts by name
 * @param weights the weights of the objective and of the soft goals
 */
record ScheduleRules(int intervalMinutes, List<ShiftTemplate> templates, Map<String, Contract> contracts, Weights weights) {

    static ScheduleRules read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (JacksonException malformed) {
            throw new IllegalArgumentException(file.getFileName() + ": not valid JSON: " + malformed.getOriginalMessage());
        }
        var reader = new Fields(file.getFileName().toString());
        int interval = reader.integer(root, "intervalMinutes", "");
        var templates = new ArrayList<ShiftTemplate>();
        var templateNodes = reader.array(root, "shiftTemplates", "");
        for (int t = 0; t < templateNodes.size(); t++) {
            templates.add(reader.template(templateNodes.get(t), "shiftTemplates[" + t + "]."));
        }
        var contracts = new LinkedHashMap<String, Contract>();
        var contractNodes = reader.array(root, "contracts", "");
        for (int c = 0; c < contractNodes.size(); c++) {
            var contract = reader.contract(contractNodes.get(c), "contracts[" + c + "].");
            contracts.put(contract.name(), contract);
        }
        var weights = root.get("weights");
        if (weights == null || !weights.isObject()) {
            throw reader.error("weights", "missing", "an object with understaffedHour, overstaffedHour, paidHour");
        }
        return new ScheduleRules(interval, templates, contracts, reader.rule("weights", () -> reader.weights(weights)));
    }

    /** Reads typed fields and names the file, path and value in every error. */
    private record Fields(String file) {

        ShiftTemplate template(JsonNode node, String at) {
            var breaks = new ArrayList<BreakRule>();
            var breakNodes = node.has("breaks") ? array(node, "breaks", at) : List.<JsonNode>of();
            for (int b = 0; b < breakNodes.size(); b++) {
                var one = breakNodes.get(b);
                var path = at + "breaks[" + b + "].";
                breaks.add(rule(path, () -> new BreakRule(
                        integer(one, "lengthMinutes", path),
                        bool(one, "paid", path),
                        integer(one, "earliestAfterStartMinutes", path),
                        integer(one, "latestBeforeEndMinutes", path))));
            }
            var lengths = new ArrayList<Integer>();
            var lengthNodes = array(node, "lengthMinutes", at);
            for (int l = 0; l < lengthNodes.size(); l++) {
                if (!lengthNodes.get(l).canConvertToInt()) {
                    throw error(at + "lengthMinutes[" + l + "]", lengthNodes.get(l).toString(), "a whole number");
                }
                lengths.add(lengthNodes.get(l).asInt());
            }
            return rule(at.substring(0, at.length() - 1), () -> new ShiftTemplate(
                    text(node, "name", at),
                    time(node, "startEarliest", at),
                    time(node, "startLatest", at),
                    integer(node, "startStepMinutes", at),
                    lengths,
                    breaks,
                    node.has("minGapMinutes") ? integer(node, "minGapMinutes", at) : 0));
        }

        /**
         * A contract; the optional night rules default to none beyond the others: {@code maxConsecutiveNights} to
         * {@code maxConsecutiveDays}, {@code minRestAfterNightHours} to {@code minRestHours}.
         */
        Contract contract(JsonNode node, String at) {
            int daysOff = integer(node, "daysOffPerWeek", at);
            double rest = number(node, "minRestHours", at);
            int consecutiveDays = integer(node, "maxConsecutiveDays", at);
            return rule(at.substring(0, at.length() - 1), () -> new Contract(
                    text(node, "name", at),
                    number(node, "minHoursPerWeek", at),
                    number(node, "maxHoursPerWeek", at),
                    node.has("minShiftsPerWeek") ? integer(node, "minShiftsPerWeek", at) : 0,
                    node.has("maxShiftsPerWeek") ? integer(node, "maxShiftsPerWeek", at) : 7 - daysOff,
                    daysOff,
                    bool(node, "consecutiveDaysOff", at),
                    rest,
                    consecutiveDays,
                    node.has("maxNightShiftsPerWeek") ? integer(node, "maxNightShiftsPerWeek", at) : 7,
                    node.has("maxConsecutiveNights") ? integer(node, "maxConsecutiveNights", at) : consecutiveDays,
                    node.has("minRestAfterNightHours") ? number(node, "minRestAfterNightHours", at) : rest));
        }

        /**
         * The objective's three weights (required) and the soft weights (optional; each defaults to its share of
         * paidHour, {@link Weights#withDefaultSoftGoals}).
         */
        Weights weights(JsonNode node) {
            var at = "weights.";
            double paid = number(node, "paidHour", at);
            var defaults = Weights.withDefaultSoftGoals(0, 0, paid);
            return new Weights(
                    number(node, "understaffedHour", at),
                    number(node, "overstaffedHour", at),
                    paid,
                    node.has("preferenceMiss") ? number(node, "preferenceMiss", at) : defaults.preferenceMiss(),
                    node.has("weekendFairness") ? number(node, "weekendFairness", at) : defaults.weekendFairness(),
                    node.has("lateShiftFairness")
                            ? number(node, "lateShiftFairness", at)
                            : defaults.lateShiftFairness());
        }

        List<JsonNode> array(JsonNode node, String field, String at) {
            var value = node.get(field);
            if (value == null || !value.isArray()) {
                throw error(at + field, value == null ? "missing" : value.toString(), "an array");
            }
            var items = new ArrayList<JsonNode>();
            value.forEach(items::add);
            return items;
        }

        int integer(JsonNode node, String field, String at) {
            var value = node.get(field);
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
                throw error(at + field, value == null ? "missing" : value.toString(), "a whole number");
            }
            return value.asInt();
        }

        double number(JsonNode node, String field, String at) {
            var value = node.get(field);
            if (value == null || !value.isNumber()) {
                throw error(at + field, value == null ? "missing" : value.toString(), "a number");
            }
            return value.asDouble();
        }

        boolean bool(JsonNode node, String field, String at) {
            var value = node.get(field);
            if (value == null || !value.isBoolean()) {
                throw error(at + field, value == null ? "missing" : value.toString(), "true or false");
            }
            return value.asBoolean();
        }

        String text(JsonNode node, String field, String at) {
            var value = node.get(field);
            if (value == null || !value.isString() || value.asString().isBlank()) {
                throw error(at + field, value == null ? "missing" : value.toString(), "a non-blank string");
            }
            return value.asString();
        }

        LocalTime time(JsonNode node, String field, String at) {
            var text = text(node, field, at);
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException bad) {
                throw error(at + field, text, "a time HH:MM");
            }
        }

        <T> T rule(String at, java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException broken) {
                if (broken.getMessage() != null && broken.getMessage().startsWith(file)) {
                    throw broken;
                }
                throw new IllegalArgumentException(file + ", " + at + ": " + broken.getMessage(), broken);
            }
        }

        IllegalArgumentException error(String path, String value, String expected) {
            return new IllegalArgumentException(file + ", field " + path + ": value " + value + " — expected " + expected);
        }
    }
}
