package org.switchboard.server.schedules.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.switchboard.engine.scheduling.evaluation.ScheduleQuality;

/**
 * The series of the coverage chart, as the JSON {@code js/schedules.js} draws: per interval the required and the
 * scheduled agents summed over skills, and per skill with a forecast the projected service level in percent
 * ({@code null} where there is none): {@code {"labels":[],"required":[],"scheduled":[],"serviceLevel":{"skill":[]}}}.
 * Labels are local times {@code MM-dd HH:mm}. Every figure is the engine's evaluation.
 */
final class CoverageChart {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private CoverageChart() {}

    static String json(ScheduleQuality quality) {
        var required = new TreeMap<LocalDateTime, double[]>();
        var serviceLevels = new TreeMap<String, Map<LocalDateTime, OptionalDouble>>();
        for (var skill : quality.coverage()) {
            boolean projected = skill.serviceLevelOmitted().isEmpty();
            for (var interval : skill.intervals()) {
                var sums = required.computeIfAbsent(interval.start(), start -> new double[2]);
                sums[0] += interval.required();
                sums[1] += interval.scheduled();
                if (projected) {
                    serviceLevels.computeIfAbsent(skill.skill(), name -> new TreeMap<>())
                            .put(interval.start(), interval.serviceLevel());
                }
            }
        }
        var labels = new ArrayList<String>();
        var needed = new ArrayList<String>();
        var scheduled = new ArrayList<String>();
        required.forEach((start, sums) -> {
            labels.add('"' + LABEL.format(start) + '"');
            needed.add(number(sums[0]));
            scheduled.add(number(sums[1]));
        });
        var levels = new ArrayList<String>();
        serviceLevels.forEach((skill, values) -> {
            var points = new ArrayList<String>();
            required.keySet().forEach(start -> {
                var value = values.getOrDefault(start, OptionalDouble.empty());
                points.add(value.isPresent() ? number(100 * value.getAsDouble()) : "null");
            });
            levels.add(quote(skill) + ":[" + String.join(",", points) + "]");
        });
        return "{\"labels\":[" + String.join(",", labels) + "],\"required\":[" + String.join(",", needed)
                + "],\"scheduled\":[" + String.join(",", scheduled) + "],\"serviceLevel\":{" + String.join(",", levels)
                + "}}";
    }

    /** {@return Σ min(required, scheduled) / Σ required over every interval and skill, empty without demand} */
    static OptionalDouble coverage(ScheduleQuality quality) {
        double required = 0;
        double covered = 0;
        for (var skill : quality.coverage()) {
            for (var interval : skill.intervals()) {
                required += interval.required();
                covered += Math.min(interval.required(), interval.scheduled());
            }
        }
        return required <= 0 ? OptionalDouble.empty() : OptionalDouble.of(covered / required);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A JSON string of a skill name: quotes and backslashes escaped, control characters dropped. */
    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= ' ') {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
