package org.switchboard.engine.demo.internal;

import java.util.random.RandomGenerator;
import org.switchboard.engine.demo.SurveyMetric;

/**
 * How surveyed customers answer: an ordered-logit (proportional-odds) model on one latent satisfaction per contact.
 *
 * <p>The latent satisfaction of a contact is
 * <pre>
 *   η = 0.4 + 2.2·resolved − 0.006·min(wait s, 600) − 0.7·transferred − 0.9·complaint − 0.4·repeat + r(agent)
 * </pre>
 * where {@code wait} is the customer's total wait (both legs of a transfer), {@code transferred} says the customer was
 * transferred to this queue, {@code repeat} that the customer came back about an issue not solved before, and
 * r(agent) ~ N(0, 0.35²) is the agent's own effect. An answer on a metric with cut points θ₁ &lt; … &lt; θ_K is
 * <pre>
 *   P(Y ≤ min + k − 1) = 1 / (1 + exp(−(θ_k − η)))          (cumulative logit, k = 1..K)
 *   sampled as  Y = min + #{k : θ_k &lt; η + L},   L = ln(U / (1 − U)),  U ~ Uniform(0, 1)
 * </pre>
 * (L is standard logistic, which makes the two lines the same model). CES gets η − 0.5 when transferred, since a
 * transfer is effort above all. Cut points: CSAT (1–5) −2.0, −0.8, 0.4, 1.8; CES (1–7) −2.5, −1.5, −0.5, 0.9, 1.9,
 * 3.0; NPS (0–10) −3.0, −2.4, −1.8, −1.2, −0.6, 0.0, 0.6, 1.4, 2.2, 3.4. A resolved contact answered at once by an
 * average agent (η = 2.6) then scores CSAT 4–5 with probability 0.90 and 1 with 0.01; an unresolved one (η = 0.4)
 * 0.50 and 0.08.
 *
 * <p>Source of the model: P. McCullagh, "Regression Models for Ordinal Data", J. R. Statist. Soc. B 42(2), 1980,
 * pp. 109–142 (the proportional-odds model, §2); A. Agresti, <i>Analysis of Ordinal Categorical Data</i>, 2nd ed.,
 * Wiley 2010, ch. 3.
 */
final class SurveyModel {

    private static final double[] CSAT_CUTS = {-2.0, -0.8, 0.4, 1.8};
    private static final double[] CES_CUTS = {-2.5, -1.5, -0.5, 0.9, 1.9, 3.0};
    private static final double[] NPS_CUTS = {-3.0, -2.4, -1.8, -1.2, -0.6, 0.0, 0.6, 1.4, 2.2, 3.4};
    private static final double CES_TRANSFER_PENALTY = 0.5;

    private SurveyModel() {}

    /** {@return the latent satisfaction η of a contact} */
    static double latent(
            boolean resolved,
            long waitSeconds,
            boolean transferred,
            boolean complaint,
            boolean repeat,
            double agentRating) {
        return 0.4
                + (resolved ? 2.2 : 0)
                - 0.006 * Math.min(waitSeconds, 600)
                - (transferred ? 0.7 : 0)
                - (complaint ? 0.9 : 0)
                - (repeat ? 0.4 : 0)
                + agentRating;
    }

    /** {@return an answer to a metric drawn for latent satisfaction η} */
    static int answer(SurveyMetric metric, double eta, boolean transferred, RandomGenerator rng) {
        return switch (metric) {
            case CSAT -> ordinal(eta, CSAT_CUTS, metric.scaleMin(), rng);
            case NPS -> ordinal(eta, NPS_CUTS, metric.scaleMin(), rng);
            case CES -> ordinal(eta - (transferred ? CES_TRANSFER_PENALTY : 0), CES_CUTS, metric.scaleMin(), rng);
        };
    }

    private static int ordinal(double eta, double[] cuts, int min, RandomGenerator rng) {
        double u = rng.nextDouble(Math.ulp(1.0), 1.0);
        double latent = eta + Math.log(u / (1 - u));
        int k = 0;
        while (k < cuts.length && latent > cuts[k]) {
            k++;
        }
        return min + k;
    }
}
