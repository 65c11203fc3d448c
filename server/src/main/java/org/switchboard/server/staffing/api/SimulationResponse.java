package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.switchboard.engine.staffing.simulation.Estimate;
import org.switchboard.server.staffing.SimulationAnswer;

/**
 * A simulation beside the analytic model: each figure's simulated mean and 95 % confidence interval, the formula's
 * value and whether it lies within the interval; the formula's assumptions the inputs break.
 *
 * @param trafficErlangs offered load of fresh calls
 * @param analyticModel {@code erlang-c}, {@code erlang-a} or {@code erlang-x}
 * @param brokenAssumptions {@code handle-time}, {@code patience}, {@code redials}: assumptions of the formula the inputs
 *     break
 * @param figures serviceLevel, probWait, probAbandon, probBlock (shares 0–1), asaSeconds, meanWaitSeconds, occupancy
 * @param attemptsPerCustomer simulated attempts per fresh caller
 * @param replications replications run
 * @param callsPerReplication fresh calls measured per replication
 * @param attemptsSimulated every attempt simulated, warm-up included
 * @param seed the seed used: send it again to get the same result
 */
@Schema(description = "Simulated figures with 95 % confidence intervals beside the analytic model")
public record SimulationResponse(
        double trafficErlangs,
        String analyticModel,
        List<String> brokenAssumptions,
        List<FigureDto> figures,
        EstimateDto attemptsPerCustomer,
        int replications,
        int callsPerReplication,
        long attemptsSimulated,
        long seed) {

    static SimulationResponse from(SimulationAnswer answer) {
        var question = answer.question();
        return new SimulationResponse(
                answer.trafficErlangs(),
                answer.model().slug(),
                answer.broken().stream().map(SimulationAnswer.Assumption::slug).toList(),
                answer.figures().stream().map(FigureDto::from).toList(),
                EstimateDto.from(answer.attemptsPerCustomer()),
                question.replications(),
                question.callsPerReplication(),
                answer.attemptsSimulated(),
                question.seed());
    }

    /**
     * One figure.
     *
     * @param name serviceLevel, probWait, probAbandon, probBlock, asaSeconds, meanWaitSeconds or occupancy
     * @param simulated the simulated mean with its 95 % confidence interval
     * @param analytic the formula's value
     * @param withinInterval whether the formula's value lies within the confidence interval
     */
    @Schema(description = "A figure: simulated with its confidence interval, and analytic")
    public record FigureDto(String name, EstimateDto simulated, double analytic, boolean withinInterval) {

        static FigureDto from(SimulationAnswer.Figure figure) {
            return new FigureDto(
                    name(figure.metric()), EstimateDto.from(figure.simulated()), figure.analytic(), figure.agrees());
        }

        private static String name(SimulationAnswer.Metric metric) {
            return switch (metric) {
                case SERVICE_LEVEL -> "serviceLevel";
                case PROB_WAIT -> "probWait";
                case PROB_ABANDON -> "probAbandon";
                case PROB_BLOCK -> "probBlock";
                case ASA -> "asaSeconds";
                case MEAN_WAIT -> "meanWaitSeconds";
                case OCCUPANCY -> "occupancy";
            };
        }
    }

    /**
     * A mean with its 95 % confidence interval.
     *
     * @param mean mean over the replications
     * @param lowerBound lower end of the interval
     * @param upperBound upper end of the interval
     */
    @Schema(description = "Mean over replications with its 95 % confidence interval")
    public record EstimateDto(double mean, double lowerBound, double upperBound) {

        static EstimateDto from(Estimate estimate) {
            return new EstimateDto(estimate.mean(), estimate.lowerBound(), estimate.upperBound());
        }
    }
}
