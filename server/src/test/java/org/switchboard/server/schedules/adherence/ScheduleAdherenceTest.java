package org.switchboard.server.schedules.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.server.schedules.RosterBreak;
import org.switchboard.server.schedules.RosterShift;

/** Adherence and conformance on timelines computed by hand (minutes written out in each test). */
class ScheduleAdherenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final ZoneId UTC = ZoneOffset.UTC;

    /**
     * Shift 09:00–17:00 with an unpaid break 12:00–12:30. The agent logs in at 09:10, pauses at 12:00, is back at
     * 12:40, logs out at 16:50 and works 18:00–18:20 after the shift.
     *
     * <p>Scheduled 480 min; out of adherence 09:00–09:10, 12:30–12:40, 16:50–17:00 = 30 min; adherence = 450 / 480 =
     * 0.9375. Scheduled work 480 − 30 = 450 min; worked 09:10–12:00 (170) + 12:40–16:50 (250) + 18:00–18:20 (20) = 440
     * min; conformance = 440 / 450 = 0.977…
     */
    @Test
    void lateStartLongBreakEarlyLeaveAndOvertimeAreMeasuredAsComputedByHand() {
        var shift = shift("A001", "09:00", "17:00", List.of(unpaidBreak("12:00", "12:30")));
        var events = List.of(
                event("A001", "09:10", AgentState.LOGIN),
                event("A001", "09:10", AgentState.READY),
                event("A001", "12:00", AgentState.PAUSE),
                event("A001", "12:40", AgentState.READY),
                event("A001", "16:50", AgentState.LOGOUT),
                event("A001", "18:00", AgentState.LOGIN),
                event("A001", "18:20", AgentState.LOGOUT));

        var day = ScheduleAdherence.measure(List.of(shift), events, Map.of("A001", "T1"), UTC).getFirst();

        assertThat(day.scheduled()).isEqualTo(Duration.ofMinutes(480));
        assertThat(day.inAdherence()).isEqualTo(Duration.ofMinutes(450));
        assertThat(day.adherence().orElseThrow()).isCloseTo(0.9375, within(1e-12));
        assertThat(day.scheduledWork()).isEqualTo(Duration.ofMinutes(450));
        assertThat(day.worked()).isEqualTo(Duration.ofMinutes(440));
        assertThat(day.conformance().orElseThrow()).isCloseTo(440.0 / 450.0, within(1e-12));
        assertThat(day.deviations())
                .containsExactly(
                        new Deviation(at("09:00"), at("09:10"), false, Activity.LOGGED_OUT),
                        new Deviation(at("12:30"), at("12:40"), false, Activity.PAUSED),
                        new Deviation(at("16:50"), at("17:00"), false, Activity.LOGGED_OUT));
    }

    /**
     * Working through a scheduled break is out of adherence. Shift 08:00–12:00, break 10:00–10:15; the agent is
     * ready 08:00–10:05, on a contact 10:05–10:20 (merged into one deviation 10:00–10:15 with the ready minutes before),
     * then ready until 12:00. In adherence 240 − 15 = 225 min: 0.9375; worked 240 of 225 scheduled: conformance 1.0667.
     */
    @Test
    void workingThroughABreakIsOneDeviationAndConformanceMayExceedOne() {
        var shift = shift("A002", "08:00", "12:00", List.of(unpaidBreak("10:00", "10:15")));
        var events = List.of(
                event("A002", "08:00", AgentState.READY),
                event("A002", "10:05", AgentState.ON_CONTACT),
                event("A002", "10:20", AgentState.READY),
                event("A002", "12:00", AgentState.LOGOUT));

        var day = ScheduleAdherence.measure(List.of(shift), events, Map.of(), UTC).getFirst();

        assertThat(day.deviations()).containsExactly(new Deviation(at("10:00"), at("10:15"), true, Activity.WORKING));
        assertThat(day.adherence().orElseThrow()).isCloseTo(225.0 / 240.0, within(1e-12));
        assertThat(day.conformance().orElseThrow()).isCloseTo(240.0 / 225.0, within(1e-12));
        assertThat(day.team()).as("an agent without a team counts under the empty team").isEmpty();
    }

    /**
     * A team sums its agents' times. A001 as in the first test (450 of 480 in adherence, 440 of 450 worked), A003 has
     * a 09:00–13:00 shift without any event (0 of 240, 0 of 240). Team: adherence 450 / 720 = 0.625, conformance
     * 440 / 690 = 0.6377, not the mean of the agents' ratios (0.469 and 0.489).
     */
    @Test
    void aTeamIsTimeWeighted() {
        var shifts = List.of(
                shift("A001", "09:00", "17:00", List.of(unpaidBreak("12:00", "12:30"))),
                shift("A003", "09:00", "13:00", List.of()));
        var events = List.of(
                event("A001", "09:10", AgentState.LOGIN),
                event("A001", "12:00", AgentState.PAUSE),
                event("A001", "12:40", AgentState.READY),
                event("A001", "16:50", AgentState.LOGOUT),
                event("A001", "18:00", AgentState.LOGIN),
                event("A001", "18:20", AgentState.LOGOUT));

        var agents = ScheduleAdherence.measure(shifts, events, Map.of("A001", "T1", "A003", "T1"), UTC);
        var teams = ScheduleAdherence.byTeam(agents);

        assertThat(agents.get(1).adherence().orElseThrow()).isZero();
        assertThat(agents.get(1).deviations())
                .containsExactly(new Deviation(at("09:00"), at("13:00"), false, Activity.LOGGED_OUT));
        assertThat(teams).hasSize(1);
        var team = teams.getFirst();
        assertThat(team.agents()).isEqualTo(2);
        assertThat(team.adherence().orElseThrow()).isCloseTo(450.0 / 720.0, within(1e-12));
        assertThat(team.conformance().orElseThrow()).isCloseTo(440.0 / 690.0, within(1e-12));
    }

    /**
     * The state at the start of the shift comes from an event before it, but lasts at most 12 hours: a LOGIN at 20:00
     * the evening before covers until 08:00, so a 07:00–09:00 shift is in adherence 07:00–08:00 only (60 of 120 min).
     */
    @Test
    void aStateCarriesOverFromTheEveningBeforeForAtMostTwelveHours() {
        var shift = shift("A004", "07:00", "09:00", List.of());
        var events = List.of(
                new AgentEvent("A004", Instant.parse("2026-03-01T20:00:00Z"), AgentState.LOGIN, Optional.empty(),
                        Optional.empty()));

        var day = ScheduleAdherence.measure(List.of(shift), events, Map.of(), UTC).getFirst();

        assertThat(day.inAdherence()).isEqualTo(Duration.ofMinutes(60));
        assertThat(day.worked()).as("00:00–08:00 of the day").isEqualTo(Duration.ofHours(8));
    }

    private static RosterShift shift(String agent, String start, String end, List<RosterBreak> breaks) {
        return new RosterShift(agent, DAY, "service", "DAY", at(start), at(end), breaks);
    }

    private static RosterBreak unpaidBreak(String start, String end) {
        return new RosterBreak(at(start), at(end), false);
    }

    private static AgentEvent event(String agent, String time, AgentState state) {
        return new AgentEvent(agent, at(time), state,
                state == AgentState.PAUSE ? Optional.of("BREAK") : Optional.empty(), Optional.empty());
    }

    private static Instant at(String time) {
        return Instant.parse(DAY + "T" + time + ":00Z");
    }
}
