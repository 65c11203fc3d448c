package org.switchboard.server.staffing.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link RequirementSetRepository} on a real database: H2 in the default Failsafe run, PostgreSQL in the
 * {@code postgres} run (tag {@code database}). Sets are told apart by unique names, as the database is shared.
 */
@SwitchboardIntegrationTest
@Tag("database")
class RequirementSetRepositoryIT {

    private static final Instant CREATED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant EIGHT = Instant.parse("2026-03-02T07:00:00Z");
    private static final Instant QUARTER_PAST = Instant.parse("2026-03-02T07:15:00Z");
    private static final StaffingParameters PARAMETERS = StaffingParameters.decode(
            "model=erlang-a;interval-minutes=15;sl-target=0.8;sl-seconds=20;max-abandon=0.05;patience=90;shrinkage=0.3");

    @Autowired
    RequirementSetRepository repository;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSetIsStoredWithItsIntervalsAndReadBack() {
        var name = UniqueNames.of("set");
        var intervals = List.of(
                interval(EIGHT, "sales", 100, 12, OptionalDouble.of(0.83)),
                interval(EIGHT, "service", 50, 7, OptionalDouble.of(0.81)),
                interval(QUARTER_PAST, "sales", 0, 0, OptionalDouble.empty()),
                interval(QUARTER_PAST, "service", 60, 8, OptionalDouble.of(0.85)));

        long id = repository.insert(name, CREATED, "planner", PARAMETERS, "forecast.xlsx", intervals);

        var set = repository.find(id).orElseThrow();
        assertThat(set.name()).isEqualTo(name);
        assertThat(set.createdAt()).isEqualTo(CREATED);
        assertThat(set.createdBy()).isEqualTo("planner");
        assertThat(set.sourceFile()).isEqualTo("forecast.xlsx");
        assertThat(set.parameters()).isEqualTo(PARAMETERS);
        assertThat(set.intervals()).isEqualTo(4);
        assertThat(set.peakAgents()).as("summed over queues per interval").isEqualTo(19);
        assertThat(repository.intervals(id)).containsExactlyElementsOf(intervals);
        assertThat(repository.findAll()).extracting(RequirementSet::id).contains(id);
    }

    @Test
    void anIntervalWithoutAQueueUsesTheEmptyQueue() {
        var intervals = List.of(interval(EIGHT, "", 10, 3, OptionalDouble.of(0.9)));

        long id = repository.insert(UniqueNames.of("noqueue"), CREATED, "planner", PARAMETERS, "f.csv", intervals);

        assertThat(repository.intervals(id)).containsExactlyElementsOf(intervals);
    }

    @Test
    void theNewestSetIsListedFirst() {
        long older = repository.insert(UniqueNames.of("older"), CREATED, "planner", PARAMETERS, "f.csv", List.of());
        long newer = repository.insert(
                UniqueNames.of("newer"), CREATED.plusSeconds(60), "planner", PARAMETERS, "f.csv", List.of());

        var ids = repository.findAll().stream().map(RequirementSet::id).toList();

        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        assertThat(repository.find(older).orElseThrow().intervals()).isZero();
    }

    @Test
    void aRolledBackInsertLeavesNothing() {
        var name = UniqueNames.of("ghost");
        var ids = new long[1];

        transaction.executeWithoutResult(status -> {
            ids[0] = repository.insert(name, CREATED, "planner", PARAMETERS, "f.csv",
                    List.of(interval(EIGHT, "", 10, 3, OptionalDouble.of(0.9))));
            status.setRollbackOnly();
        });

        assertThat(repository.find(ids[0])).isEmpty();
        assertThat(repository.intervals(ids[0])).isEmpty();
    }

    @Test
    void anUnknownSetIsAbsent() {
        assertThat(repository.find(-1)).isEmpty();
    }

    private static RequirementInterval interval(
            Instant start, String queue, double contacts, int agents, OptionalDouble serviceLevel) {
        var empty = OptionalDouble.empty();
        return contacts == 0
                ? new RequirementInterval(start, queue, 0, 0, 0, 0, empty, empty, empty, empty)
                : new RequirementInterval(start, queue, contacts, 180.5, agents, agents / 0.7, serviceLevel,
                        OptionalDouble.of(12.25), OptionalDouble.of(0.02), OptionalDouble.of(0.75));
    }
}
