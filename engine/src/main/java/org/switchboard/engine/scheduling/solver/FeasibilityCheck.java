package org.switchboard.engine.scheduling.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ContractWeek;
import org.switchboard.engine.scheduling.Infeasibility;
import org.switchboard.engine.scheduling.Infeasibility.Kind;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.internal.ShiftCatalog;

/**
 * Finds, before any solving, the rules no schedule can keep, and says which in plain words: a contract whose weekly
 * minimum cannot be reached in a whole week of the horizon (partial weeks have no minimum, see {@link Contract}),
 * demand in an interval that no shift can cover, a skill with demand and no agent, an agent unavailable the whole
 * horizon or without any required skill, a template whose breaks do not fit. It also words the reason for an agent
 * the solver could not bring to a week's minimum ({@link #shortfall}).
 */
public final class FeasibilityCheck {

    private FeasibilityCheck() {}

    /**
     * Checks a problem.
     *
     * @param problem the problem
     * @return every reason found, empty when none
     */
    public static List<Infeasibility> check(SchedulingProblem problem) {
        var reasons = new ArrayList<Infeasibility>();
        var step = problem.horizon().intervalMinutes();
        for (var template : problem.templates()) {
            for (int length : template.lengthsMinutes()) {
                if (!ShiftCatalog.breaksFit(template, length, step)) {
                    reasons.add(reason(Kind.BREAKS_DO_NOT_FIT, template.name(), "the breaks of template %s do not fit"
                            + " in a shift of %d minutes with their windows and gaps", template.name(), length));
                }
            }
        }
        checkAgents(problem, reasons);
        checkContracts(problem, reasons);
        checkDemand(problem, new ShiftCatalog(problem.templates(), step), reasons);
        return List.copyOf(reasons);
    }

    private static void checkAgents(SchedulingProblem problem, List<Infeasibility> reasons) {
        var skills = new HashSet<>(problem.skills());
        var horizon = problem.horizon();
        for (var agent : problem.agents()) {
            boolean neverAvailable = horizon.firstDay()
                    .datesUntil(horizon.lastDay().plusDays(1))
                    .noneMatch(agent::isAvailable);
            if (neverAvailable) {
                reasons.add(reason(Kind.AGENT_UNAVAILABLE_ALL_PERIOD, agent.id(),
                        "agent %s is on leave or unavailable on every day from %s to %s",
                        agent.id(), horizon.firstDay(), horizon.lastDay()));
            }
            if (agent.skills().stream().noneMatch(skills::contains)) {
                reasons.add(reason(Kind.AGENT_WITHOUT_REQUIRED_SKILL, agent.id(),
                        "agent %s has none of the required skills %s (has %s)", agent.id(), problem.skills(),
                        agent.skills()));
            }
        }
        if (problem.agents().isEmpty()) {
            reasons.add(reason(Kind.NO_AGENTS, "", "there are no agents to schedule"));
        }
        for (var skill : problem.skills()) {
            if (problem.agents().stream().noneMatch(agent -> agent.skills().contains(skill))) {
                reasons.add(reason(Kind.SKILL_WITHOUT_AGENTS, skill, "no agent has skill %s, which has a requirement",
                        skill));
            }
        }
    }

    private static void checkContracts(SchedulingProblem problem, List<Infeasibility> reasons) {
        if (problem.horizon().days() < 7) {
            return; // no whole week, so no minimum to reach
        }
        var contracts = new LinkedHashSet<Contract>();
        problem.agents().forEach(agent -> contracts.add(agent.contract()));
        int longestPaid = 0;
        int shortestPaid = Integer.MAX_VALUE;
        for (var template : problem.templates()) {
            for (int length : template.lengthsMinutes()) {
                longestPaid = Math.max(longestPaid, template.paidMinutes(length));
                shortestPaid = Math.min(shortestPaid, template.paidMinutes(length));
            }
        }
        for (var contract : contracts) {
            int maxRun = contract.maxConsecutiveDays();
            int workable = Math.min(contract.maxShiftsPerWeek(), 7 - 7 / (maxRun + 1));
            double reachable = workable * longestPaid / 60.0;
            if (reachable < contract.minHoursPerWeek() || workable < contract.minShiftsPerWeek()) {
                reasons.add(reason(Kind.CONTRACT_CANNOT_BE_MET, contract.name(),
                        "contract %s needs %.1f hours and %d shifts in every whole week of the plan, but at most %d"
                                + " shifts of at most %.1f paid hours fit in a week (days off %d, at most %d consecutive"
                                + " days)",
                        contract.name(), contract.minHoursPerWeek(), contract.minShiftsPerWeek(), workable,
                        longestPaid / 60.0, contract.daysOffPerWeek(), maxRun));
            }
            double leastHours = contract.minShiftsPerWeek() * shortestPaid / 60.0;
            if (leastHours > contract.maxHoursPerWeek()) {
                reasons.add(reason(Kind.CONTRACT_CANNOT_BE_MET, contract.name(),
                        "contract %s needs %d shifts in every whole week of the plan, at least %.1f paid hours, above"
                                + " its maximum of %.1f",
                        contract.name(), contract.minShiftsPerWeek(), leastHours, contract.maxHoursPerWeek()));
            }
        }
    }

    /**
     * {@return the reason an agent was left below the minimum of a week}: the agent, the week's dates, the minimum
     * that week asks (lowered pro rata for leave, as {@link ContractWeek} says) and the rules it has to be met under.
     * The subject is the contract, so that a page can say which contract cannot be met; the message names the agent.
     *
     * @param problem the problem
     * @param agentIndex the agent's index in the problem
     * @param week the week from 0, a whole week (partial weeks have no minimum)
     */
    static Infeasibility shortfall(SchedulingProblem problem, int agentIndex, int week) {
        var agent = problem.agents().get(agentIndex);
        var contract = agent.contract();
        var horizon = problem.horizon();
        var first = horizon.firstDay().plusDays(7L * week);
        int days = horizon.daysInWeek(week);
        int leave = (int) first.datesUntil(first.plusDays(days)).filter(day -> !agent.isAvailable(day)).count();
        var rules = ContractWeek.of(contract, days, leave);
        var lowered = leave == 0 ? "" : String.format(Locale.ROOT,
                ", the contract's %.1f hours and %d shifts lowered pro rata for %d day%s of leave",
                contract.minHoursPerWeek(), contract.minShiftsPerWeek(), leave, leave == 1 ? "" : "s");
        return reason(Kind.CONTRACT_CANNOT_BE_MET, contract.name(),
                "agent %s could not be given the minimum of contract %s in the week from %s to %s (%.1f paid hours"
                        + " and %d shifts%s): no choice of shifts was found that keeps the templates' start times and"
                        + " lengths, the rest between shifts, the days off, the consecutive-day limit and the night"
                        + " rules",
                agent.id(), contract.name(), first, first.plusDays(days - 1L), rules.minHours(), rules.minShifts(),
                lowered);
    }

    private static void checkDemand(SchedulingProblem problem, ShiftCatalog catalog, List<Infeasibility> reasons) {
        var horizon = problem.horizon();
        int perDay = horizon.intervalsPerDay();
        var coverable = new boolean[perDay];
        for (int i = 0; i < perDay; i++) {
            coverable[i] = catalog.coversMinuteOfDay(i * horizon.intervalMinutes());
        }
        for (var requirement : problem.requirements()) {
            var agents = requirement.agents();
            int i = 0;
            while (i < agents.size()) {
                if (agents.get(i) <= 0 || coverable[i % perDay]) {
                    i++;
                    continue;
                }
                int first = i;
                while (i < agents.size() && agents.get(i) > 0 && !coverable[i % perDay]) {
                    i++;
                }
                reasons.add(new Infeasibility(Kind.DEMAND_NOT_COVERABLE, requirement.skill(),
                        Optional.of(horizon.start(first)),
                        "skill %s needs agents from %s to %s but no shift template covers that time of day"
                                .formatted(requirement.skill(), horizon.start(first), horizon.start(i))));
            }
        }
    }

    private static Infeasibility reason(Kind kind, String subject, String template, Object... args) {
        return new Infeasibility(kind, subject, Optional.empty(), String.format(Locale.ROOT, template, args));
    }
}
