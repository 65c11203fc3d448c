package org.switchboard.server.schedules;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.NoSuchElementException;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.PlacedBreak;
import org.switchboard.engine.scheduling.Schedule;

/** Applies a {@link ScheduleEdit} to an engine schedule with the schedule's own edit operations. */
final class ScheduleEdits {

    private ScheduleEdits() {}

    /**
     * {@return the schedule with the edit made}
     *
     * @throws NoSuchElementException if the agent has no shift on the day edited
     * @throws IllegalArgumentException if the break does not exist or the day off has a shift
     */
    static Schedule apply(Schedule schedule, ScheduleEdit edit) {
        return switch (edit) {
            case ScheduleEdit.MoveShift move -> {
                var shift = shiftOn(schedule, move.agentId(), move.day());
                yield schedule.replace(shift, shift.movedBy(move.minutes()));
            }
            case ScheduleEdit.MoveBreak move -> {
                var shift = shiftOn(schedule, move.agentId(), move.day());
                var breaks = new ArrayList<>(shift.breaks());
                requireArgument(
                        move.breakIndex() >= 0 && move.breakIndex() < breaks.size(),
                        "the shift of %s on %s has no break %d",
                        move.agentId(),
                        move.day(),
                        move.breakIndex() + 1);
                var moved = breaks.get(move.breakIndex());
                breaks.set(move.breakIndex(), new PlacedBreak(moved.start().plusMinutes(move.minutes()),
                        moved.lengthMinutes(), moved.paid()));
                yield schedule.replace(shift, shift.withBreaks(breaks));
            }
            case ScheduleEdit.SwapDaysOff swap -> {
                var shift = shiftOn(schedule, swap.agentId(), swap.workDay());
                requireArgument(
                        schedule.shiftOn(swap.agentId(), swap.dayOff()).isEmpty(),
                        "%s works on %s: it is no day off",
                        swap.agentId(),
                        swap.dayOff());
                long days = ChronoUnit.DAYS.between(swap.workDay(), swap.dayOff());
                yield schedule.replace(shift, shift.movedBy(days * 24 * 60));
            }
        };
    }

    /** {@return the note of the version an edit makes, in English (the audit trail's language)} */
    static String describe(ScheduleEdit edit, int fromVersion) {
        var what = switch (edit) {
            case ScheduleEdit.MoveShift move ->
                "moved the shift of %s on %s by %+d min".formatted(move.agentId(), move.day(), move.minutes());
            case ScheduleEdit.MoveBreak move -> "moved break %d of %s on %s by %+d min"
                    .formatted(move.breakIndex() + 1, move.agentId(), move.day(), move.minutes());
            case ScheduleEdit.SwapDaysOff swap ->
                "swapped %s's working day %s and day off %s".formatted(swap.agentId(), swap.workDay(), swap.dayOff());
        };
        return what + " (from version " + fromVersion + ")";
    }

    private static AssignedShift shiftOn(Schedule schedule, String agentId, java.time.LocalDate day) {
        return schedule.shiftOn(agentId, day)
                .orElseThrow(() -> new NoSuchElementException("%s has no shift on %s".formatted(agentId, day)));
    }
}
