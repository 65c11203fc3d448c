package org.switchboard.bench.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;

/**
 * The benchmark instance of issue 7: 4 weeks from Monday 2026-01-05, 15-minute intervals, one 5-day contract (40 paid
 * hours, two consecutive days off, 11 h rest, at most 6 consecutive days), one template (starts 06:00–14:00 every 15
 * min, 8 h 30 min with a paid 15-min break, an unpaid 30-min lunch and a paid 15-min break, each in its window, at
 * least 60 min apart).
 *
 * <p>Requirement shape, per skill: open 07:00–22:00; intraday profile with a morning peak at 10:30 and an afternoon
 * peak at 15:00 (two Gaussian bumps on a base of 0.35) and a ramp at opening and closing; weekly factors Mon 1.15,
 * Tue 1.05, Wed 1.0, Thu 1.0, Fri 0.95, Sat 0.6, Sun 0.5; scaled so the required agent-hours are 95 % of what the
 * agents can cover (7.5 h on the floor per 8 h 30 min shift). 10 % of agents have a 5-day leave, 30 % a preferred
 * start and 20 % two preferred days off. With several skills, demand splits 50/30/20 and each agent has one primary
 * skill in those shares, a quarter of them a second one. Weights: under-staffed hour 4, over-staffed hour 1, paid
 * hour 1, and the default soft weights of RULES.json ({@link Weights#withDefaultSoftGoals}: preference miss 0.25,
 * weekend fairness 0.5, late-shift fairness 0.25). Seeded: the same arguments give the same instance.
 */
public final class SchedulingInstance {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final int DAYS = 28;
    private static final int STEP = 15;
    private static final double[] WEEKLY = {1.15, 1.05, 1.0, 1.0, 0.95, 0.6, 0.5};
    private static final double[] SKILL_SHARE = {0.5, 0.3, 0.2};
    private static final double FLOOR_HOURS_PER_SHIFT = 7.5;
    private static final double LOAD = 0.95;

    private SchedulingInstance() {}

    /**
     * Generates the instance.
     *
     * @param agents number of agents
     * @param skills number of skills, 1 to 3
     * @param seed random seed
     * @return the problem
     */
    public static SchedulingProblem generate(int agents, int skills, long seed) {
        var random = new Random(seed);
        var horizon = new Horizon(FIRST_DAY, DAYS, STEP);
        var contract = Contract.of("full-time", 40, 40, 2, true, 11, 6);
        var template = new ShiftTemplate(
                "day",
                LocalTime.of(6, 0),
                LocalTime.of(14, 0),
                15,
                List.of(510),
                List.of(new BreakRule(15, true, 60, 300), new BreakRule(30, false, 180, 150), new BreakRule(15, true, 300, 60)),
                60);
        var skillNames = new ArrayList<String>();
        for (int k = 0; k < skills; k++) {
            skillNames.add("skill-" + (k + 1));
        }
        double[] share = shares(skills);
        var profile = profile(horizon);
        double profileSum = 0;
        for (double value : profile) {
            profileSum += value;
        }
        double coverableHours = agents * 5.0 * 4 * FLOOR_HOURS_PER_SHIFT * LOAD;
        var requirements = new ArrayList<SkillRequirement>();
        for (int k = 0; k < skills; k++) {
            double scale = coverableHours * share[k] / (profileSum * STEP / 60.0);
            var values = new ArrayList<Double>(profile.length);
            for (double value : profile) {
                values.add(Math.round(value * scale * 10) / 10.0);
            }
            requirements.add(new SkillRequirement(skillNames.get(k), values));
        }
        var staff = new ArrayList<Agent>();
        for (int a = 0; a < agents; a++) {
            staff.add(agent(a, random, skillNames, share, contract));
        }
        return new SchedulingProblem(horizon, requirements, List.of(), List.of(template), staff,
                Weights.withDefaultSoftGoals(4, 1, 1));
    }

    private static double[] shares(int skills) {
        var share = new double[skills];
        double sum = 0;
        for (int k = 0; k < skills; k++) {
            sum += SKILL_SHARE[k];
        }
        for (int k = 0; k < skills; k++) {
            share[k] = SKILL_SHARE[k] / sum;
        }
        return share;
    }

    private static double[] profile(Horizon horizon) {
        var profile = new double[horizon.intervals()];
        for (int i = 0; i < profile.length; i++) {
            int day = i / horizon.intervalsPerDay();
            double hour = (i % horizon.intervalsPerDay()) * STEP / 60.0;
            if (hour < 7 || hour >= 22) {
                continue;
            }
            double shape = 0.35
                    + Math.exp(-Math.pow((hour - 10.5) / 1.5, 2))
                    + 0.8 * Math.exp(-Math.pow((hour - 15) / 2.0, 2));
            double ramp = Math.min(1, Math.min((hour - 7) / 1.5 + 0.3, (22 - hour) / 2.0 + 0.2));
            profile[i] = shape * ramp * WEEKLY[horizon.firstDay().plusDays(day).getDayOfWeek().getValue() - 1];
        }
        return profile;
    }

    private static Agent agent(int index, Random random, List<String> skills, double[] share, Contract contract) {
        var own = new HashSet<String>();
        double draw = random.nextDouble();
        int primary = 0;
        for (double cumulative = share[0]; draw > cumulative && primary < skills.size() - 1; ) {
            primary++;
            cumulative += share[primary];
        }
        own.add(skills.get(primary));
        if (skills.size() > 1 && random.nextDouble() < 0.25) {
            own.add(skills.get((primary + 1 + random.nextInt(skills.size() - 1)) % skills.size()));
        }
        Set<LocalDate> leave = new HashSet<>();
        if (random.nextDouble() < 0.10) {
            var first = FIRST_DAY.plusDays(random.nextInt(DAYS - 5));
            for (int d = 0; d < 5; d++) {
                leave.add(first.plusDays(d));
            }
        }
        Optional<LocalTime> start = random.nextDouble() < 0.3
                ? Optional.of(LocalTime.of(6 + random.nextInt(8), 0))
                : Optional.empty();
        var daysOff = EnumSet.noneOf(DayOfWeek.class);
        if (random.nextDouble() < 0.2) {
            var first = DayOfWeek.of(1 + random.nextInt(6));
            daysOff.add(first);
            daysOff.add(first.plus(1));
        }
        return new Agent(
                "A" + (1000 + index),
                "Agent " + (index + 1),
                own,
                "team-" + (index % 10 + 1),
                contract,
                leave,
                new Preferences(start, daysOff),
                random.nextInt(10));
    }
}
