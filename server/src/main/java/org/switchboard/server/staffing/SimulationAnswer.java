package org.switchboard.server.staffing;

import java.util.List;
import java.util.Locale;
import org.switchboard.engine.staffing.simulation.Estimate;

/**
 * A simulation of one interval beside the analytic model for the same inputs: each figure as the simulation's mean
 * with its 95 % confidence interval and as the formula gives it, and the formula's assumptions that the inputs break.
 *
 * @param question the question simulated
 * @param trafficErlangs offered load of fresh calls, contacts × AHT / interval
 * @param model the analytic model the figures are compared with
 * @param figures the figures, in the order of {@link Metric}
 * @param broken the formula's assumptions the inputs break, empty when they hold
 * @param attemptsPerCustomer simulated mean attempts per fresh caller, 1 without redials
 * @param attemptsSimulated every call attempt simulated, warm-up included
 */
public record SimulationAnswer(
        SimulationQuestion question,
        double trafficErlangs,
        AnalyticModel model,
        List<Figure> figures,
        List<Assumption> broken,
        Estimate attemptsPerCustomer,
        long attemptsSimulated) {

    /** Copies the lists. */
    public SimulationAnswer {
        figures = List.copyOf(figures);
        broken = List.copyOf(broken);
    }

    /** {@return whether every analytic figure lies within the simulation's confidence interval} */
    public boolean agrees() {
        return figures.stream().allMatch(Figure::agrees);
    }

    /** The formula the simulation is compared with. */
    public enum AnalyticModel {
        /** M/M/N, nobody hangs up, unlimited lines. */
        ERLANG_C,
        /** M/M/N+M: exponential patience with the entered mean. */
        ERLANG_A,
        /** Erlang A with redials and finite lines (the fixed-point approximation of the engine's {@code ErlangX}). */
        ERLANG_X;

        /** {@return the name in the REST API and the message keys, e.g. {@code erlang-x}} */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** An assumption of the formulas that the simulated inputs break. */
    public enum Assumption {
        /** Handle times are not exponential (log-normal or deterministic). */
        HANDLE_TIME,
        /** Patience is not exponential (log-normal or deterministic); the formula uses an exponential of that mean. */
        PATIENCE,
        /** Redials are not a Poisson stream independent of the queue: they come back to the congestion. */
        REDIALS;

        /** {@return the name in the REST API and the message keys, e.g. {@code handle-time}} */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A figure of the comparison. */
    public enum Metric {
        /** Share of attempts answered within T. */
        SERVICE_LEVEL(false),
        /** Share of attempts that queue. */
        PROB_WAIT(false),
        /** Share of attempts that hang up while waiting. */
        PROB_ABANDON(false),
        /** Share of attempts that find every line busy. */
        PROB_BLOCK(false),
        /** Mean wait of answered attempts, seconds. */
        ASA(true),
        /** Mean wait of admitted attempts, answered or abandoned, seconds. */
        MEAN_WAIT(true),
        /** Share of agent time spent handling. */
        OCCUPANCY(false);

        private final boolean seconds;

        Metric(boolean seconds) {
            this.seconds = seconds;
        }

        /** {@return whether the figure is a time in seconds (else a share 0–1)} */
        public boolean seconds() {
            return seconds;
        }

        /** {@return the name in the message keys, e.g. {@code service-level}} */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One figure: simulated and analytic.
     *
     * @param metric which figure
     * @param simulated the simulation's mean and 95 % confidence interval
     * @param analytic the formula's value
     */
    public record Figure(Metric metric, Estimate simulated, double analytic) {

        /** Slack for rounding when an interval has no width (e.g. no blocking without a line limit). */
        private static final double ROUNDING = 1e-9;

        /** {@return whether the analytic value lies within the simulation's confidence interval} */
        public boolean agrees() {
            return simulated.lowerBound() - ROUNDING <= analytic && analytic <= simulated.upperBound() + ROUNDING;
        }

        /** {@return the analytic value minus the simulated mean} */
        public double difference() {
            return analytic - simulated.mean();
        }
    }
}
