package org.switchboard.server.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.PlacedBreak;
import org.switchboard.engine.scheduling.Schedule;

/** The three manual edits on a one-shift schedule, with the times worked out by hand. */
class ScheduleEditsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final AssignedShift SHIFT = new AssignedShift("A001", "service", "Day", MONDAY.atTime(9, 0), 510,
            List.of(new PlacedBreak(MONDAY.atTime(10, 30), 15, true), new PlacedBreak(MONDAY.atTime(12, 30), 30, false)));
    private static final Schedule SCHEDULE = new Schedule(List.of(SHIFT));

    @Test
    void movingAShiftMovesItsBreaksWithIt() {
        var edited = ScheduleEdits.apply(SCHEDULE, new ScheduleEdit.MoveShift("A001", MONDAY, -30));

        var shift = edited.shifts().getFirst();
        assertThat(shift.start()).isEqualTo(MONDAY.atTime(8, 30));
        assertThat(shift.breaks()).extracting(PlacedBreak::start)
                .containsExactly(MONDAY.atTime(10, 0), MONDAY.atTime(12, 0));
    }

    @Test
    void movingABreakMovesThatBreakOnly() {
        var edited = ScheduleEdits.apply(SCHEDULE, new ScheduleEdit.MoveBreak("A001", MONDAY, 1, 45));

        var shift = edited.shifts().getFirst();
        assertThat(shift.start()).isEqualTo(MONDAY.atTime(9, 0));
        assertThat(shift.breaks()).extracting(PlacedBreak::start)
                .containsExactly(MONDAY.atTime(10, 30), MONDAY.atTime(13, 15));
    }

    @Test
    void swappingDaysMovesTheShiftToTheDayOffAtTheSameTime() {
        var wednesday = MONDAY.plusDays(2);

        var edited = ScheduleEdits.apply(SCHEDULE, new ScheduleEdit.SwapDaysOff("A001", MONDAY, wednesday));

        assertThat(edited.shiftOn("A001", MONDAY)).isEmpty();
        var moved = edited.shiftOn("A001", wednesday).orElseThrow();
        assertThat(moved.start()).isEqualTo(LocalDateTime.of(wednesday, SHIFT.start().toLocalTime()));
        assertThat(moved.breaks().getLast().start()).isEqualTo(wednesday.atTime(12, 30));
    }

    @Test
    void anEditThatCannotBeMadeSaysWhy() {
        assertThatThrownBy(() -> ScheduleEdits.apply(SCHEDULE, new ScheduleEdit.MoveShift("A001", MONDAY.plusDays(1), 30)))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("A001 has no shift on 2026-03-03");
        assertThatThrownBy(() -> ScheduleEdits.apply(SCHEDULE, new ScheduleEdit.MoveBreak("A001", MONDAY, 2, 15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no break 3");
        assertThatThrownBy(() -> ScheduleEdits.apply(SCHEDULE, new ScheduleEdit.SwapDaysOff("A001", MONDAY, MONDAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no day off");
        assertThat(ScheduleEdits.describe(new ScheduleEdit.MoveBreak("A001", MONDAY, 1, -15), 3))
                .isEqualTo("moved break 2 of A001 on 2026-03-02 by -15 min (from version 3)");
    }
}
