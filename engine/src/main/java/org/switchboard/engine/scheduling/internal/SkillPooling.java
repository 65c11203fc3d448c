package org.switchboard.engine.scheduling.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.SkillRequirement;

/**
 * The problem with all skills pooled into one: the requirements summed per interval and every agent able to work the
 * pooled skill. It relaxes the original: any schedule of the original is one of the pooled problem, and since
 * Σ_k max(0, r_k − v_k) ≥ max(0, Σ_k r_k − Σ_k v_k) (and the same for over-staffing) with the same weights for every
 * skill, its objective there is never higher. So the pooled covering LP — three times smaller for three skills — is a
 * lower bound of the original's optimum too.
 */
public final class SkillPooling {

    private static final String POOLED = "all skills";

    private SkillPooling() {}

    /**
     * {@return the pooled problem}
     *
     * @param problem a problem with any number of skills
     */
    public static SchedulingProblem pool(SchedulingProblem problem) {
        int intervals = problem.horizon().intervals();
        var total = new double[intervals];
        for (var requirement : problem.requirements()) {
            for (int i = 0; i < intervals; i++) {
                total[i] += requirement.agents().get(i);
            }
        }
        var agents = new ArrayList<Agent>();
        for (var agent : problem.agents()) {
            agents.add(new Agent(agent.id(), agent.name(), Set.of(POOLED), agent.team(), agent.contract(),
                    agent.unavailable(), agent.preferences(), agent.seniority()));
        }
        var pooled = new SkillRequirement(POOLED, Arrays.stream(total).boxed().toList());
        return new SchedulingProblem(problem.horizon(), List.of(pooled), List.of(), problem.templates(), agents,
                problem.weights());
    }
}
