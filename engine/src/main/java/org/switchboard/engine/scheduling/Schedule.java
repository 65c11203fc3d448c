package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A schedule: the shifts of named agents; a planned day without a shift is a day off. Immutable; the edit methods
 * return a new schedule. Any schedule can be evaluated, also one that breaks rules (see
 * {@code scheduling.evaluation.ScheduleEvaluator}).
 *
 * @param shifts the shifts, ordered by agent id then start
 */
public record Schedule(List<AssignedShift> shifts) {

    private static final Comparator<AssignedShift> ORDER =
            Comparator.comparing(AssignedShift::agentId).thenComparing(AssignedShift::start);

    /** Sorts and copies the shifts. */
    public Schedule {
        shifts = shifts.stream().sorted(ORDER).toList();
    }

    /**
     * {@return the shifts of one agent, by start}
     *
     * @param agentId the agent's id
     */
    public List<AssignedShift> shiftsOf(String agentId) {
        return shifts.stream().filter(shift -> shift.agentId().equals(agentId)).toList();
    }

    /**
     * {@return the agent's shift starting on a day, if any}
     *
     * @param agentId the agent's id
     * @param day the day
     */
    public Optional<AssignedShift> shiftOn(String agentId, LocalDate day) {
        return shifts.stream()
                .filter(shift -> shift.agentId().equals(agentId) && shift.day().equals(day))
                .findFirst();
    }

    /**
     * {@return a schedule with one shift replaced by another (move a shift, move a break, change its skill)}
     *
     * @param old a shift of this schedule
     * @param replacement the shift to put in its place
     * @throws IllegalArgumentException if {@code old} is not in the schedule
     */
    public Schedule replace(AssignedShift old, AssignedShift replacement) {
        var edited = new ArrayList<>(shifts);
        int index = edited.indexOf(old);
        requireArgument(
                index >= 0, "shift is not in the schedule: %s at %s", old.agentId(), old.start());
        edited.set(index, replacement);
        return new Schedule(edited);
    }

    /**
     * {@return a schedule with a shift added}
     *
     * @param added the shift to add
     */
    public Schedule with(AssignedShift added) {
        var edited = new ArrayList<>(shifts);
        edited.add(added);
        return new Schedule(edited);
    }

    /**
     * {@return a schedule without a shift (the day becomes a day off)}
     *
     * @param removed the shift to remove
     */
    public Schedule without(AssignedShift removed) {
        var edited = new ArrayList<>(shifts);
        edited.remove(removed);
        return new Schedule(edited);
    }
}
