package org.switchboard.engine.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.engine.scheduling.evaluation.ScheduleEvaluator;

class LocalSearchTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    /**
     * One agent, two weeks, one 08:00–16:00 shift of 8 paid hours, 5 shifts a week, two consecutive days off, at most 6
     * consecutive working days; weights under 4, over 1, paid 1. Demand 08–16 per day: week 1 Mon 0, Tue 0, Wed–Sun 1;
     * week 2 Mon 1, Tue 0.5, Wed 0.5, Thu 1, Fri 1, Sat 0, Sun 0.
     */
    private static SchedulingProblem twoWeeks() {
        var horizon = new Horizon(MONDAY, 14, 60);
        double[] perDay = {0, 0, 1, 1, 1, 1, 1, 1, 0.5, 0.5, 1, 1, 0, 0};
        var required = new Double[horizon.intervals()];
        Arrays.fill(required, 0.0);
        for (int day = 0; day < 14; day++) {
            for (int hour = 8; hour < 16; hour++) {
                required[day * 24 + hour] = perDay[day];
            }
        }
        var contract = Contract.of("five-days", 40, 40, 2, true, 11, 6);
        var template = ShiftTemplate.of("day", LocalTime.of(8, 0), LocalTime.of(8, 0), 60, List.of(480), List.of());
        return new SchedulingProblem(horizon, List.of(new SkillRequirement("voice", List.of(required))), List.of(),
                List.of(template), List.of(Agent.of("A", "Ann", Set.of("voice"), contract, Set.of())),
                new Weights(4, 1, 1));
    }

    @Test
    void movesTheDaysOffOfTwoWeeksTogetherWhenTheConsecutiveDayLimitBlocksEachWeekAlone() {
        var problem = twoWeeks();
        var instance = new Instance(problem);
        var roster = new Roster(instance);
        for (int day = 0; day < 14; day++) {
            if (day % 7 < 5) {
                roster.add(0, day, 0, 0);
            }
        }
        var plan = new Plan(instance, roster);
        plan.placeBreaks();
        // Start: Mon–Fri both weeks. Week 1: Mon, Tue over 2 × 8 h × 1 = 16, Sat, Sun under 2 × 8 h × 4 = 64;
        // week 2: Tue, Wed over 2 × 8 h × 0.5 = 8; paid 80 h: objective 16 + 64 + 8 + 80 = 168.
        assertThat(ScheduleEvaluator.evaluate(problem, plan.toSchedule()).objective()).isEqualTo(168.0);

        LocalSearch.improve(plan, Long.MAX_VALUE, () -> false, () -> {});

        // Week 1 off Mon–Tue (cost 0) is the cheapest week 1 but leaves Wed–Sun worked, so week 2 may only start its
        // days off by Tuesday (5 + Mon ≤ 6 days in a row); week 1 alone cannot move (Mon–Fri of week 2 would make 10
        // days in a row) and week 2 alone only gets dearer (its best, Sat–Sun off, is the current one). Together:
        // week 1 off Mon–Tue (0) and week 2 off Tue–Wed (Tue, Wed under 2 × 8 × 0.5 × 4 = 32; Sat, Sun over 16),
        // the cheapest of the 36 pairs that keep the limit: 0 + 48 + 80 paid = 128.
        var schedule = plan.toSchedule();
        var quality = ScheduleEvaluator.evaluate(problem, schedule);
        assertThat(quality.objective()).isEqualTo(128.0);
        assertThat(quality.violations()).isEmpty();
        assertThat(schedule.shifts())
                .extracting(shift -> shift.start().toLocalDate())
                .containsExactlyInAnyOrder(
                        MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(5),
                        MONDAY.plusDays(6), MONDAY.plusDays(7), MONDAY.plusDays(10), MONDAY.plusDays(11),
                        MONDAY.plusDays(12), MONDAY.plusDays(13));
    }

    @Test
    void changesAShiftTheRestRuleForbidsToItsAgentThroughASecondAgentOfTheDay() {
        // Two days, starts 06:00, 10:00 or 14:00, 8 h, no breaks; 11 h rest; weights under 4, over 1, paid 1; one
        // agent needed 06–22 each day. Day 1: A 14–22, B 06–14 (exact cover). Day 2: A 10–18, B 14–22: 06–10 under
        // 4 h × 4 = 16, 14–18 over 4 h × 1 = 4; paid 4 × 8 = 32: objective 52.
        var horizon = new Horizon(MONDAY, 2, 60);
        var required = new Double[horizon.intervals()];
        Arrays.fill(required, 0.0);
        for (int day = 0; day < 2; day++) {
            for (int hour = 6; hour < 22; hour++) {
                required[day * 24 + hour] = 1.0;
            }
        }
        var contract = Contract.of("flexible", 0, 40, 2, true, 11, 6);
        var template = ShiftTemplate.of("day", LocalTime.of(6, 0), LocalTime.of(14, 0), 240, List.of(480), List.of());
        var problem = new SchedulingProblem(horizon, List.of(new SkillRequirement("voice", List.of(required))),
                List.of(), List.of(template),
                List.of(Agent.of("A", "Ann", Set.of("voice"), contract, Set.of()),
                        Agent.of("B", "Bob", Set.of("voice"), contract, Set.of())),
                new Weights(4, 1, 1));
        var instance = new Instance(problem);
        int early = kindStarting(instance, 6 * 60);
        int middle = kindStarting(instance, 10 * 60);
        int late = kindStarting(instance, 14 * 60);
        var roster = new Roster(instance);
        roster.add(0, 0, late, 0);
        roster.add(1, 0, early, 0);
        roster.add(0, 1, middle, 0);
        roster.add(1, 1, late, 0);
        var plan = new Plan(instance, roster);
        plan.placeBreaks();
        assertThat(ScheduleEvaluator.evaluate(problem, plan.toSchedule()).objective()).isEqualTo(52.0);

        LocalSearch.improve(plan, Long.MAX_VALUE, () -> false, () -> {});

        // A cannot start at 06:00 on day 2 (22:00 + 11 h = 09:00), and no single move of A or B lowers the cost
        // (A late: 06–14 uncovered, 32 + 8; B early: 18–22 uncovered, 16 + 4 = 20, no gain). Exchanged: A takes
        // B's 14–22, B takes 06–14 (16 h after its 14:00 end): exact cover, objective = paid 32.
        var quality = ScheduleEvaluator.evaluate(problem, plan.toSchedule());
        assertThat(quality.objective()).isEqualTo(32.0);
        assertThat(quality.violations()).isEmpty();
        assertThat(plan.roster.kind[0][1]).isEqualTo(late);
        assertThat(plan.roster.kind[1][1]).isEqualTo(early);
    }

    /**
     * One agent, one day, a shift of 8 h starting 08:00 or 10:00, no breaks; weights under 4, over 1, paid 1; the
     * agent wishes a 10:00 start and works 08:00. Demand 1 agent from 08:00 to {@code demandEnd}.
     */
    private static Plan wishForTen(int demandEnd, double preferenceMiss) {
        var horizon = new Horizon(MONDAY, 1, 60);
        var required = new Double[horizon.intervals()];
        Arrays.fill(required, 0.0);
        Arrays.fill(required, 8, demandEnd, 1.0);
        var contract = Contract.of("flexible", 0, 40, 0, false, 11, 7);
        var template = ShiftTemplate.of("day", LocalTime.of(8, 0), LocalTime.of(10, 0), 120, List.of(480), List.of());
        var agent = new Agent("A", "Ann", Set.of("voice"), "", contract, Set.of(),
                new Preferences(Optional.of(LocalTime.of(10, 0)), Set.of()), 0);
        var problem = new SchedulingProblem(horizon, List.of(new SkillRequirement("voice", List.of(required))),
                List.of(), List.of(template), List.of(agent), new Weights(4, 1, 1, preferenceMiss, 0, 0));
        var instance = new Instance(problem);
        var roster = new Roster(instance);
        roster.add(0, 0, kindStarting(instance, 8 * 60), 0);
        var plan = new Plan(instance, roster);
        plan.placeBreaks();
        LocalSearch.improve(plan, Long.MAX_VALUE, () -> false, () -> {});
        return plan;
    }

    private static int startHour(Plan plan) {
        return plan.instance.catalog.get(plan.roster.kind[0][0]).startMinute() / 60;
    }

    @Test
    void meetsAWishThatCostsNothingOnceItIsWeighted() {
        // Demand 08–18: a 08:00 start leaves 16–18 uncovered, a 10:00 start 08–10: 2 h × 4 = 8 either way, so the
        // objective does not care. Weight 0: no strict gain, the shift stays at 08:00 and the wish is unmet;
        // weight 1: 10:00 saves the miss (objective 8 + 8 paid = 16 both times).
        var unweighted = wishForTen(18, 0);
        var weighted = wishForTen(18, 1);

        assertThat(startHour(unweighted)).isEqualTo(8);
        assertThat(startHour(weighted)).isEqualTo(10);
        var before = ScheduleEvaluator.evaluate(unweighted.instance.problem, unweighted.toSchedule());
        var after = ScheduleEvaluator.evaluate(weighted.instance.problem, weighted.toSchedule());
        assertThat(before.preferences().share().orElseThrow()).isZero();
        assertThat(after.preferences().share().orElseThrow()).isEqualTo(1.0);
        assertThat(after.objective()).isEqualTo(before.objective()).isEqualTo(16.0);
        assertThat(after.softPenalty()).isZero();
    }

    @Test
    void meetsAWishThatCostsCoverageOnlyWhenItsWeightIsLarger() {
        // Demand 08–16: 08:00 covers it exactly (objective = paid 8); 10:00 leaves 08–10 under (2 × 4 = 8) and 16–18
        // over (2 × 1 = 2): 10 more. A wish weighted 9 stays unmet (8 + 9 = 17 < 18), one weighted 11 is met (18 < 19).
        assertThat(startHour(wishForTen(16, 9))).isEqualTo(8);
        assertThat(startHour(wishForTen(16, 11))).isEqualTo(10);
    }

    private static int kindStarting(Instance instance, int minute) {
        for (int c = 0; c < instance.catalog.size(); c++) {
            if (instance.catalog.get(c).startMinute() == minute) {
                return c;
            }
        }
        throw new AssertionError("no kind starts at minute " + minute);
    }
}
