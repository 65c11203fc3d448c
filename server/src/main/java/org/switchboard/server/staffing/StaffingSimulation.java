package org.switchboard.server.staffing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.switchboard.engine.staffing.ErlangA;
import org.switchboard.engine.staffing.ErlangC;
import org.switchboard.engine.staffing.ErlangX;
import org.switchboard.engine.staffing.QueuePerformance;
import org.switchboard.engine.staffing.Workload;
import org.switchboard.engine.staffing.simulation.QueueSimulator;
import org.switchboard.engine.staffing.simulation.Retrials;
import org.switchboard.engine.staffing.simulation.RunLength;
import org.switchboard.engine.staffing.simulation.SimulationResult;
import org.switchboard.engine.staffing.simulation.SimulationSpec;
import org.switchboard.engine.staffing.simulation.TimeDistribution;

/**
 * Simulates one interval with the engine's {@link QueueSimulator} and sets the analytic model for the same inputs
 * beside it: Erlang X when lines are limited or callers redial, else Erlang A when callers hang up (with an exponential
 * patience of the entered mean), else Erlang C. Non-exponential handle times and patience go into the formulas by
 * their mean only.
 *
 * <p>Metrics: timer {@value #TIMER} (tag {@code model}: the analytic model compared with), one sample per simulation.
 */
@Service
public class StaffingSimulation {

    /** Name of the timer of simulation runs. */
    public static final String TIMER = "switchboard.staffing.simulation.duration";

    /** Patience standing for "never hangs up" in Erlang X with lines: about a century, θ ≈ 3e−10 per second. */
    private static final Duration NEVER = Duration.ofDays(36_500);

    private final MeterRegistry meters;

    StaffingSimulation(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * Simulates and compares.
     *
     * @param question the interval, its distributions and the run length
     * @return the simulated figures with their confidence intervals beside the analytic ones
     */
    public SimulationAnswer simulate(SimulationQuestion question) {
        var model = analyticModel(question);
        var sample = Timer.start(meters);
        try {
            var result = QueueSimulator.simulate(spec(question), QueueSimulator.random(question.seed()));
            return answer(question, model, result);
        } finally {
            sample.stop(meters.timer(TIMER, "model", model.slug()));
        }
    }

    /** {@return the analytic model for these inputs} */
    static SimulationAnswer.AnalyticModel analyticModel(SimulationQuestion question) {
        if (question.lines().isPresent() || question.redials()) {
            return SimulationAnswer.AnalyticModel.ERLANG_X;
        }
        return question.abandons() ? SimulationAnswer.AnalyticModel.ERLANG_A : SimulationAnswer.AnalyticModel.ERLANG_C;
    }

    private static SimulationSpec spec(SimulationQuestion question) {
        double arrivals = question.arrivalsPerSecond();
        var spec = new SimulationSpec(
                arrivals,
                question.agents(),
                distribution(question.handleTime(), question.ahtSeconds(), question.handleTimeCv()),
                distribution(question.patience(), question.patienceSeconds(), question.patienceCv()),
                question.redials()
                        ? new Retrials(
                                question.redialAfterAbandonment(),
                                question.redialAfterBlocking(),
                                StaffingCalculator.seconds(question.redialDelaySeconds()))
                        : Retrials.none(),
                question.lines(),
                StaffingCalculator.seconds(question.serviceLevelSeconds()),
                RunLength.ofArrivals(arrivals, question.callsPerReplication(), question.replications()));
        return spec;
    }

    private static TimeDistribution distribution(SimulationQuestion.Shape shape, double meanSeconds, double cv) {
        return switch (shape) {
            case EXPONENTIAL -> TimeDistribution.exponential(StaffingCalculator.seconds(meanSeconds));
            case LOG_NORMAL -> TimeDistribution.logNormal(StaffingCalculator.seconds(meanSeconds), cv);
            case DETERMINISTIC -> TimeDistribution.deterministic(StaffingCalculator.seconds(meanSeconds));
            case NONE -> TimeDistribution.infinite();
        };
    }

    private static SimulationAnswer answer(
            SimulationQuestion question, SimulationAnswer.AnalyticModel model, SimulationResult result) {
        double[] analytic = analytic(question, model);
        var simulated = List.of(
                result.serviceLevel(),
                result.probWait(),
                result.probAbandon(),
                result.probBlock(),
                result.asaSeconds(),
                result.meanWaitAllSeconds(),
                result.occupancy());
        var metrics = SimulationAnswer.Metric.values();
        var figures = new ArrayList<SimulationAnswer.Figure>();
        for (int i = 0; i < metrics.length; i++) {
            figures.add(new SimulationAnswer.Figure(metrics[i], simulated.get(i), analytic[i]));
        }
        return new SimulationAnswer(
                question,
                question.offeredErlangs(),
                model,
                figures,
                broken(question),
                result.attemptsPerCustomer(),
                result.attemptsSimulated());
    }

    /** {@return the analytic figures in the order of {@link SimulationAnswer.Metric}} */
    private static double[] analytic(SimulationQuestion question, SimulationAnswer.AnalyticModel model) {
        var workload = Workload.of(question.contacts(), question.intervalMinutes(), question.ahtSeconds());
        var threshold = StaffingCalculator.seconds(question.serviceLevelSeconds());
        int agents = question.agents();
        if (model == SimulationAnswer.AnalyticModel.ERLANG_X) {
            var patience =
                    question.abandons() ? StaffingCalculator.seconds(question.patienceSeconds()) : NEVER;
            var erlangX = ErlangX.of(patience)
                    .withRedials(
                            question.abandons() ? question.redialAfterAbandonment() : 0,
                            question.lines().isPresent() ? question.redialAfterBlocking() : 0);
            if (question.lines().isPresent()) {
                erlangX = erlangX.withLines(question.lines().getAsInt());
            }
            var x = erlangX.evaluate(workload, agents, threshold);
            return new double[] {
                x.serviceLevel(),
                x.probWait(),
                x.probAbandon(),
                x.probBlock(),
                x.asaSeconds(),
                x.meanWaitAllSeconds(),
                x.occupancy()
            };
        }
        QueuePerformance performance = model == SimulationAnswer.AnalyticModel.ERLANG_A
                ? new ErlangA(StaffingCalculator.seconds(question.patienceSeconds())).evaluate(workload, agents, threshold)
                : new ErlangC().evaluate(workload, agents, threshold);
        return new double[] {
            performance.serviceLevel(),
            performance.probWait(),
            performance.probAbandon(),
            0,
            performance.asaSeconds(),
            performance.meanWaitAllSeconds(),
            performance.occupancy()
        };
    }

    private static List<SimulationAnswer.Assumption> broken(SimulationQuestion question) {
        var broken = new ArrayList<SimulationAnswer.Assumption>();
        if (question.handleTime() != SimulationQuestion.Shape.EXPONENTIAL) {
            broken.add(SimulationAnswer.Assumption.HANDLE_TIME);
        }
        if (question.abandons() && question.patience() != SimulationQuestion.Shape.EXPONENTIAL) {
            broken.add(SimulationAnswer.Assumption.PATIENCE);
        }
        if (question.redials()) {
            broken.add(SimulationAnswer.Assumption.REDIALS);
        }
        return broken;
    }
}
