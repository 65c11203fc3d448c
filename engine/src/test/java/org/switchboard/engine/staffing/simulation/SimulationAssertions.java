package org.switchboard.engine.staffing.simulation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How tests compare an analytic figure with a simulated one: the analytic value must lie within the simulation's 95 %
 * confidence interval widened by half (±1.5 half-widths ≈ ±2.9 standard errors, a 99.6 % band). With four to nine
 * figures per case, plain 95 % intervals would each miss 1 time in 20 by chance, and a fixed seed would hide that only
 * until someone changes it.
 */
public final class SimulationAssertions {

    private SimulationAssertions() {}

    /**
     * Asserts that a simulated estimate agrees with an analytic value.
     *
     * @param simulated the simulated estimate
     * @param analytic the analytic value
     * @param figure the figure's name for the failure message
     */
    public static void assertAgrees(Estimate simulated, double analytic, String figure) {
        assertThat(Math.abs(simulated.mean() - analytic))
                .as("%s: simulated %s vs analytic %s", figure, simulated, analytic)
                .isLessThanOrEqualTo(1.5 * simulated.halfWidth() + 1e-12);
    }
}
