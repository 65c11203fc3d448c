package org.switchboard.server.schedules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.Weights;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduling rules as a RULES.json document (format in {@code docs/scheduling.md}): the one reader of the file,
 * for the rules editor's upload and download and for the command line's {@code schedule} command
 * ({@link #readWithInterval}). Its optional keys and their defaults: a template's {@code minGapMinutes} (0); a
 * contract's {@code minShiftsPerWeek} (0), {@code maxShiftsPerWeek} (7 − daysOffPerWeek),
 * {@code maxNightShiftsPerWeek} (7), {@code maxConsecutiveNights} (maxConsecutiveDays) and
 * {@code minRestAfterNightHours} (minRestHours), which add no rule beyond the others; the weights'
 * {@code preferenceMiss}, {@code weekendFairness} and {@code lateShiftFairness} (their shares of paidHour,
 * {@link Weights#withDefaultSoftGoals}). Writing always writes every key, so that a downloaded file plans the same on
 * the command line. {@code intervalMinutes} is written as {@value #INTERVAL_MINUTES} (the planning page takes the
 * interval from the requirement) and is needed only by the command line. Reading names the file, the JSON path, the
 * value and the reason of the first bad field; the engine's records check the values.
 *
 * @param templates the shift templates, names unique
 * @param contracts the contracts, names unique
 * @param weights the weights of the objective and of the soft goals
 */
public record RulesDocument(List<ShiftTemplate> templates, List<Contract> contracts, Weights weights) {

    /** The interval length written into a downloaded document. */
    public static final int INTERVAL_MINUTES = 15;

    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if two templates or two contracts share a name
     */
    public RulesDocument {
        templates = List.copyOf(templates);
        contracts = List.copyOf(contracts);
        requireUnique(templates.stream().map(ShiftTemplate::name).toList(), "shiftTemplates");
        requireUnique(contracts.stream().map(Contract::name).toList(), "contracts");
    }

    /**
     * The rules of a RULES.json with its interval length, as the command line plans with them.
     *
     * @param intervalMinutes the document's {@code intervalMinutes}
     * @param rules the rules
     */
    public record WithInterval(int intervalMinutes, RulesDocument rules) {}

    /**
     * Reads a RULES.json document; {@code intervalMinutes} is not read.
     *
     * @param fileName the file's name, for the messages
     * @param in the document
     * @return the rules
     * @throws IllegalArgumentException naming the file, the field, the value and the reason of the first bad field
     * @throws IOException if the stream cannot be read
     */
    public static RulesDocument read(String fileName, InputStream in) throws IOException {
        var reader = new Reader(fileName);
        return reader.document(reader.root(in));
    }

    /**
     * Reads a RULES.json document with its required {@code intervalMinutes}, as the command line does.
     *
     * @param fileName the file's name, for the messages
     * @param in the document
     * @return the interval length and the rules
     * @throws IllegalArgumentException naming the file, the field, the value and the reason of the first bad field
     * @throws IOException if the stream cannot be read
     */
    public static WithInterval readWithInterval(String fileName, InputStream in) throws IOException {
        var reader = new Reader(fileName);
        var root = reader.root(in);
        int interval = reader.whole(root, "intervalMinutes", "");
        return new WithInterval(interval, reader.document(root));
    }

    /** Writes the rules as a RULES.json document (UTF-8, indented). */
    public void write(OutputStream out) throws IOException {
        var json = JsonMapper.builder().build();
        var root = json.createObjectNode();
        root.put("intervalMinutes", INTERVAL_MINUTES);
        var templateNodes = root.putArray("shiftTemplates");
        for (var template : templates) {
            var node = templateNodes.addObject()
                    .put("name", template.name())
                    .put("startEarliest", template.startEarliest().toString())
                    .put("startLatest", template.startLatest().toString())
                    .put("startStepMinutes", template.startStepMinutes());
            var lengths = node.putArray("lengthMinutes");
            for (int length : template.lengthsMinutes()) {
                lengths.add(length);
            }
            node.put("minGapMinutes", template.minGapMinutes());
            var breaks = node.putArray("breaks");
            for (var rule : template.breaks()) {
                breaks.addObject()
                        .put("lengthMinutes", rule.lengthMinutes())
                        .put("paid", rule.paid())
                        .put("earliestAfterStartMinutes", rule.earliestAfterStartMinutes())
                        .put("latestBeforeEndMinutes", rule.latestBeforeEndMinutes());
            }
        }
        var contractNodes = root.putArray("contracts");
        for (var contract : contracts) {
            contractNodes.addObject()
                    .put("name", contract.name())
                    .put("minHoursPerWeek", contract.minHoursPerWeek())
                    .put("maxHoursPerWeek", contract.maxHoursPerWeek())
                    .put("minShiftsPerWeek", contract.minShiftsPerWeek())
                    .put("maxShiftsPerWeek", contract.maxShiftsPerWeek())
                    .put("daysOffPerWeek", contract.daysOffPerWeek())
                    .put("consecutiveDaysOff", contract.consecutiveDaysOff())
                    .put("minRestHours", contract.minRestHours())
                    .put("maxConsecutiveDays", contract.maxConsecutiveDays())
                    .put("maxNightShiftsPerWeek", contract.maxNightShiftsPerWeek())
                    .put("maxConsecutiveNights", contract.maxConsecutiveNights())
                    .put("minRestAfterNightHours", contract.minRestAfterNightHours());
        }
        root.set("weights", json.createObjectNode()
                .put("understaffedHour", weights.understaffedHour())
                .put("overstaffedHour", weights.overstaffedHour())
                .put("paidHour", weights.paidHour())
                .put("preferenceMiss", weights.preferenceMiss())
                .put("weekendFairness", weights.weekendFairness())
                .put("lateShiftFairness", weights.lateShiftFairness()));
        json.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    private static void requireUnique(List<String> names, String field) {
        var seen = new HashSet<String>();
        for (var name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException(field + ": the name \"" + name + "\" appears twice");
            }
        }
    }

    /** Reads typed fields; every error names the file, the JSON path, the value and what was expected. */
    private record Reader(String file) {

        JsonNode root(InputStream in) throws IOException {
            JsonNode root;
            try {
                root = JsonMapper.builder().build().readTree(in);
            } catch (JacksonException malformed) {
                throw new IllegalArgumentException(file + ": not valid JSON: " + malformed.getOriginalMessage());
            }
            if (root == null || !root.isObject()) {
                throw error("", String.valueOf(root), "a JSON object");
            }
            return root;
        }

        RulesDocument document(JsonNode root) {
            var templates = new ArrayList<ShiftTemplate>();
            var templateNodes = array(root, "shiftTemplates", "");
            for (int t = 0; t < templateNodes.size(); t++) {
                templates.add(template(templateNodes.get(t), "shiftTemplates[" + t + "]"));
            }
            var contracts = new ArrayList<Contract>();
            var contractNodes = array(root, "contracts", "");
            for (int c = 0; c < contractNodes.size(); c++) {
                contracts.add(contract(contractNodes.get(c), "contracts[" + c + "]"));
            }
            var weightsNode = value(root, "weights", "", JsonNode::isObject,
                    "an object with understaffedHour, overstaffedHour, paidHour");
            var weights = checked("weights", () -> weights(weightsNode));
            try {
                return new RulesDocument(templates, contracts, weights);
            } catch (IllegalArgumentException duplicate) {
                throw new IllegalArgumentException(file + ", " + duplicate.getMessage(), duplicate);
            }
        }

        ShiftTemplate template(JsonNode node, String at) {
            var breaks = new ArrayList<BreakRule>();
            var breakNodes = node.has("breaks") ? array(node, "breaks", at) : List.<JsonNode>of();
            for (int b = 0; b < breakNodes.size(); b++) {
                var one = breakNodes.get(b);
                var path = at + ".breaks[" + b + "]";
                breaks.add(checked(path, () -> new BreakRule(
                        whole(one, "lengthMinutes", path),
                        flag(one, "paid", path),
                        whole(one, "earliestAfterStartMinutes", path),
                        whole(one, "latestBeforeEndMinutes", path))));
            }
            var lengths = new ArrayList<Integer>();
            var lengthNodes = array(node, "lengthMinutes", at);
            for (int l = 0; l < lengthNodes.size(); l++) {
                var length = lengthNodes.get(l);
                if (!length.isIntegralNumber() || !length.canConvertToInt()) {
                    throw error(at + ".lengthMinutes[" + l + "]", length.toString(), "a whole number");
                }
                lengths.add(length.asInt());
            }
            return checked(at, () -> new ShiftTemplate(
                    text(node, "name", at),
                    time(node, "startEarliest", at),
                    time(node, "startLatest", at),
                    whole(node, "startStepMinutes", at),
                    lengths,
                    breaks,
                    node.has("minGapMinutes") ? whole(node, "minGapMinutes", at) : 0));
        }

        /** A contract; the optional keys default as the type's Javadoc says. */
        Contract contract(JsonNode node, String at) {
            int daysOff = whole(node, "daysOffPerWeek", at);
            double rest = number(node, "minRestHours", at);
            int consecutiveDays = whole(node, "maxConsecutiveDays", at);
            return checked(at, () -> new Contract(
                    text(node, "name", at),
                    number(node, "minHoursPerWeek", at),
                    number(node, "maxHoursPerWeek", at),
                    node.has("minShiftsPerWeek") ? whole(node, "minShiftsPerWeek", at) : 0,
                    node.has("maxShiftsPerWeek") ? whole(node, "maxShiftsPerWeek", at) : 7 - daysOff,
                    daysOff,
                    flag(node, "consecutiveDaysOff", at),
                    rest,
                    consecutiveDays,
                    node.has("maxNightShiftsPerWeek") ? whole(node, "maxNightShiftsPerWeek", at) : 7,
                    node.has("maxConsecutiveNights") ? whole(node, "maxConsecutiveNights", at) : consecutiveDays,
                    node.has("minRestAfterNightHours") ? number(node, "minRestAfterNightHours", at) : rest));
        }

        /** The objective's three weights (required) and the soft weights (optional: shares of paidHour). */
        Weights weights(JsonNode node) {
            var at = "weights";
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
            var value = value(node, field, at, JsonNode::isArray, "an array");
            var items = new ArrayList<JsonNode>();
            value.forEach(items::add);
            return items;
        }

        int whole(JsonNode node, String field, String at) {
            return value(node, field, at, v -> v.isIntegralNumber() && v.canConvertToInt(), "a whole number").asInt();
        }

        double number(JsonNode node, String field, String at) {
            return value(node, field, at, JsonNode::isNumber, "a number").asDouble();
        }

        boolean flag(JsonNode node, String field, String at) {
            return value(node, field, at, JsonNode::isBoolean, "true or false").asBoolean();
        }

        String text(JsonNode node, String field, String at) {
            return value(node, field, at, v -> v.isString() && !v.asString().isBlank(), "a non-blank string")
                    .asString();
        }

        LocalTime time(JsonNode node, String field, String at) {
            var text = text(node, field, at);
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException bad) {
                throw error(path(at, field), text, "a time HH:MM");
            }
        }

        private JsonNode value(JsonNode node, String field, String at, Predicate<JsonNode> valid,
                String expected) {
            var value = node.get(field);
            if (value == null || !valid.test(value)) {
                throw error(path(at, field), value == null ? "missing" : value.toString(), expected);
            }
            return value;
        }

        /** Builds a record; a refusal of its constructor is reported with the record's path. */
        <T> T checked(String at, Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException refused) {
                if (String.valueOf(refused.getMessage()).startsWith(file)) {
                    throw refused;
                }
                throw new IllegalArgumentException(file + ", " + at + ": " + refused.getMessage(), refused);
            }
        }

        IllegalArgumentException error(String path, String value, String expected) {
            return new IllegalArgumentException(
                    file + ", field " + path + ": value " + value + " — expected " + expected);
        }

        private static String path(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }
    }
}
