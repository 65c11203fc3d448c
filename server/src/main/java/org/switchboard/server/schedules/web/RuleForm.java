package org.switchboard.server.schedules.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.Weights;

/**
 * Reads a form of the rules editor into the engine's record (a shift template with its breaks, a contract, the
 * weights) and writes a record back as form values. Form fields are named as the records' components (a break's as
 * {@code breaks[i].component}). Unreadable values are refused field by field; readable ones are checked by the
 * engine's record constructor, and its refusal is shown next to the field it names ({@link #ENGINE_FIELDS}), in the
 * user's language, with the value as written. The optional fields are those RULES.json may leave out
 * ({@link org.switchboard.server.schedules.RulesDocument}), with the same defaults when left empty: a contract's night
 * rules ({@code maxConsecutiveNights} = maxConsecutiveDays, {@code minRestAfterNightHours} = minRestHours) and the soft
 * weights (their shares of paidHour, {@link Weights#withDefaultSoftGoals}). A new component of a record needs an input, a line in the reader and, if
 * the engine checks it, an entry in {@link #ENGINE_FIELDS} and a {@code schedweb.error.field.*} text.
 */
final class RuleForm {

    /** How many break rows the template form offers; empty rows are ignored. */
    static final int BREAK_ROWS = 4;

    /**
     * For each record, the start of the engine's message for a broken field ("FIELD must") and the form field it
     * concerns: the engine names the field in its message (see the compact constructors of {@link ShiftTemplate},
     * {@link BreakRule}, {@link Contract}, {@link Weights}).
     */
    static final Map<Class<?>, Map<String, String>> ENGINE_FIELDS = Map.of(
            ShiftTemplate.class, fields("name must", "name", "startLatest must", "startLatest",
                    "startStepMinutes must", "startStepMinutes", "lengthMinutes must", "lengthsMinutes",
                    "each length must", "lengthsMinutes", "minGapMinutes must", "minGapMinutes"),
            BreakRule.class, fields("lengthMinutes must", "lengthMinutes", "earliestAfterStartMinutes must",
                    "earliestAfterStartMinutes", "latestBeforeEndMinutes must", "latestBeforeEndMinutes"),
            Contract.class, fields("name must", "name", "minHoursPerWeek must", "minHoursPerWeek",
                    "maxHoursPerWeek must", "maxHoursPerWeek", "daysOffPerWeek must", "daysOffPerWeek",
                    "shifts per week must", "maxShiftsPerWeek", "minRestHours must", "minRestHours",
                    "maxConsecutiveDays must", "maxConsecutiveDays", "maxNightShiftsPerWeek must",
                    "maxNightShiftsPerWeek", "maxConsecutiveNights must", "maxConsecutiveNights",
                    "minRestAfterNightHours must", "minRestAfterNightHours"),
            Weights.class, fields("understaffedHour must", "understaffedHour", "overstaffedHour must",
                    "overstaffedHour", "paidHour must", "paidHour", "preferenceMiss must", "preferenceMiss",
                    "weekendFairness must", "weekendFairness", "lateShiftFairness must", "lateShiftFairness"));

    private final Map<String, String> form;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    RuleForm(Map<String, String> form, MessageSource messages, Locale locale) {
        this.form = form;
        this.messages = messages;
        this.locale = locale;
    }

    /** {@return the refusals by form field, in the user's language; empty when the form was read} */
    Map<String, String> errors() {
        return errors;
    }

    /** {@return the shift template of the form, empty when a field is refused} */
    Optional<ShiftTemplate> template() {
        var name = text("name");
        var earliest = time("startEarliest");
        var latest = time("startLatest");
        int step = whole("startStepMinutes");
        var lengths = lengths("lengthsMinutes");
        int gap = whole("minGapMinutes");
        var breaks = new ArrayList<BreakRule>();
        for (int row = 0; row < BREAK_ROWS; row++) {
            var at = "breaks[" + row + "].";
            if (text(at + "lengthMinutes").isEmpty() && text(at + "earliestAfterStartMinutes").isEmpty()
                    && text(at + "latestBeforeEndMinutes").isEmpty()) {
                continue;
            }
            int length = whole(at + "lengthMinutes");
            int after = whole(at + "earliestAfterStartMinutes");
            int before = whole(at + "latestBeforeEndMinutes");
            boolean paid = checked(at + "paid");
            if (errors.isEmpty()) {
                checked(BreakRule.class, at, () -> new BreakRule(length, paid, after, before)).ifPresent(breaks::add);
            }
        }
        return errors.isEmpty()
                ? checked(ShiftTemplate.class, "",
                        () -> new ShiftTemplate(name, earliest, latest, step, lengths, breaks, gap))
                : Optional.empty();
    }

    /** {@return the contract of the form, empty when a field is refused} */
    Optional<Contract> contract() {
        var name = text("name");
        double minHours = number("minHoursPerWeek");
        double maxHours = number("maxHoursPerWeek");
        int minShifts = whole("minShiftsPerWeek");
        int maxShifts = whole("maxShiftsPerWeek");
        int daysOff = whole("daysOffPerWeek");
        boolean consecutive = checked("consecutiveDaysOff");
        double rest = number("minRestHours");
        int maxDays = whole("maxConsecutiveDays");
        int nights = whole("maxNightShiftsPerWeek");
        int maxNights = text("maxConsecutiveNights").isEmpty() ? maxDays : whole("maxConsecutiveNights");
        double restAfterNight = text("minRestAfterNightHours").isEmpty() ? rest : number("minRestAfterNightHours");
        return errors.isEmpty()
                ? checked(Contract.class, "", () -> new Contract(name, minHours, maxHours, minShifts, maxShifts,
                        daysOff, consecutive, rest, maxDays, nights, maxNights, restAfterNight))
                : Optional.empty();
    }

    /** {@return the weights of the form, empty when a field is refused} */
    Optional<Weights> weights() {
        double under = number("understaffedHour");
        double over = number("overstaffedHour");
        double paid = number("paidHour");
        var defaults = Weights.withDefaultSoftGoals(0, 0, paid);
        double miss = text("preferenceMiss").isEmpty() ? defaults.preferenceMiss() : number("preferenceMiss");
        double weekends = text("weekendFairness").isEmpty() ? defaults.weekendFairness() : number("weekendFairness");
        double lates = text("lateShiftFairness").isEmpty() ? defaults.lateShiftFairness() : number("lateShiftFairness");
        return errors.isEmpty()
                ? checked(Weights.class, "", () -> new Weights(under, over, paid, miss, weekends, lates))
                : Optional.empty();
    }

    /** {@return the form values of a stored template} */
    static Map<String, String> values(ShiftTemplate template) {
        var values = new LinkedHashMap<String, String>();
        values.put("name", template.name());
        values.put("startEarliest", template.startEarliest().toString());
        values.put("startLatest", template.startLatest().toString());
        values.put("startStepMinutes", String.valueOf(template.startStepMinutes()));
        values.put("lengthsMinutes",
                template.lengthsMinutes().stream().map(String::valueOf).collect(Collectors.joining(";")));
        values.put("minGapMinutes", String.valueOf(template.minGapMinutes()));
        var breaks = template.breaks();
        for (int row = 0; row < breaks.size(); row++) {
            var at = "breaks[" + row + "].";
            var rule = breaks.get(row);
            values.put(at + "lengthMinutes", String.valueOf(rule.lengthMinutes()));
            values.put(at + "paid", String.valueOf(rule.paid()));
            values.put(at + "earliestAfterStartMinutes", String.valueOf(rule.earliestAfterStartMinutes()));
            values.put(at + "latestBeforeEndMinutes", String.valueOf(rule.latestBeforeEndMinutes()));
        }
        return values;
    }

    /** {@return the form values of a stored contract} */
    static Map<String, String> values(Contract contract) {
        var values = new LinkedHashMap<String, String>();
        values.put("name", contract.name());
        values.put("minHoursPerWeek", decimal(contract.minHoursPerWeek()));
        values.put("maxHoursPerWeek", decimal(contract.maxHoursPerWeek()));
        values.put("minShiftsPerWeek", String.valueOf(contract.minShiftsPerWeek()));
        values.put("maxShiftsPerWeek", String.valueOf(contract.maxShiftsPerWeek()));
        values.put("daysOffPerWeek", String.valueOf(contract.daysOffPerWeek()));
        values.put("consecutiveDaysOff", String.valueOf(contract.consecutiveDaysOff()));
        values.put("minRestHours", decimal(contract.minRestHours()));
        values.put("maxConsecutiveDays", String.valueOf(contract.maxConsecutiveDays()));
        values.put("maxNightShiftsPerWeek", String.valueOf(contract.maxNightShiftsPerWeek()));
        values.put("maxConsecutiveNights", String.valueOf(contract.maxConsecutiveNights()));
        values.put("minRestAfterNightHours", decimal(contract.minRestAfterNightHours()));
        return values;
    }

    /** {@return the form values of the weights} */
    static Map<String, String> values(Weights weights) {
        return Map.of(
                "understaffedHour", decimal(weights.understaffedHour()),
                "overstaffedHour", decimal(weights.overstaffedHour()),
                "paidHour", decimal(weights.paidHour()),
                "preferenceMiss", decimal(weights.preferenceMiss()),
                "weekendFairness", decimal(weights.weekendFairness()),
                "lateShiftFairness", decimal(weights.lateShiftFairness()));
    }

    /** A number as a planner writes it: no ".0" on whole numbers. */
    static String decimal(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    /**
     * Builds a record with the engine's checks; a refusal is put under the field the engine names, or under the
     * record's first field when the message names none of them.
     */
    private <T> Optional<T> checked(Class<T> type, String at, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException refused) {
            var message = String.valueOf(refused.getMessage());
            var fields = ENGINE_FIELDS.get(type);
            var field = fields.entrySet().stream()
                    .filter(entry -> message.contains(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(fields.values().iterator().next());
            errors.put(at + field, text("schedweb.error.field." + field, text(at + field)));
            return Optional.empty();
        }
    }

    private String text(String field) {
        return form.getOrDefault(field, "").strip();
    }

    private boolean checked(String field) {
        var value = text(field);
        return value.equals("true") || value.equals("on");
    }

    private int whole(String field) {
        try {
            return Integer.parseInt(text(field));
        } catch (NumberFormatException e) {
            errors.put(field, text("schedweb.error.whole", text(field)));
            return 0;
        }
    }

    private double number(String field) {
        try {
            double value = Double.parseDouble(text(field).replace(',', '.'));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.put(field, text("schedweb.error.number", text(field)));
        return 0;
    }

    private LocalTime time(String field) {
        try {
            return LocalTime.parse(text(field));
        } catch (DateTimeParseException e) {
            errors.put(field, text("schedweb.error.time", text(field)));
            return LocalTime.MIDNIGHT;
        }
    }

    private List<Integer> lengths(String field) {
        var lengths = new ArrayList<Integer>();
        for (var part : text(field).split("[;,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                lengths.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                errors.put(field, text("schedweb.error.lengths", text(field)));
                return List.of();
            }
        }
        return lengths;
    }

    private String text(String key, String value) {
        return messages.getMessage(key, new Object[] {value}, locale);
    }

    private static Map<String, String> fields(String... pairs) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
