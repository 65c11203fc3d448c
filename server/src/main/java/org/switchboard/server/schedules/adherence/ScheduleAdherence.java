package org.switchboard.server.schedules.adherence;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.server.schedules.RosterShift;

/**
 * Compares a schedule with what the agents did, per agent and day, and sums per team.
 *
 * <p>Definitions (wfm.md "Scheduling", adherence; the common WFM definitions as in B. Cleveland, <i>Call Center
 * Management on Fast Forward</i>, ICMI, chapter "Schedule adherence", which names both measures):
 *
 * <ul>
 *   <li><b>Adherence</b> = in-adherence time / scheduled time. The scheduled time is the shift from its start to its
 *       end, breaks included. A moment of it is in adherence when the agent does what the schedule says: scheduled to
 *       work and working (logged in and not paused: {@code LOGIN}, {@code READY}, {@code ON_CONTACT},
 *       {@code WRAP_UP}), or scheduled on a break and not working (paused or logged out). Adherence measures
 *       <i>when</i> agents work.
 *   <li><b>Conformance</b> = worked time / scheduled work time. The worked time is every moment of the local day in
 *       which the agent works, inside the shift or not; the scheduled work time is the shift less its breaks.
 *       Conformance measures <i>how much</i> agents work, and may exceed 1.
 * </ul>
 *
 * <p>An agent stays in a state until the agent's next event, at most {@value #MAX_OPEN_HOURS} hours (as the KPI facts
 * and the agent page do); before the agent's first event and after a {@code LOGOUT} the agent is logged out. A team's
 * figures are time-weighted: Σ in-adherence time / Σ scheduled time, Σ worked time / Σ scheduled work time.
 */
public final class ScheduleAdherence {

    /** The longest a state lasts without a further event. */
    static final int MAX_OPEN_HOURS = 12;

    private static final Duration MAX_OPEN = Duration.ofHours(MAX_OPEN_HOURS);

    private ScheduleAdherence() {}

    /**
     * Measures every shift against the events of its agent.
     *
     * @param shifts the shifts of the schedule
     * @param events the agent-state events of the period (and up to {@value #MAX_OPEN_HOURS} hours before it), in any
     *     order; events of agents without a shift are ignored
     * @param teams the team of each agent; agents not in it count under the empty team
     * @param zone the centre's time zone, whose local days the worked time is counted in
     * @return one entry per shift, by day, then agent
     */
    public static List<AgentDayAdherence> measure(
            List<RosterShift> shifts, List<AgentEvent> events, Map<String, String> teams, ZoneId zone) {
        var byAgent = events.stream()
                .sorted(Comparator.comparing(AgentEvent::at))
                .collect(Collectors.groupingBy(AgentEvent::agentId));
        var result = new ArrayList<AgentDayAdherence>(shifts.size());
        for (var shift : shifts) {
            var timeline = timeline(byAgent.getOrDefault(shift.agentId(), List.of()));
            result.add(measure(shift, timeline, teams.getOrDefault(shift.agentId(), ""), zone));
        }
        result.sort(Comparator.comparing(AgentDayAdherence::day).thenComparing(AgentDayAdherence::agentId));
        return List.copyOf(result);
    }

    /**
     * Sums agents' figures per team and day.
     *
     * @param agents the figures per agent and day
     * @return one entry per team and day, by day, then team
     */
    public static List<TeamDayAdherence> byTeam(List<AgentDayAdherence> agents) {
        var groups = new TreeMap<String, List<AgentDayAdherence>>();
        for (var agent : agents) {
            groups.computeIfAbsent(agent.day() + "\t" + agent.team(), key -> new ArrayList<>()).add(agent);
        }
        return groups.values().stream()
                .map(group -> new TeamDayAdherence(
                        group.getFirst().team(),
                        group.getFirst().day(),
                        group.size(),
                        sum(group, AgentDayAdherence::scheduled),
                        sum(group, AgentDayAdherence::inAdherence),
                        sum(group, AgentDayAdherence::scheduledWork),
                        sum(group, AgentDayAdherence::worked)))
                .toList();
    }

    private static Duration sum(List<AgentDayAdherence> group, Function<AgentDayAdherence, Duration> f) {
        return group.stream().map(f).reduce(Duration.ZERO, Duration::plus);
    }

    private static AgentDayAdherence measure(RosterShift shift, List<Piece> timeline, String team, ZoneId zone) {
        var inAdherence = Duration.ZERO;
        var deviations = new ArrayList<Deviation>();
        for (var planned : planned(shift)) {
            for (var actual : cut(timeline, planned.from(), planned.to())) {
                boolean adheres = planned.onBreak() != (actual.activity() == Activity.WORKING);
                if (adheres) {
                    inAdherence = inAdherence.plus(actual.length());
                } else {
                    addDeviation(
                            deviations,
                            new Deviation(actual.from(), actual.to(), planned.onBreak(), actual.activity()));
                }
            }
        }
        var dayStart = shift.day().atStartOfDay(zone).toInstant();
        var dayEnd = shift.day().plusDays(1).atStartOfDay(zone).toInstant();
        var worked = cut(timeline, dayStart, dayEnd).stream()
                .filter(piece -> piece.activity() == Activity.WORKING)
                .map(Piece::length)
                .reduce(Duration.ZERO, Duration::plus);
        return new AgentDayAdherence(
                shift.agentId(), team, shift.day(), shift.length(), inAdherence, shift.workTime(), worked, deviations);
    }

    /** Appends a deviation, merging it into the one before when they touch and agree. */
    private static void addDeviation(List<Deviation> deviations, Deviation next) {
        if (!deviations.isEmpty()) {
            var last = deviations.getLast();
            if (last.to().equals(next.from())
                    && last.scheduledBreak() == next.scheduledBreak()
                    && last.actual() == next.actual()) {
                deviations.set(deviations.size() - 1, new Deviation(last.from(), next.to(), last.scheduledBreak(),
                        last.actual()));
                return;
            }
        }
        deviations.add(next);
    }

    /** The shift as consecutive stretches of work and breaks. */
    private static List<Planned> planned(RosterShift shift) {
        var stretches = new ArrayList<Planned>();
        var at = shift.start();
        for (var item : shift.breaks()) {
            if (item.start().isAfter(at)) {
                stretches.add(new Planned(at, item.start(), false));
            }
            stretches.add(new Planned(item.start(), item.end(), true));
            at = item.end();
        }
        if (shift.end().isAfter(at)) {
            stretches.add(new Planned(at, shift.end(), false));
        }
        return stretches;
    }

    /** The agent's activities from time-ordered events: each lasts until the next event, at most 12 hours. */
    private static List<Piece> timeline(List<AgentEvent> events) {
        var pieces = new ArrayList<Piece>(events.size());
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            var capped = event.at().plus(MAX_OPEN);
            var end = i + 1 < events.size() && events.get(i + 1).at().isBefore(capped) ? events.get(i + 1).at() : capped;
            if (end.isAfter(event.at())) {
                pieces.add(new Piece(event.at(), end, Activity.of(event.state())));
            }
        }
        return pieces;
    }

    /** The activities covering [{@code from}, {@code to}) without a gap: logged out where no event says otherwise. */
    private static List<Piece> cut(List<Piece> timeline, Instant from, Instant to) {
        var pieces = new ArrayList<Piece>();
        var at = from;
        for (var piece : timeline) {
            if (!piece.to().isAfter(at)) {
                continue;
            }
            if (!piece.from().isBefore(to)) {
                break;
            }
            var start = piece.from().isAfter(at) ? piece.from() : at;
            if (start.isAfter(at)) {
                pieces.add(new Piece(at, start, Activity.LOGGED_OUT));
            }
            var end = piece.to().isBefore(to) ? piece.to() : to;
            pieces.add(new Piece(start, end, piece.activity()));
            at = end;
        }
        if (at.isBefore(to)) {
            pieces.add(new Piece(at, to, Activity.LOGGED_OUT));
        }
        return pieces;
    }

    /** A stretch of the schedule: work or a break. */
    private record Planned(Instant from, Instant to, boolean onBreak) {}

    /** A stretch of one activity. */
    private record Piece(Instant from, Instant to, Activity activity) {

        Duration length() {
            return Duration.between(from, to);
        }
    }
}
