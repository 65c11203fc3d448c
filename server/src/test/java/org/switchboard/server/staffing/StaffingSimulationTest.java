package org.switchboard.server.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.switchboard.server.staffing.SimulationAnswer.AnalyticModel;
import org.switchboard.server.staffing.SimulationAnswer.Assumption;
import org.switchboard.server.staffing.SimulationQuestion.Shape;

/** Which formula a simulation is compared with, which assumptions it names, its bounds and its timer. */
class StaffingSimulationTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final StaffingSimulation simulation = new StaffingSimulation(meters);

    @Test
    void exponentialTimesWithoutRedialsOrLinesAreErlangAAndBreakNothing() {
        var answer = simulation.simulate(question(Shape.EXPONENTIAL, Shape.EXPONENTIAL, 0, OptionalInt.empty()));

        assertThat(answer.model()).isEqualTo(AnalyticModel.ERLANG_A);
        assertThat(answer.broken()).isEmpty();
        assertThat(answer.figures()).hasSize(SimulationAnswer.Metric.values().length);
        // no line limit: nothing is blocked, in the simulation or the formula
        var block = answer.figures().get(SimulationAnswer.Metric.PROB_BLOCK.ordinal());
        assertThat(block.simulated().mean()).isZero();
        assertThat(block.agrees()).isTrue();
        assertThat(meters.get(StaffingSimulation.TIMER).tag("model", "erlang-a").timer().count()).isOne();
    }

    @Test
    void noPatienceAndUnlimitedLinesIsErlangC() {
        var answer = simulation.simulate(question(Shape.EXPONENTIAL, Shape.NONE, 0.5, OptionalInt.empty()));

        assertThat(answer.model()).isEqualTo(AnalyticModel.ERLANG_C);
        assertThat(answer.broken()).as("nobody abandons, so nobody redials after abandoning").isEmpty();
        assertThat(answer.figures().get(SimulationAnswer.Metric.PROB_ABANDON.ordinal()).analytic()).isZero();
    }

    @Test
    void linesOrRedialsAreErlangXAndEveryBrokenAssumptionIsNamed() {
        var answer = simulation.simulate(question(Shape.LOG_NORMAL, Shape.DETERMINISTIC, 0.3, OptionalInt.of(16)));

        assertThat(answer.model()).isEqualTo(AnalyticModel.ERLANG_X);
        assertThat(answer.broken()).containsExactly(Assumption.HANDLE_TIME, Assumption.PATIENCE, Assumption.REDIALS);
        assertThat(answer.attemptsPerCustomer().mean()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        var question = question(Shape.LOG_NORMAL, Shape.EXPONENTIAL, 0, OptionalInt.empty());

        assertThat(simulation.simulate(question).figures()).isEqualTo(simulation.simulate(question).figures());
    }

    @Test
    void aRunBeyondTheBoundIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SimulationQuestion(
                        100, 30, 180, Shape.EXPONENTIAL, 1, 12, 120, Shape.EXPONENTIAL, 1, 0, 0, 60,
                        OptionalInt.empty(), 20, 50, 40_001, 1))
                .withMessageContaining("at most 2000000");
    }

    private static SimulationQuestion question(Shape handleTime, Shape patience, double redial, OptionalInt lines) {
        return new SimulationQuestion(
                100, 30, 180, handleTime, 1.2, 12, 120, patience, 0.5, redial, redial, 60, lines, 20, 5, 2_000, 17);
    }
}
