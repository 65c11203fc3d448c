package org.switchboard.engine.scheduling.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ContractWeek;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;

/** Checks every hard rule of {@link Rule} on a schedule and lists what it breaks. */
final class HardRules {

    private static final double HOURS_TOLERANCE = 1e-6;

    private final SchedulingProblem problem;
    private final Horizon horizon;
    private final Set<String> skills;
    private final Map<String, ShiftTemplate> templates = new HashMap<>();
    private final List<RuleViolation> violations = new ArrayList<>();

    HardRules(SchedulingProblem problem) {
        this.problem = problem;
        this.horizon = problem.horizon();
        this.skills = Set.copyOf(problem.skills());
        problem.templates().forEach(template -> templates.put(template.name(), template));
    }

    List<RuleViolation> violations(Schedule schedule) {
        var agents = problem.agents().stream().collect(Collectors.toMap(Agent::id, agent -> agent));
        var byAgent = schedule.shifts().stream().collect(Collectors.groupingBy(AssignedShift::agentId));
        byAgent.forEach((agentId, shifts) -> {
            var agent = agents.get(agentId);
            if (agent == null) {
                add(Rule.UNKNOWN_AGENT, agentId, shifts.getFirst().day(), "agent is not in the problem");
                return;
            }
            shifts.forEach(shift -> checkShift(agent, shift));
            checkSequence(agent, shifts);
        });
        for (var agent : problem.agents()) {
            checkWeeks(agent, byAgent.getOrDefault(agent.id(), List.of()));
        }
        return List.copyOf(violations);
    }

    private void checkShift(Agent agent, AssignedShift shift) {
        var day = shift.day();
        if (!agent.skills().contains(shift.skill()) || !skills.contains(shift.skill())) {
            add(Rule.SKILL, agent.id(), day, "skill " + shift.skill() + " is not one of the agent's required skills");
        }
        if (horizon.dayIndex(day).isEmpty()) {
            add(Rule.HORIZON, agent.id(), day, "shift starts outside the horizon");
        }
        if (!agent.isAvailable(day)) {
            add(Rule.AVAILABILITY, agent.id(), day, "agent is unavailable on " + day);
        }
        var template = templates.get(shift.template());
        if (template == null) {
            add(Rule.TEMPLATE, agent.id(), day, "unknown template " + shift.template());
            return;
        }
        int startMinute = shift.start().toLocalTime().toSecondOfDay() / 60;
        if (!template.startMinutes().contains(startMinute) || !template.lengthsMinutes().contains(shift.lengthMinutes())) {
            add(Rule.TEMPLATE, agent.id(), day, format(
                    "start %s or length %d min not allowed by template %s",
                    shift.start().toLocalTime(), shift.lengthMinutes(), template.name()));
        }
        checkBreaks(agent, shift, template);
    }

    private void checkBreaks(Agent agent, AssignedShift shift, ShiftTemplate template) {
        var rules = template.breaks();
        var placed = shift.breaks();
        if (rules.size() != placed.size()) {
            add(Rule.BREAKS, agent.id(), shift.day(), format(
                    "%d breaks, template %s requires %d", placed.size(), template.name(), rules.size()));
            return;
        }
        long previousEnd = Long.MIN_VALUE;
        for (int j = 0; j < rules.size(); j++) {
            var rule = rules.get(j);
            var one = placed.get(j);
            long offset = Duration.between(shift.start(), one.start()).toMinutes();
            boolean fits = one.lengthMinutes() == rule.lengthMinutes()
                    && one.paid() == rule.paid()
                    && offset % horizon.intervalMinutes() == 0
                    && offset >= rule.earliestAfterStartMinutes()
                    && offset <= rule.latestStartMinutes(shift.lengthMinutes())
                    && (previousEnd == Long.MIN_VALUE || offset >= previousEnd + template.minGapMinutes());
            if (!fits) {
                add(Rule.BREAKS, agent.id(), shift.day(), format(
                        "break %d at %s (%d min) breaks its rule in template %s",
                        j + 1, one.start().toLocalTime(), one.lengthMinutes(), template.name()));
            }
            previousEnd = offset + one.lengthMinutes();
        }
    }

    private void checkSequence(Agent agent, List<AssignedShift> shifts) {
        var contract = agent.contract();
        int run = 0;
        int nights = 0;
        LocalDate previousDay = null;
        AssignedShift previous = null;
        for (var shift : shifts) {
            var day = shift.day();
            if (previous != null) {
                long rest = Duration.between(previous.end(), shift.start()).toMinutes();
                if (day.equals(previousDay) || rest < 0) {
                    add(Rule.ONE_SHIFT_PER_DAY, agent.id(), day, "two shifts on one day or overlapping");
                } else if (rest < contract.minRestMinutes()) {
                    add(Rule.REST, agent.id(), day, format(
                            "rest %.2f h < %.2f h", rest / 60.0, contract.minRestHours()));
                } else if (isNight(previous) && rest < contract.minRestAfterNightMinutes()) {
                    add(Rule.REST_AFTER_NIGHT, agent.id(), day, format(
                            "rest %.2f h after the night shift of %s < %.2f h after a night in contract %s",
                            rest / 60.0, previousDay, contract.minRestAfterNightHours(), contract.name()));
                }
            }
            boolean nightAfterNight = previous != null && previousDay.plusDays(1).equals(day) && isNight(previous);
            nights = isNight(shift) ? (nightAfterNight ? nights + 1 : 1) : 0;
            if (nights == contract.maxConsecutiveNights() + 1) {
                add(Rule.CONSECUTIVE_NIGHTS, agent.id(), day, format(
                        "more than %d night shifts on consecutive days in contract %s",
                        contract.maxConsecutiveNights(), contract.name()));
            }
            run = previousDay != null && previousDay.plusDays(1).equals(day) ? run + 1 : (day.equals(previousDay) ? run : 1);
            if (run == contract.maxConsecutiveDays() + 1) {
                add(Rule.CONSECUTIVE_DAYS, agent.id(), day, format(
                        "more than %d consecutive working days", contract.maxConsecutiveDays()));
            }
            previousDay = day;
            previous = shift;
        }
    }

    private void checkWeeks(Agent agent, List<AssignedShift> shifts) {
        var contract = agent.contract();
        for (int week = 0; week < horizon.weeks(); week++) {
            var first = horizon.firstDay().plusDays(7L * week);
            int days = horizon.daysInWeek(week);
            var last = first.plusDays(days);
            int leave = (int) first.datesUntil(last).filter(date -> !agent.isAvailable(date)).count();
            var rules = ContractWeek.of(contract, days, leave);
            var off = new boolean[days];
            Arrays.fill(off, true);
            double paidHours = 0;
            int count = 0;
            int nights = 0;
            for (var shift : shifts) {
                if (shift.day().isBefore(first) || !shift.day().isBefore(last)) {
                    continue;
                }
                off[(int) (shift.day().toEpochDay() - first.toEpochDay())] = false;
                paidHours += shift.paidMinutes() / 60.0;
                count++;
                nights += isNight(shift) ? 1 : 0;
            }
            checkWeek(agent.id(), first, rules, contract, off, paidHours, count, nights);
        }
    }

    private void checkWeek(
            String agentId,
            LocalDate first,
            ContractWeek rules,
            Contract contract,
            boolean[] off,
            double paidHours,
            int shifts,
            int nights) {
        if (paidHours < rules.minHours() - HOURS_TOLERANCE) {
            add(Rule.MIN_HOURS, agentId, first, format(
                    "%.2f paid hours < minimum %.2f of contract %s", paidHours, rules.minHours(), contract.name()));
        }
        if (paidHours > rules.maxHours() + HOURS_TOLERANCE) {
            add(Rule.MAX_HOURS, agentId, first, format(
                    "%.2f paid hours > maximum %.2f of contract %s", paidHours, rules.maxHours(), contract.name()));
        }
        if (shifts < rules.minShifts() || shifts > rules.maxShifts()) {
            add(Rule.SHIFTS_PER_WEEK, agentId, first, format(
                    "%d shifts outside %d..%d of contract %s", shifts, rules.minShifts(), rules.maxShifts(),
                    contract.name()));
        }
        if (!rules.daysOffMet(off)) {
            add(Rule.DAYS_OFF, agentId, first, format(
                    "fewer than %d %sdays off in the week of contract %s",
                    rules.daysOff(), rules.consecutiveDaysOff() ? "consecutive " : "", contract.name()));
        }
        if (nights > rules.maxNightShifts()) {
            add(Rule.NIGHT_SHIFTS, agentId, first, format(
                    "%d night shifts > %d of contract %s", nights, rules.maxNightShifts(), contract.name()));
        }
    }

    /** {@return whether the shift works any minute from 00:00 to 06:00 of a day} */
    static boolean isNight(AssignedShift shift) {
        long start = shift.start().toLocalTime().toSecondOfDay() / 60;
        long end = start + shift.lengthMinutes();
        for (long midnight = 0; midnight < end; midnight += 1440) {
            if (start < midnight + Contract.NIGHT_END_MINUTE && end > midnight) {
                return true;
            }
        }
        return false;
    }

    private void add(Rule rule, String agentId, LocalDate day, String detail) {
        violations.add(new RuleViolation(rule, agentId, day, detail));
    }

    private static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
