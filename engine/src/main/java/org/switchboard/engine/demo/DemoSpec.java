package org.switchboard.engine.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.switchboard.engine.core.Channel;

/**
 * Everything that shapes a demo centre except the randomness: the period, the time zone, the public holidays, the
 * opening hours, the queues with their demand and the teams with their shifts.
 *
 * <p>A public holiday is run like a Sunday: Sunday opening hours, Sunday volume, worked by the agents whose pattern
 * includes Sunday. The reporting interval is 15 minutes ({@link #INTERVAL}) from local midnight, so a day has 96
 * intervals, the day clocks go forward 92 and the day they go back 100.
 *
 * @param start the first day, local date in {@code zone}
 * @param weeks how many weeks to generate, 1 to 104
 * @param zone the centre's time zone: opening hours, shifts and intervals are local to it
 * @param publicHolidays days run as a Sunday; iterates in date order
 * @param openingHours when contacts may arrive
 * @param queues the queues with their demand, in order
 * @param teams the teams with one shift pattern per agent, in order; agents are numbered through the teams in this
 *     order ({@code A001}, {@code A002}, …)
 */
public record DemoSpec(
        LocalDate start,
        int weeks,
        ZoneId zone,
        Set<LocalDate> publicHolidays,
        OpeningHours openingHours,
        List<QueueSpec> queues,
        List<TeamSpec> teams) {

    /** The reporting interval: 15 minutes from local midnight. */
    public static final Duration INTERVAL = Duration.ofMinutes(15);

    private static final int MAX_WEEKS = 104;
    private static final int MAX_AGENTS = 999;

    /**
     * Validates the spec and copies its collections.
     *
     * @throws IllegalArgumentException if weeks is outside 1..104; there is no queue; two queues or two teams share a
     *     name; a transfer names an unknown queue; a team has a skill that is no queue; a queue has no team serving
     *     it; or there are more than 999 agents
     */
    public DemoSpec {
        requireArgument(weeks >= 1 && weeks <= MAX_WEEKS, "weeks must be in 1..%d: weeks=%d", MAX_WEEKS, weeks);
        requireArgument(!queues.isEmpty(), "a demo centre needs at least one queue");
        publicHolidays = Collections.unmodifiableSortedSet(new TreeSet<>(publicHolidays));
        queues = List.copyOf(queues);
        teams = List.copyOf(teams);
        var queueNames = new HashSet<String>();
        for (var queue : queues) {
            requireArgument(
                    queueNames.add(queue.queue().name()),
                    "duplicate queue name: %s",
                    queue.queue().name());
        }
        for (var queue : queues) {
            queue.transfer()
                    .ifPresent(rule -> requireArgument(
                            queueNames.contains(rule.queue()),
                            "transfer to an unknown queue: from=%s, to=%s",
                            queue.queue().name(),
                            rule.queue()));
        }
        checkTeams(teams, queueNames);
    }

    private static void checkTeams(List<TeamSpec> teams, Set<String> queueNames) {
        var teamNames = new HashSet<String>();
        var served = new HashSet<String>();
        int agents = 0;
        for (var team : teams) {
            requireArgument(teamNames.add(team.name()), "duplicate team name: %s", team.name());
            for (var skill : team.skills()) {
                requireArgument(
                        queueNames.contains(skill), "team skill is not a queue: team=%s, skill=%s", team.name(), skill);
            }
            served.addAll(team.skills());
            agents += team.agentShifts().size();
        }
        for (var queue : queueNames) {
            requireArgument(served.contains(queue), "no team serves queue %s", queue);
        }
        requireArgument(agents <= MAX_AGENTS, "at most %d agents: agents=%d", MAX_AGENTS, agents);
    }

    /**
     * The standard demo centre: a German operator's customer service in Berlin, eight weeks from Monday 2 March 2026
     * (the change to summer time on Sunday 29 March and Easter are inside), with Good Friday (3 April) and Easter
     * Monday (6 April) as public holidays.
     *
     * <ul>
     *   <li>Opening hours 08:00–20:00 Monday to Friday, 09:00–18:00 Saturday, 10:00–16:00 Sunday and holidays.
     *   <li>Queue {@code service} (voice, SL threshold 20 s): 1 800 calls a weekday, talk 280 s + wrap-up 30 s,
     *       patience 120 s, 80 % resolved, 6 % transferred to sales.
     *   <li>Queue {@code sales} (voice, 20 s): 600 calls a weekday, talk 360 s + wrap-up 40 s, patience 150 s, 25 %
     *       buy.
     *   <li>Queue {@code chat} (chat, concurrency 2, 60 s): 800 chats a weekday, 490 s alone (about 540 s on
     *       average at concurrency 2), patience 300 s, 75 % resolved.
     *   <li>64 agents in 6 teams: two service teams, a service-and-sales team, a sales team, two chat teams; early
     *       (08:00), day (09:00), middle (10:00) and late (11:30) shifts of 8 h 30 min (8 paid hours and a 30-minute
     *       lunch), five days a week; 19 agents work weekend rotas (Sat–Wed, Thu–Mon, Tue–Sat) with their days off in
     *       the week.
     * </ul>
     *
     * @return the standard spec
     */
    public static DemoSpec standard() {
        var hours = new OpeningHours(
                new DailyHours(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                new DailyHours(LocalTime.of(9, 0), LocalTime.of(18, 0)),
                new DailyHours(LocalTime.of(10, 0), LocalTime.of(16, 0)));
        return new DemoSpec(
                LocalDate.of(2026, 3, 2),
                8,
                ZoneId.of("Europe/Berlin"),
                Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)),
                hours,
                StandardCentre.queues(),
                StandardCentre.teams());
    }

    /**
     * {@return a copy of this spec over another number of weeks}
     *
     * @param newWeeks the number of weeks, 1 to 104
     * @throws IllegalArgumentException if {@code newWeeks} is outside 1..104
     */
    public DemoSpec withWeeks(int newWeeks) {
        return new DemoSpec(start, newWeeks, zone, publicHolidays, openingHours, queues, teams);
    }

    /** {@return the day after the last day of the period} */
    public LocalDate end() {
        return start.plusWeeks(weeks);
    }

    /** {@return every day of the period, in order} */
    public List<LocalDate> days() {
        return start.datesUntil(end()).toList();
    }

    /**
     * {@return whether a day is a public holiday}
     *
     * @param day the day
     */
    public boolean isPublicHoliday(LocalDate day) {
        return publicHolidays.contains(day);
    }

    /**
     * {@return the day of the week the centre runs a day as: its own, or Sunday on a public holiday}
     *
     * @param day the day
     */
    public DayOfWeek runsAs(LocalDate day) {
        return isPublicHoliday(day) ? SUNDAY : day.getDayOfWeek();
    }

    /**
     * {@return the opening hours of a day}
     *
     * @param day the day
     */
    public DailyHours hoursOn(LocalDate day) {
        return openingHours.on(runsAs(day));
    }

    /**
     * {@return the starts of the 15-minute reporting intervals of a local day, in order}: from local midnight to the
     * next local midnight, so 96 on most days, 92 when clocks go forward and 100 when they go back.
     *
     * @param day the day
     */
    public List<Instant> intervalStarts(LocalDate day) {
        var from = day.atStartOfDay(zone).toInstant();
        var to = day.plusDays(1).atStartOfDay(zone).toInstant();
        var starts = new ArrayList<Instant>(100);
        for (var t = from; t.isBefore(to); t = t.plus(INTERVAL)) {
            starts.add(t);
        }
        return List.copyOf(starts);
    }

    /**
     * {@return the spec of a queue}
     *
     * @param name the queue's name
     */
    public Optional<QueueSpec> queue(String name) {
        return queues.stream()
                .filter(queue -> queue.queue().name().equals(name))
                .findFirst();
    }

    /** The queues and teams of {@link #standard()}. */
    private static final class StandardCentre {

        private static final Set<DayOfWeek> MON_FRI = EnumSet.range(MONDAY, FRIDAY);
        private static final Duration SHIFT = Duration.ofMinutes(510);

        private StandardCentre() {}

        static List<QueueSpec> queues() {
            var service = new ContactQueue("service", Channel.VOICE, 1, Duration.ofSeconds(20));
            var sales = new ContactQueue("sales", Channel.VOICE, 1, Duration.ofSeconds(20));
            var chat = new ContactQueue("chat", Channel.CHAT, 2, Duration.ofSeconds(60));
            return List.of(
                    new QueueSpec(
                            service,
                            1800,
                            Duration.ofSeconds(280),
                            Duration.ofSeconds(30),
                            Duration.ofSeconds(120),
                            0.80,
                            0,
                            Map.of(
                                    ContactReason.BILLING, 30.0,
                                    ContactReason.TECHNICAL, 30.0,
                                    ContactReason.ACCOUNT, 15.0,
                                    ContactReason.DELIVERY, 15.0,
                                    ContactReason.COMPLAINT, 10.0),
                            Optional.of(new TransferRule("sales", 0.06))),
                    new QueueSpec(
                            sales,
                            600,
                            Duration.ofSeconds(360),
                            Duration.ofSeconds(40),
                            Duration.ofSeconds(150),
                            0.85,
                            0.25,
                            Map.of(ContactReason.ORDER, 50.0, ContactReason.PRICING, 30.0, ContactReason.UPGRADE, 20.0),
                            Optional.empty()),
                    new QueueSpec(
                            chat,
                            800,
                            Duration.ofSeconds(490),
                            Duration.ZERO,
                            Duration.ofSeconds(300),
                            0.75,
                            0,
                            Map.of(
                                    ContactReason.BILLING, 25.0,
                                    ContactReason.TECHNICAL, 35.0,
                                    ContactReason.ACCOUNT, 20.0,
                                    ContactReason.DELIVERY, 15.0,
                                    ContactReason.COMPLAINT, 5.0),
                            Optional.empty()));
        }

        static List<TeamSpec> teams() {
            var early = weekdays("EARLY Mon-Fri", 8, 0);
            var day = weekdays("DAY Mon-Fri", 9, 0);
            var middle = weekdays("MIDDLE Mon-Fri", 10, 0);
            var late = weekdays("LATE Mon-Fri", 11, 30);
            var weekendDays = EnumSet.of(SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY);
            var earlySatWed = pattern("EARLY Sat-Wed", 8, 0, weekendDays);
            var daySatWed = pattern("DAY Sat-Wed", 9, 0, weekendDays);
            var lateSatWed = pattern("LATE Sat-Wed", 11, 30, weekendDays);
            var longWeekend = EnumSet.of(THURSDAY, FRIDAY, SATURDAY, SUNDAY, MONDAY);
            var dayThuMon = pattern("DAY Thu-Mon", 9, 0, longWeekend);
            var lateThuMon = pattern("LATE Thu-Mon", 11, 30, longWeekend);
            var saturdays = EnumSet.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);
            var dayTueSat = pattern("DAY Tue-Sat", 9, 0, saturdays);
            var lateTueSat = pattern("LATE Tue-Sat", 11, 30, saturdays);
            var service = Set.of("service");
            var chat = Set.of("chat");
            return List.of(
                    new TeamSpec(
                            "Service Alpha",
                            service,
                            crew(
                                    n(5, early),
                                    n(2, day),
                                    n(1, middle),
                                    n(2, late),
                                    n(1, earlySatWed),
                                    n(1, lateThuMon))),
                    new TeamSpec(
                            "Service Beta",
                            service,
                            crew(n(4, early), n(2, day), n(2, middle), n(2, late), n(1, dayThuMon), n(1, lateSatWed))),
                    new TeamSpec(
                            "Service & Sales",
                            Set.of("service", "sales"),
                            crew(
                                    n(2, early),
                                    n(1, day),
                                    n(2, late),
                                    n(2, earlySatWed),
                                    n(1, lateSatWed),
                                    n(2, dayThuMon),
                                    n(1, lateThuMon),
                                    n(1, dayTueSat))),
                    new TeamSpec(
                            "Sales",
                            Set.of("sales"),
                            crew(
                                    n(4, early),
                                    n(1, day),
                                    n(1, middle),
                                    n(2, late),
                                    n(1, earlySatWed),
                                    n(1, lateThuMon))),
                    new TeamSpec(
                            "Chat Red",
                            chat,
                            crew(
                                    n(3, early),
                                    n(1, day),
                                    n(2, late),
                                    n(1, earlySatWed),
                                    n(1, lateSatWed),
                                    n(1, dayThuMon))),
                    new TeamSpec(
                            "Chat Blue",
                            chat,
                            crew(
                                    n(2, early),
                                    n(2, day),
                                    n(2, late),
                                    n(1, daySatWed),
                                    n(1, dayThuMon),
                                    n(1, lateTueSat))));
        }

        private static ShiftPattern weekdays(String name, int hour, int minute) {
            return pattern(name, hour, minute, MON_FRI);
        }

        private static ShiftPattern pattern(String name, int hour, int minute, Set<DayOfWeek> days) {
            return new ShiftPattern(name, LocalTime.of(hour, minute), SHIFT, days);
        }

        private static Headcount n(int agents, ShiftPattern pattern) {
            return new Headcount(pattern, agents);
        }

        /** One shift pattern per agent, in the order given. */
        private static List<ShiftPattern> crew(Headcount... headcounts) {
            return Arrays.stream(headcounts)
                    .flatMap(headcount -> Collections.nCopies(headcount.agents(), headcount.pattern()).stream())
                    .toList();
        }

        /** How many agents of a team work a pattern. */
        private record Headcount(ShiftPattern pattern, int agents) {}
    }
}
