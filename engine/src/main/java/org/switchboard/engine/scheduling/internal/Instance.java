package org.switchboard.engine.scheduling.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ContractWeek;
import org.switchboard.engine.scheduling.SchedulingProblem;

/**
 * A scheduling problem in arrays on the interval grid: requirement per skill and interval, shift kinds, agents grouped
 * by contract and skill set (agents of one group are interchangeable for the covering model), availability and the
 * weekly contract rules of every agent.
 */
public final class Instance {

    /** Agents sharing a contract and a set of required skills. */
    record Group(Contract contract, int[] skills, int[] agents) {}

    final SchedulingProblem problem;
    final int step;
    final int days;
    final int perDay;
    final int intervals;
    final double[][] required;
    final ShiftCatalog catalog;
    final List<Group> groups;
    final boolean[][] available;
    final ContractWeek[][] weeks;
    final int[][] agentSkills;

    /**
     * Lays a problem out on its grid.
     *
     * @param problem the problem
     */
    public Instance(SchedulingProblem problem) {
        this.problem = problem;
        var horizon = problem.horizon();
        step = horizon.intervalMinutes();
        days = horizon.days();
        perDay = horizon.intervalsPerDay();
        intervals = horizon.intervals();
        var skills = problem.skills();
        required = new double[skills.size()][];
        for (int k = 0; k < skills.size(); k++) {
            required[k] = problem.requirements().get(k).agents().stream().mapToDouble(Double::doubleValue).toArray();
        }
        catalog = new ShiftCatalog(problem.templates(), step);
        var agents = problem.agents();
        available = new boolean[agents.size()][days];
        weeks = new ContractWeek[agents.size()][horizon.weeks()];
        for (int a = 0; a < agents.size(); a++) {
            var agent = agents.get(a);
            for (int d = 0; d < days; d++) {
                available[a][d] = agent.isAvailable(horizon.firstDay().plusDays(d));
            }
            for (int w = 0; w < horizon.weeks(); w++) {
                int length = horizon.daysInWeek(w);
                int leave = 0;
                for (int d = 7 * w; d < 7 * w + length; d++) {
                    leave += available[a][d] ? 0 : 1;
                }
                weeks[a][w] = ContractWeek.of(agent.contract(), length, leave);
            }
        }
        groups = group(agents, skills);
        agentSkills = new int[agents.size()][];
        for (int a = 0; a < agents.size(); a++) {
            agentSkills[a] = skillIndexes(agents.get(a), skills);
        }
    }

    private static List<Group> group(List<Agent> agents, List<String> skills) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        Map<String, Group> shapes = new LinkedHashMap<>();
        for (int a = 0; a < agents.size(); a++) {
            var agent = agents.get(a);
            int[] own = skillIndexes(agent, skills);
            var key = agent.contract() + "|" + Arrays.toString(own);
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            shapes.putIfAbsent(key, new Group(agent.contract(), own, new int[0]));
        }
        var groups = new ArrayList<Group>();
        shapes.forEach((key, shape) -> groups.add(new Group(
                shape.contract(),
                shape.skills(),
                members.get(key).stream().mapToInt(Integer::intValue).toArray())));
        return List.copyOf(groups);
    }

    private static int[] skillIndexes(Agent agent, List<String> skills) {
        var own = new ArrayList<Integer>();
        for (int k = 0; k < skills.size(); k++) {
            if (agent.skills().contains(skills.get(k))) {
                own.add(k);
            }
        }
        return own.stream().mapToInt(Integer::intValue).toArray();
    }

    int weeks() {
        return problem.horizon().weeks();
    }

    int daysInWeek(int week) {
        return problem.horizon().daysInWeek(week);
    }

    /** {@return absolute start of a kind on a day, in intervals from the horizon start} */
    int startInterval(int day, ShiftKind kind) {
        return day * perDay + kind.startOffset();
    }

    double intervalHours() {
        return step / 60.0;
    }
}
