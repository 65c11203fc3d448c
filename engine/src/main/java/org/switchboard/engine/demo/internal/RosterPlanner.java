package org.switchboard.engine.demo.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.switchboard.engine.demo.Agent;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.PauseReason;
import org.switchboard.engine.demo.ScheduledPause;
import org.switchboard.engine.demo.ScheduledShift;
import org.switchboard.engine.demo.Team;

/**
 * Turns the teams of a spec into agents with names and a day-by-day plan: shifts clipped to the opening hours, breaks,
 * lunch, training, team meetings and sickness, and the actual times the simulation will play.
 *
 * <p>Design notes, per agent and worked day (a shift clipped to fewer than 2 hours is not worked):
 * <ul>
 *   <li>Sickness: a spell starts with probability 0.015 on a working day and lasts 1 + Geometric(0.55) working days
 *       (mean 2.2), about 3 % of shifts absent; an absent agent has no events that day.
 *   <li>Fixed pauses first: the weekly team meeting, 13:00–13:30 on Tuesday, Wednesday or Thursday (by team), for the
 *       members on shift; training, one hour from 2 h 30 min after the start, with probability 0.08 on a full weekday
 *       shift (about one a fortnight).
 *   <li>Then breaks: on a shift of 6 hours or more a 15-minute break 3 h 30 min in (after the morning peak for the
 *       early shift), a 30-minute lunch from the middle and a 15-minute break 1 h 45 min before the end; on a
 *       shorter one (3 hours or more) one break in the middle. Each is staggered by −30, −10, +10 or +30 minutes by
 *       agent, so a team does not pause at once, and moved past any pause it would overlap; a break that no longer
 *       fits (ending later than 15 minutes before the shift) is dropped.
 *   <li>Actual times: login N(−60 s, 90 s) around the planned start (clamped to −5…+10 min), logout N(+30 s, 60 s)
 *       around the planned end (−2…+5 min); breaks and lunch overrun by Exp(45 s). The simulation makes agents finish
 *       the contact in hand before pausing or logging out, so actual pauses start late when the centre is busy.
 * </ul>
 */
final class RosterPlanner {

    private static final double SICKNESS_START = 0.015;
    private static final double SICKNESS_CONTINUES = 0.55;
    private static final double TRAINING_PER_DAY = 0.08;
    private static final LocalTime MEETING_TIME = LocalTime.of(13, 0);
    private static final DayOfWeek[] MEETING_DAYS = {DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY};
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;

    private final CentreCalendar calendar;
    private final RandomGenerator rng;
    private final List<Agent> agents = new ArrayList<>();
    private final List<Integer> teamOfAgent = new ArrayList<>();

    private RosterPlanner(CentreCalendar calendar, RandomGenerator rng) {
        this.calendar = calendar;
        this.rng = rng;
    }

    /**
     * Plans the roster of a spec.
     *
     * @param calendar the period
     * @param rng the random source
     * @return the roster
     */
    public static Roster plan(CentreCalendar calendar, RandomGenerator rng) {
        return new RosterPlanner(calendar, rng).plan();
    }

    private Roster plan() {
        var spec = calendar.spec();
        var teams = new ArrayList<Team>();
        var names = new AgentNames();
        for (int t = 0; t < spec.teams().size(); t++) {
            var teamSpec = spec.teams().get(t);
            var team = new Team("T" + (t + 1), teamSpec.name());
            teams.add(team);
            for (var pattern : teamSpec.agentShifts()) {
                var id = "A%03d".formatted(agents.size() + 1);
                agents.add(new Agent(id, names.next(rng), team.id(), teamSpec.skills(), pattern));
                teamOfAgent.add(t);
            }
        }
        var rating = new double[agents.size()];
        for (int a = 0; a < rating.length; a++) {
            rating[a] = 0.35 * rng.nextGaussian();
        }
        var items = new ScheduleItems();
        var shifts = planShifts(items);
        return new Roster(List.copyOf(teams), List.copyOf(agents), shifts, items, agentQueues(spec), rating);
    }

    private int[][] agentQueues(DemoSpec spec) {
        var queueNames =
                spec.queues().stream().map(queue -> queue.queue().name()).toList();
        var result = new int[agents.size()][];
        for (int a = 0; a < result.length; a++) {
            result[a] = agents.get(a).skills().stream()
                    .mapToInt(queueNames::indexOf)
                    .sorted()
                    .toArray();
        }
        return result;
    }

    private List<ScheduledShift> planShifts(ScheduleItems items) {
        var shifts = new ArrayList<ScheduledShift>();
        var sickDaysLeft = new int[agents.size()];
        for (int d = 0; d < calendar.dayCount(); d++) {
            for (int a = 0; a < agents.size(); a++) {
                var pattern = agents.get(a).shiftPattern();
                if (!pattern.worksOn(calendar.runsAs(d))) {
                    continue;
                }
                var hours = calendar.spec().hoursOn(calendar.day(d));
                var from = max(pattern.start(), hours.open());
                var to = min(pattern.end(), hours.close());
                if (Duration.between(from, to).compareTo(Duration.ofHours(2)) < 0) {
                    continue;
                }
                long start = calendar.epochSecond(d, from);
                long end = calendar.epochSecond(d, to);
                boolean absent = isAbsent(a, sickDaysLeft);
                var pauses = absent ? List.<ScheduledPause>of() : planPauses(d, a, start, end);
                shifts.add(new ScheduledShift(
                        agents.get(a).id(), calendar.day(d), instant(start), instant(end), absent, pauses));
                if (!absent) {
                    addItems(items, a, start, end, pauses);
                }
            }
        }
        return List.copyOf(shifts);
    }

    private boolean isAbsent(int agent, int[] sickDaysLeft) {
        if (sickDaysLeft[agent] > 0) {
            sickDaysLeft[agent]--;
            return true;
        }
        if (rng.nextDouble() >= SICKNESS_START) {
            return false;
        }
        int spell = 1;
        while (rng.nextDouble() < SICKNESS_CONTINUES) {
            spell++;
        }
        sickDaysLeft[agent] = spell - 1;
        return true;
    }

    private List<ScheduledPause> planPauses(int d, int agent, long start, long end) {
        var placed = new ArrayList<Slot>();
        var dayOfWeek = calendar.runsAs(d);
        boolean workday = !calendar.isPublicHoliday(d) && dayOfWeek.getValue() <= DayOfWeek.FRIDAY.getValue();
        long meeting = calendar.epochSecond(d, MEETING_TIME);
        if (workday
                && dayOfWeek == MEETING_DAYS[teamOfAgent.get(agent) % MEETING_DAYS.length]
                && start <= meeting
                && meeting + 45 * MINUTE <= end) {
            placed.add(new Slot(PauseReason.MEETING, meeting, meeting + 30 * MINUTE));
        }
        long length = end - start;
        if (workday && length >= 8 * HOUR && rng.nextDouble() < TRAINING_PER_DAY) {
            var training = new Slot(PauseReason.TRAINING, start + 150 * MINUTE, start + 210 * MINUTE);
            if (placed.stream().noneMatch(training::overlaps)) {
                placed.add(training);
            }
        }
        long stagger = ((agent % 4) * 20 - 30) * MINUTE;
        if (length >= 6 * HOUR) {
            place(placed, PauseReason.BREAK, start + 210 * MINUTE + stagger, 15 * MINUTE, end);
            place(placed, PauseReason.LUNCH, start + length / 2 + stagger, 30 * MINUTE, end);
            place(placed, PauseReason.BREAK, end - 105 * MINUTE + stagger, 15 * MINUTE, end);
        } else if (length >= 3 * HOUR) {
            place(placed, PauseReason.BREAK, start + length / 2 - 450, 15 * MINUTE, end);
        }
        placed.sort(Comparator.comparingLong(Slot::start));
        return placed.stream()
                .map(slot -> new ScheduledPause(slot.reason(), instant(slot.start()), instant(slot.end())))
                .toList();
    }

    /** Places a flexible pause at its wish time or right after the pauses it would overlap, if it still fits. */
    private static void place(List<Slot> placed, PauseReason reason, long wish, long duration, long shiftEnd) {
        var slot = new Slot(reason, wish, wish + duration);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (var other : placed) {
                if (slot.overlaps(other)) {
                    slot = new Slot(reason, other.end(), other.end() + duration);
                    moved = true;
                }
            }
        }
        if (slot.end() <= shiftEnd - 15 * MINUTE) {
            placed.add(slot);
        }
    }

    /** A pause being placed, epoch seconds. */
    private record Slot(PauseReason reason, long start, long end) {
        boolean overlaps(Slot other) {
            return start < other.end && other.start < end;
        }
    }

    private void addItems(ScheduleItems items, int agent, long start, long end, List<ScheduledPause> pauses) {
        items.add(start + jitter(-60, 90, -300, 600), agent, ScheduleItems.LOGIN, 0, 0);
        for (var pause : pauses) {
            long seconds = Duration.between(pause.start(), pause.end()).toSeconds();
            boolean overruns = pause.reason() == PauseReason.BREAK || pause.reason() == PauseReason.LUNCH;
            long overrun = overruns ? Math.round(45 * rng.nextExponential()) : 0;
            items.add(
                    pause.start().getEpochSecond(),
                    agent,
                    ScheduleItems.PAUSE,
                    pause.reason().ordinal(),
                    (int) (seconds + overrun));
        }
        items.add(end + jitter(30, 60, -120, 300), agent, ScheduleItems.LOGOUT, 0, 0);
    }

    private long jitter(double mean, double sd, long min, long max) {
        return Math.clamp(Math.round(mean + sd * rng.nextGaussian()), min, max);
    }

    private static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
