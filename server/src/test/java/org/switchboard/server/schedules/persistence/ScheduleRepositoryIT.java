package org.switchboard.server.schedules.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.switchboard.server.schedules.RequirementPoint;
import org.switchboard.server.schedules.RosterBreak;
import org.switchboard.server.schedules.RosterShift;
import org.switchboard.server.schedules.RunProblem;
import org.switchboard.server.schedules.RunStatus;
import org.switchboard.server.schedules.ScheduleFigures;
import org.switchboard.server.schedules.VersionStatus;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link ScheduleRepository} on a real database: H2 in the default Failsafe run, PostgreSQL in the
 * {@code postgres} run (tag {@code database}). Runs are told apart by unique labels, as the database is shared.
 */
@SwitchboardIntegrationTest
@Tag("database")
class ScheduleRepositoryIT {

    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);
    private static final Instant STARTED = Instant.parse("2030-01-01T10:00:00Z");
    private static final Instant NINE = Instant.parse("2030-01-07T09:00:00Z");

    @Autowired
    ScheduleRepository repository;

    @Test
    void aRunKeepsItsRequirementAndEndsWithItsExplanation() {
        var label = UniqueNames.of("req");
        var requirement = List.of(
                new RequirementPoint(NINE, "chat", 2),
                new RequirementPoint(NINE, "service", 5),
                new RequirementPoint(NINE.plusSeconds(900), "service", 6));

        long id = repository.insertRun(label, Optional.empty(), MONDAY, MONDAY.plusDays(7), 15, 30, "planner",
                STARTED, requirement);

        var run = repository.run(id).orElseThrow();
        assertThat(run.requirementLabel()).isEqualTo(label);
        assertThat(run.requirementSetId()).isEmpty();
        assertThat(run.periodStart()).isEqualTo(MONDAY);
        assertThat(run.periodEnd()).isEqualTo(MONDAY.plusDays(7));
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.startedAt()).isEqualTo(STARTED);
        assertThat(run.finishedAt()).isEmpty();
        assertThat(repository.requirement(id)).containsExactlyElementsOf(requirement);

        var problems = List.of(
                new RunProblem("DEMAND_NOT_COVERABLE", "service", Optional.of(NINE), "no template covers 09:00"),
                new RunProblem("NO_AGENTS", "", Optional.empty(), "there are no agents"));
        repository.insertProblems(id, problems);
        repository.finishRun(id, RunStatus.INFEASIBLE, STARTED.plusSeconds(3), Optional.empty());

        var ended = repository.run(id).orElseThrow();
        assertThat(ended.status()).isEqualTo(RunStatus.INFEASIBLE);
        assertThat(ended.finishedAt()).contains(STARTED.plusSeconds(3));
        assertThat(ended.explanation()).isEmpty();
        assertThat(repository.problems(id)).containsExactlyElementsOf(problems);
        assertThat(repository.latestRuns(1000)).extracting(r -> r.id()).contains(id);
    }

    @Test
    void versionsAreNumberedStoredWithShiftsAndBreaksAndPublishedOnce() {
        long runId = repository.insertRun(UniqueNames.of("req"), Optional.of(42L), MONDAY, MONDAY.plusDays(1), 15,
                10, "planner", STARTED, List.of());
        var figures = new ScheduleFigures(120.5, 118.0, 0.0207, 9.5, 1.25, 2.5, 16.0, 0);
        var shifts = List.of(
                new RosterShift("A001", MONDAY, "service", "DAY", NINE, NINE.plusSeconds(8 * 3600), List.of(
                        new RosterBreak(NINE.plusSeconds(2 * 3600), NINE.plusSeconds(2 * 3600 + 900), true),
                        new RosterBreak(NINE.plusSeconds(4 * 3600), NINE.plusSeconds(4 * 3600 + 1800), false))),
                new RosterShift("A002", MONDAY, "service", "DAY", NINE, NINE.plusSeconds(8 * 3600), List.of()));

        long first = repository.insertVersion(runId, "planner", STARTED, "solver", figures, shifts);
        long second = repository.insertVersion(runId, "planner", STARTED.plusSeconds(60), "moved a shift", figures,
                shifts.subList(1, 2));

        assertThat(repository.run(runId).orElseThrow().requirementSetId()).contains(42L);
        assertThat(repository.versions(runId)).extracting(v -> v.number()).containsExactly(1, 2);
        var version = repository.version(first).orElseThrow();
        assertThat(version.figures()).isEqualTo(figures);
        assertThat(version.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(version.publishedAt()).isEmpty();
        assertThat(repository.shifts(first)).containsExactlyElementsOf(shifts);
        assertThat(repository.shifts(second)).containsExactly(shifts.get(1));

        assertThat(repository.publish(second, "manager", STARTED.plusSeconds(120))).isTrue();
        assertThat(repository.publish(second, "manager", STARTED.plusSeconds(180)))
                .as("a published version is not published again")
                .isFalse();
        var published = repository.version(second).orElseThrow();
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.publishedBy()).contains("manager");
        assertThat(published.publishedAt()).contains(STARTED.plusSeconds(120));
        assertThat(repository.published()).extracting(v -> v.id()).contains(second).doesNotContain(first);
    }
}
