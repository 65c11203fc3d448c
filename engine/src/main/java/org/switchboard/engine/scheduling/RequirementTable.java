package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects an uploaded requirement ({@code timestamp, skill, agents} rows) onto the horizon's interval grid and finds
 * its gaps. Single use: add every row, then read {@link #gaps()} and {@link #requirements()}.
 */
public final class RequirementTable {

    private final Horizon horizon;
    private final Map<String, double[]> values = new LinkedHashMap<>();
    private final Map<String, boolean[]> present = new LinkedHashMap<>();

    /**
     * Starts an empty table.
     *
     * @param horizon the grid the rows must fall on
     */
    public RequirementTable(Horizon horizon) {
        this.horizon = horizon;
    }

    /**
     * Adds one row.
     *
     * @param start the interval's start, on the grid and inside the horizon
     * @param skill the skill, not blank
     * @param agents agents required, finite and {@code >= 0}
     * @throws IllegalArgumentException if the start is off the grid or outside the horizon, or a value is invalid
     */
    public void add(LocalDateTime start, String skill, double agents) {
        requireArgument(!skill.isBlank(), "skill must not be blank at %s", start);
        requireArgument(Double.isFinite(agents) && agents >= 0, "agents must be finite and >= 0: %s", agents);
        long minutes = horizon.minutesFromStart(start);
        requireArgument(
                minutes >= 0 && minutes % horizon.intervalMinutes() == 0 && minutes / horizon.intervalMinutes() < horizon.intervals(),
                "timestamp %s is not the start of a %d-minute interval from %s to %s",
                start,
                horizon.intervalMinutes(),
                horizon.firstDay(),
                horizon.lastDay());
        int interval = (int) (minutes / horizon.intervalMinutes());
        values.computeIfAbsent(skill, s -> new double[horizon.intervals()])[interval] = agents;
        present.computeIfAbsent(skill, s -> new boolean[horizon.intervals()])[interval] = true;
    }

    /** {@return one {@link Infeasibility.Kind#REQUIREMENT_GAP} per run of missing intervals of a skill} */
    public List<Infeasibility> gaps() {
        var gaps = new ArrayList<Infeasibility>();
        present.forEach((skill, seen) -> {
            int i = 0;
            while (i < seen.length) {
                if (seen[i]) {
                    i++;
                    continue;
                }
                int first = i;
                while (i < seen.length && !seen[i]) {
                    i++;
                }
                gaps.add(new Infeasibility(
                        Infeasibility.Kind.REQUIREMENT_GAP,
                        skill,
                        Optional.of(horizon.start(first)),
                        "requirement of skill %s has no rows from %s to %s (%d intervals)"
                                .formatted(skill, horizon.start(first), horizon.start(i), i - first)));
            }
        });
        return List.copyOf(gaps);
    }

    /** {@return the requirement per skill in the order first seen; missing intervals count as 0} */
    public List<SkillRequirement> requirements() {
        var requirements = new ArrayList<SkillRequirement>();
        values.forEach((skill, agents) -> requirements.add(new SkillRequirement(
                skill, Arrays.stream(agents).boxed().toList())));
        return List.copyOf(requirements);
    }
}
