package org.switchboard.server.schedules.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.switchboard.server.interactions.InteractionStore;
import org.switchboard.server.schedules.RequirementPoint;
import org.switchboard.server.schedules.RosterBreak;
import org.switchboard.server.schedules.RosterShift;
import org.switchboard.server.schedules.ScheduleFigures;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.persistence.ScheduleRepository;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * Adherence through the database: a published version against stored agent-state events read through the
 * interaction module, on a case computed by hand; and the demo's published schedule, planned on the days the demo's
 * agents worked, with adherence on its page.
 */
@SwitchboardIntegrationTest
class AdherenceReportsIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    AdherenceReports reports;

    @Autowired
    ScheduleRepository repository;

    @Autowired
    SchedulePlanning planning;

    @Autowired
    InteractionStore interactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /**
     * Shift 09:00–17:00 Berlin (07:00–15:00 UTC in June) with an unpaid lunch 12:00–12:30; the agent logs in at 09:10,
     * pauses at 12:00, is back at 12:40, logs out at 16:50 and works 18:00–18:20. By hand: scheduled 480 min, out of
     * adherence 10 + 10 + 10 min, adherence 450 / 480 = 0.9375; worked 170 + 250 + 20 = 440 of 450 scheduled work
     * minutes, conformance 0.9778.
     */
    @Test
    void aPublishedVersionIsMeasuredAgainstTheStoredEventsAsComputedByHand() {
        var agent = UniqueNames.of("adh");
        var day = LocalDate.of(2031, 6, 2);
        long load = interactions.startLoad("test", UniqueNames.of("adherence"), "test");
        event(agent, day, "09:10", "LOGIN", load);
        event(agent, day, "12:00", "PAUSE", load);
        event(agent, day, "12:40", "READY", load);
        event(agent, day, "16:50", "LOGOUT", load);
        event(agent, day, "18:00", "LOGIN", load);
        event(agent, day, "18:20", "LOGOUT", load);
        long run = repository.insertRun(UniqueNames.of("adherence"), Optional.empty(), day, day.plusDays(1), 15, 1,
                "planner", Instant.now(), List.of(new RequirementPoint(at(day, "09:00"), "service", 1)));
        var shift = new RosterShift(agent, day, "service", "Day", at(day, "09:00"), at(day, "17:00"),
                List.of(new RosterBreak(at(day, "12:00"), at(day, "12:30"), false)));
        long version = repository.insertVersion(run, "planner", Instant.now(), "by hand",
                new ScheduleFigures(0, 0, 0, 0, 0, 0, 7.5, 0), List.of(shift));
        repository.publish(version, "planner", Instant.now());

        var report = reports.of(version);

        var figures = report.agents().getFirst();
        assertThat(report.agents()).hasSize(1);
        assertThat(figures.scheduled()).isEqualTo(Duration.ofMinutes(480));
        assertThat(figures.adherence().orElseThrow()).isCloseTo(0.9375, within(1e-12));
        assertThat(figures.conformance().orElseThrow()).isCloseTo(440.0 / 450.0, within(1e-12));
        assertThat(figures.deviations()).extracting(Deviation::length)
                .containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThat(report.teams()).singleElement()
                .satisfies(team -> assertThat(team.adherence().orElseThrow()).isCloseTo(0.9375, within(1e-12)));
    }

    /**
     * The demo publishes a schedule of its first week; A001 works the EARLY Mon–Fri pattern, so the schedule has
     * A001 on weekdays only, and the adherence page lists the demo's teams.
     */
    @Test
    void theDemoPublishesAScheduleOnTheDaysItsAgentsWorkedAndAdherenceShowsForThem() throws Exception {
        var demo = planning.published().stream()
                .filter(version -> planning.run(version.runId()).orElseThrow().requirementLabel()
                        .startsWith("Demo centre rota"))
                .findFirst()
                .orElseThrow();
        assertThat(planning.versions(demo.runId())).hasSizeGreaterThanOrEqualTo(1);
        var a001 = planning.shifts(demo.id()).stream().filter(shift -> shift.agentId().equals("A001")).toList();
        assertThat(a001).isNotEmpty().allSatisfy(shift -> assertThat(shift.day().getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

        var report = reports.of(demo.id());

        assertThat(report.agents()).hasSizeGreaterThan(40);
        assertThat(report.teams()).extracting(TeamDayAdherence::team).contains("T1", "T6");
        assertThat(report.agents()).anySatisfy(agent -> assertThat(agent.worked()).isPositive());
        var page = mvc.perform(get("/schedules/adherence").param("version", String.valueOf(demo.id()))
                        .with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Per team and day").contains("data-adherence-figure");
    }

    private void event(String agent, LocalDate day, String time, String state, long load) {
        jdbc.sql("""
                INSERT INTO agent_state_event (source, agent_id, occurred_at, state, reason, contact_source_id, load_id)
                VALUES ('test', :agent, :at, :state, :reason, '', :load)""")
                .param("agent", agent)
                .param("at", at(day, time).atOffset(ZoneOffset.UTC))
                .param("state", state)
                .param("reason", state.equals("PAUSE") ? "LUNCH" : null, Types.VARCHAR)
                .param("load", load)
                .update();
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }
}
