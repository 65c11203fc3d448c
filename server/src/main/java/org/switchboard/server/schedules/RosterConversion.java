package org.switchboard.server.schedules;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.PlacedBreak;
import org.switchboard.engine.scheduling.Schedule;

/**
 * Converts between the engine's schedules, in the centre's local time, and stored shifts, in instants. A local time
 * that does not exist (clocks go forward) moves forward by the gap, as {@link java.time.ZonedDateTime} does.
 */
final class RosterConversion {

    private RosterConversion() {}

    /** {@return the engine's schedule as stored shifts} */
    static List<RosterShift> toRoster(Schedule schedule, ZoneId zone) {
        return schedule.shifts().stream()
                .map(shift -> new RosterShift(
                        shift.agentId(),
                        shift.day(),
                        shift.skill(),
                        shift.template(),
                        shift.start().atZone(zone).toInstant(),
                        shift.end().atZone(zone).toInstant(),
                        shift.breaks().stream()
                                .map(placed -> new RosterBreak(
                                        placed.start().atZone(zone).toInstant(),
                                        placed.end().atZone(zone).toInstant(),
                                        placed.paid()))
                                .toList()))
                .toList();
    }

    /** {@return stored shifts as the engine's schedule} */
    static Schedule toSchedule(List<RosterShift> shifts, ZoneId zone) {
        return new Schedule(shifts.stream()
                .map(shift -> {
                    var start = shift.start().atZone(zone).toLocalDateTime();
                    var end = shift.end().atZone(zone).toLocalDateTime();
                    return new AssignedShift(
                            shift.agentId(),
                            shift.skill(),
                            shift.template(),
                            start,
                            (int) ChronoUnit.MINUTES.between(start, end),
                            shift.breaks().stream()
                                    .map(item -> new PlacedBreak(
                                            item.start().atZone(zone).toLocalDateTime(),
                                            (int) item.length().toMinutes(),
                                            item.paid()))
                                    .toList());
                })
                .toList());
    }
}
