package org.switchboard.server.staffing.bulk;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.switchboard.engine.staffing.QueueModel;
import org.switchboard.engine.staffing.ServiceTargets;

/**
 * The model and targets a requirement set was computed with. Shares are fractions 0–1, times in seconds. Stored in
 * {@code requirement_set.parameters} as {@code key=value} pairs joined by {@code ;} ({@link #encode()}), with the
 * keys of the command line ({@code sl-target}, {@code sl-seconds}, {@code asa-target}, {@code max-abandon},
 * {@code max-occupancy}, {@code patience}, {@code shrinkage}); absent targets are left out.
 *
 * @param model the queueing model
 * @param intervalMinutes interval length in minutes
 * @param serviceLevel target share answered within {@code serviceLevelSeconds}, if any
 * @param serviceLevelSeconds the service-level threshold T in seconds
 * @param maxAsaSeconds the highest acceptable average speed of answer, if any
 * @param maxAbandonRate the highest acceptable share of abandoned contacts, if any
 * @param maxOccupancy the highest acceptable agent occupancy, if any
 * @param patienceSeconds mean patience for Erlang A
 * @param shrinkage share of paid time not available for contacts, in [0, 1)
 */
public record StaffingParameters(
        QueueModelChoice model,
        int intervalMinutes,
        OptionalDouble serviceLevel,
        int serviceLevelSeconds,
        OptionalDouble maxAsaSeconds,
        OptionalDouble maxAbandonRate,
        OptionalDouble maxOccupancy,
        OptionalDouble patienceSeconds,
        double shrinkage) {

    /** Validates what the engine would refuse, so that a bad value never reaches the solver. */
    public StaffingParameters {
        Objects.requireNonNull(model, "model");
        requireArgument(intervalMinutes > 0 && 1440 % intervalMinutes == 0, "intervalMinutes", intervalMinutes);
        requireShare("serviceLevel", serviceLevel);
        requireArgument(serviceLevelSeconds >= 0, "serviceLevelSeconds", serviceLevelSeconds);
        maxAsaSeconds.ifPresent(asa -> requireArgument(asa > 0, "maxAsaSeconds", asa));
        requireShare("maxAbandonRate", maxAbandonRate);
        requireShare("maxOccupancy", maxOccupancy);
        patienceSeconds.ifPresent(patience -> requireArgument(patience > 0, "patienceSeconds", patience));
        requireArgument(model != QueueModelChoice.ERLANG_A || patienceSeconds.isPresent(), "patienceSeconds", "absent");
        requireArgument(shrinkage >= 0 && shrinkage < 1, "shrinkage", shrinkage);
    }

    /** {@return the engine's queueing model} */
    public QueueModel queueModel() {
        return model.model(patienceSeconds.orElse(1));
    }

    /** {@return the engine's targets} */
    public ServiceTargets targets() {
        var threshold = Duration.ofSeconds(serviceLevelSeconds);
        var targets = serviceLevel.isPresent()
                ? ServiceTargets.serviceLevel(serviceLevel.getAsDouble(), threshold)
                : ServiceTargets.none(threshold);
        if (maxAsaSeconds.isPresent()) {
            targets = targets.withMaxAsa(Duration.ofMillis(Math.round(maxAsaSeconds.getAsDouble() * 1000)));
        }
        if (maxAbandonRate.isPresent()) {
            targets = targets.withMaxAbandonRate(maxAbandonRate.getAsDouble());
        }
        if (maxOccupancy.isPresent()) {
            targets = targets.withMaxOccupancy(maxOccupancy.getAsDouble());
        }
        return targets;
    }

    /** {@return the parameters as ordered {@code key → value} pairs, absent targets left out} */
    public Map<String, String> entries() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("model", model.slug());
        entries.put("interval-minutes", Integer.toString(intervalMinutes));
        serviceLevel.ifPresent(value -> entries.put("sl-target", format(value)));
        entries.put("sl-seconds", Integer.toString(serviceLevelSeconds));
        maxAsaSeconds.ifPresent(value -> entries.put("asa-target", format(value)));
        maxAbandonRate.ifPresent(value -> entries.put("max-abandon", format(value)));
        maxOccupancy.ifPresent(value -> entries.put("max-occupancy", format(value)));
        patienceSeconds.ifPresent(value -> entries.put("patience", format(value)));
        entries.put("shrinkage", format(shrinkage));
        return entries;
    }

    /** {@return the stored form: {@code key=value;key=value}} */
    public String encode() {
        return entries().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(";"));
    }

    /**
     * Reads the stored form back.
     *
     * @throws IllegalArgumentException if a value is missing or invalid
     */
    public static StaffingParameters decode(String encoded) {
        var values = new LinkedHashMap<String, String>();
        for (var pair : encoded.split(";")) {
            var equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        var model = QueueModelChoice.valueOf(required(values, "model").toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_'));
        return new StaffingParameters(
                model,
                Integer.parseInt(required(values, "interval-minutes")),
                optional(values, "sl-target"),
                Integer.parseInt(required(values, "sl-seconds")),
                optional(values, "asa-target"),
                optional(values, "max-abandon"),
                optional(values, "max-occupancy"),
                optional(values, "patience"),
                Double.parseDouble(required(values, "shrinkage")));
    }

    private static String required(Map<String, String> values, String key) {
        var value = values.get(key);
        requireArgument(value != null, key, "absent");
        return Objects.requireNonNull(value);
    }

    private static OptionalDouble optional(Map<String, String> values, String key) {
        var value = values.get(key);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static void requireShare(String field, OptionalDouble share) {
        share.ifPresent(value -> requireArgument(value > 0 && value <= 1, field, value));
    }

    private static void requireArgument(boolean condition, String field, Object value) {
        if (!condition) {
            throw new IllegalArgumentException("invalid staffing parameter: " + field + "=" + value);
        }
    }
}
