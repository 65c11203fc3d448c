package org.switchboard.engine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.demo.Agent;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.PauseReason;
import org.switchboard.engine.demo.ScheduledShift;

class RosterPlannerTest {

    private final DemoSpec spec = DemoSpec.standard();
    private final CentreCalendar calendar = new CentreCalendar(spec);
    private final Roster roster = RosterPlanner.plan(calendar, DemoCentre.random(21));

    @Test
    void numbersAgentsThroughTheTeamsWithDistinctNames() {
        assertThat(roster.agents())
                .extracting(Agent::id)
                .startsWith("A001", "A002")
                .endsWith("A064");
        assertThat(roster.agents())
                .extracting(Agent::name)
                .doesNotHaveDuplicates()
                .allMatch(name -> name.contains(" "));
        assertThat(roster.agents().getFirst().teamId()).isEqualTo("T1");
    }

    @Test
    void aFewShiftsAreLostToSickness() {
        double absent = roster.shifts().stream().filter(ScheduledShift::absent).count()
                / (double) roster.shifts().size();
        assertThat(absent).isBetween(0.01, 0.07);
    }

    @Test
    void fullShiftsHaveLunchAndTwoBreaks() {
        var full = roster.shifts().stream()
                .filter(shift -> !shift.absent()
                        && Duration.between(shift.start(), shift.end()).toMinutes() == 510)
                .toList();
        assertThat(full).isNotEmpty().allSatisfy(shift -> {
            assertThat(shift.pauses())
                    .filteredOn(pause -> pause.reason() == PauseReason.LUNCH)
                    .hasSize(1);
            assertThat(shift.pauses())
                    .filteredOn(pause -> pause.reason() == PauseReason.BREAK)
                    .hasSize(2);
        });
    }

    @Test
    void weekendShiftsAreClippedToTheOpeningHours() {
        assertThat(roster.shifts())
                .filteredOn(shift -> spec.runsAs(shift.day()) == DayOfWeek.SATURDAY)
                .isNotEmpty()
                .allSatisfy(shift -> {
                    var start = shift.start().atZone(spec.zone()).toLocalTime();
                    var end = shift.end().atZone(spec.zone()).toLocalTime();
                    assertThat(start).isAfterOrEqualTo(LocalTime.of(9, 0));
                    assertThat(end).isBeforeOrEqualTo(LocalTime.of(18, 0));
                });
    }

    @Test
    void teamsMeetWeeklyAndSomeAgentsTrain() {
        var meetingDays = new HashSet<DayOfWeek>();
        roster.shifts().forEach(shift -> shift.pauses().stream()
                .filter(pause -> pause.reason() == PauseReason.MEETING)
                .forEach(pause -> meetingDays.add(shift.day().getDayOfWeek())));
        assertThat(meetingDays).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(roster.shifts())
                .anyMatch(shift -> shift.pauses().stream().anyMatch(p -> p.reason() == PauseReason.TRAINING));
    }

    @Test
    void scheduleItemsRunLoginPausesLogoutPerAgent() {
        var items = roster.items();
        var lastKind = new byte[roster.agents().size()];
        Arrays.fill(lastKind, ScheduleItems.LOGOUT);
        var lastTime = new long[roster.agents().size()];
        for (int i = 0; i < items.size(); i++) {
            int agent = items.agent(i);
            assertThat(items.epochSecond(i)).isGreaterThan(lastTime[agent]);
            if (items.kind(i) == ScheduleItems.LOGIN) {
                assertThat(lastKind[agent]).isEqualTo(ScheduleItems.LOGOUT);
            } else {
                assertThat(lastKind[agent]).isNotEqualTo(ScheduleItems.LOGOUT);
            }
            lastKind[agent] = items.kind(i);
            lastTime[agent] = items.epochSecond(i);
        }
    }
}
