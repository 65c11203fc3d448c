package org.switchboard.server.schedules.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.switchboard.server.schedules.adherence.Activity;
import org.switchboard.server.schedules.adherence.AdherenceReports;
import org.switchboard.server.schedules.adherence.AgentDayAdherence;

/**
 * The agents of one day with their adherence figures and their deviations placed on a 24-hour axis in percent of the
 * local day.
 *
 * @param day the local day
 * @param rows one row per agent with a shift that day, by team, then name
 */
record DeviationTimeline(LocalDate day, List<Row> rows) {

    /**
     * One agent's row.
     *
     * @param name the agent's name
     * @param figures the agent's figures of the day
     * @param shift the scheduled shift on the axis (left, width and label; never a break)
     * @param deviations the deviations on the axis
     */
    record Row(String name, AgentDayAdherence figures, Mark shift, List<Mark> deviations) {}

    /**
     * A deviation on the axis.
     *
     * @param left where it starts, percent of the day
     * @param width how long it is, percent of the day
     * @param label its times
     * @param scheduledBreak whether a break was scheduled (else work)
     * @param actual what the agent did, {@code Activity} by name
     */
    record Mark(double left, double width, String label, boolean scheduledBreak, String actual) {}

    static DeviationTimeline of(AdherenceReports.Report report, LocalDate day, ZoneId zone) {
        var axis = DayAxis.of(day, zone);
        var rows = report.agents().stream()
                .filter(agent -> agent.day().equals(day))
                .map(agent -> new Row(
                        report.agentNames().getOrDefault(agent.agentId(), agent.agentId()),
                        agent,
                        shiftMark(report, agent, axis),
                        agent.deviations().stream()
                                .map(deviation -> new Mark(
                                        axis.percent(deviation.from()),
                                        axis.width(deviation.from(), deviation.to()),
                                        axis.label(deviation.from(), deviation.to()),
                                        deviation.scheduledBreak(),
                                        deviation.actual().name()))
                                .toList()))
                .sorted(Comparator.comparing((Row row) -> row.figures().team()).thenComparing(Row::name))
                .toList();
        return new DeviationTimeline(day, rows);
    }

    private static Mark shiftMark(AdherenceReports.Report report, AgentDayAdherence agent, DayAxis axis) {
        var shift = report.shifts().stream()
                .filter(candidate -> candidate.agentId().equals(agent.agentId()) && candidate.day().equals(agent.day()))
                .findFirst()
                .orElseThrow();
        return new Mark(axis.percent(shift.start()), axis.width(shift.start(), shift.end()),
                axis.label(shift.start(), shift.end()), false, Activity.WORKING.name());
    }
}
