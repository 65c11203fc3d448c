package org.switchboard.server.schedules.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.switchboard.engine.scheduling.evaluation.RuleViolation;
import org.switchboard.server.schedules.EvaluatedVersion;
import org.switchboard.server.schedules.RosterShift;

/**
 * One day of the Gantt chart: one row per agent of the problem (by team, then name) with the agent's shift and breaks
 * placed on a 24-hour axis in percent of the local day, and the hard rules the agent breaks that day or that week.
 *
 * @param day the local day
 * @param rows the agents' rows
 */
record GanttDay(LocalDate day, List<Row> rows) {

    /**
     * One agent's row.
     *
     * @param agentId the agent
     * @param name the agent's name
     * @param team the agent's team
     * @param shift the shift, empty on a day off
     * @param violations the broken rules of the agent on this day or in its week
     */
    record Row(String agentId, String name, String team, Optional<Bar> shift, List<RuleViolation> violations) {}

    /**
     * A shift bar with its breaks.
     *
     * @param left where it starts, percent of the day
     * @param width how long it is, percent of the day
     * @param label its times, {@code 08:00–16:30}
     * @param template its template
     * @param skill its skill
     * @param breaks its breaks, positioned in percent of the day too
     */
    record Bar(double left, double width, String label, String template, String skill, List<Piece> breaks) {}

    /**
     * A break on the bar.
     *
     * @param left where it starts, percent of the day
     * @param width how long it is, percent of the day
     * @param label its times
     * @param paid whether it is paid
     */
    record Piece(double left, double width, String label, boolean paid) {}

    static GanttDay of(EvaluatedVersion evaluated, LocalDate day, ZoneId zone) {
        var axis = DayAxis.of(day, zone);
        var rows = new ArrayList<Row>();
        for (var agent : evaluated.agentNames().keySet()) {
            var shift = evaluated.shifts().stream()
                    .filter(candidate -> candidate.agentId().equals(agent) && candidate.day().equals(day))
                    .findFirst()
                    .map(found -> bar(found, axis));
            var violations = evaluated.quality().violations().stream()
                    .filter(violation -> violation.agentId().equals(agent)
                            && !day.isBefore(violation.day())
                            && day.isBefore(violation.day().plusDays(7)))
                    .toList();
            rows.add(new Row(agent, evaluated.agentNames().get(agent), evaluated.agentTeams().getOrDefault(agent, ""),
                    shift, violations));
        }
        rows.sort(Comparator.comparing(Row::team).thenComparing(Row::name).thenComparing(Row::agentId));
        return new GanttDay(day, List.copyOf(rows));
    }

    private static Bar bar(RosterShift shift, DayAxis axis) {
        var breaks = shift.breaks().stream()
                .map(item -> new Piece(axis.percent(item.start()), axis.width(item.start(), item.end()),
                        axis.label(item.start(), item.end()), item.paid()))
                .toList();
        return new Bar(axis.percent(shift.start()), axis.width(shift.start(), shift.end()),
                axis.label(shift.start(), shift.end()), shift.template(), shift.skill(), breaks);
    }
}
