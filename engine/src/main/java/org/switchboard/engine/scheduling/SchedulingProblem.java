package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A shift-scheduling problem: the horizon, the requirement per interval and skill, optional forecasts for the
 * service-level projection, the shift templates, the agents and the objective's weights.
 *
 * @param horizon the planning period and interval length
 * @param requirements one requirement per skill, each with one value per interval of the horizon
 * @param forecasts forecasts behind some requirements (may be empty), one per skill at most, sized as the horizon
 * @param templates the shift templates, names unique, not empty; start step, lengths, break lengths and offsets are
 *     multiples of the interval length
 * @param agents the agents, ids unique
 * @param weights the weights of the objective and of the soft goals
 */
public record SchedulingProblem(
        Horizon horizon,
        List<SkillRequirement> requirements,
        List<ServiceForecast> forecasts,
        List<ShiftTemplate> templates,
        List<Agent> agents,
        Weights weights) {

    /**
     * Validates the problem's shape and copies the lists. Whether the rules can be met at all is a separate question,
     * answered in plain words by {@code scheduling.solver.FeasibilityCheck}.
     *
     * @throws IllegalArgumentException if a requirement or forecast does not match the horizon, a skill, template name
     *     or agent id repeats, no template is given, or a template is not aligned to the interval grid
     */
    public SchedulingProblem {
        int intervals = horizon.intervals();
        var skills = new HashSet<String>();
        for (var requirement : requirements) {
            requireArgument(skills.add(requirement.skill()), "requirement skill repeats: %s", requirement.skill());
            requireArgument(
                    requirement.agents().size() == intervals,
                    "requirement of %s has %d intervals, the horizon %d",
                    requirement.skill(),
                    requirement.agents().size(),
                    intervals);
        }
        var forecastSkills = new HashSet<String>();
        for (var forecast : forecasts) {
            requireArgument(forecastSkills.add(forecast.skill()), "forecast skill repeats: %s", forecast.skill());
            requireArgument(
                    forecast.contacts().size() == intervals,
                    "forecast of %s has %d intervals, the horizon %d",
                    forecast.skill(),
                    forecast.contacts().size(),
                    intervals);
        }
        requireArgument(!templates.isEmpty(), "at least one shift template is required");
        var names = new HashSet<String>();
        for (var template : templates) {
            requireArgument(names.add(template.name()), "shift template name repeats: %s", template.name());
            requireAligned(template, horizon.intervalMinutes());
        }
        var ids = new HashSet<String>();
        for (var agent : agents) {
            requireArgument(ids.add(agent.id()), "agent id repeats: %s", agent.id());
        }
        requirements = List.copyOf(requirements);
        forecasts = List.copyOf(forecasts);
        templates = List.copyOf(templates);
        agents = List.copyOf(agents);
    }

    /**
     * {@return the same problem under other weights}
     *
     * @param other the weights of the objective and of the soft goals
     */
    public SchedulingProblem withWeights(Weights other) {
        return new SchedulingProblem(horizon, requirements, forecasts, templates, agents, other);
    }

    /** {@return the skills with a requirement, in the order given} */
    public List<String> skills() {
        return requirements.stream().map(SkillRequirement::skill).toList();
    }

    /**
     * {@return the template with a name}
     *
     * @param name the template's name
     */
    public Optional<ShiftTemplate> template(String name) {
        return templates.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * {@return the agent with an id}
     *
     * @param id the agent's id
     */
    public Optional<Agent> agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * {@return the forecast of a skill, if given}
     *
     * @param skill the skill
     */
    public Optional<ServiceForecast> forecast(String skill) {
        return forecasts.stream().filter(f -> f.skill().equals(skill)).findFirst();
    }

    private static void requireAligned(ShiftTemplate template, int step) {
        String name = template.name();
        requireArgument(
                template.startEarliest().toSecondOfDay() % (60 * step) == 0 && template.startStepMinutes() % step == 0,
                "template %s: start times must lie on the %d-minute interval grid",
                name,
                step);
        for (int length : template.lengthsMinutes()) {
            requireArgument(length % step == 0, "template %s: length %d is not a multiple of %d", name, length, step);
        }
        for (var rule : template.breaks()) {
            requireArgument(
                    rule.lengthMinutes() % step == 0
                            && rule.earliestAfterStartMinutes() % step == 0
                            && rule.latestBeforeEndMinutes() % step == 0,
                    "template %s: break length and window must be multiples of %d minutes",
                    name,
                    step);
        }
        requireArgument(
                template.minGapMinutes() % step == 0,
                "template %s: minGapMinutes %d is not a multiple of %d",
                name,
                template.minGapMinutes(),
                step);
    }
}
