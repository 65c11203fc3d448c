package org.switchboard.engine.voice.drivers;

import java.util.ArrayList;
import java.util.Optional;
import org.switchboard.engine.voice.ShareIntervals;

/**
 * Driver analysis of a binary outcome (CSAT: answer in the top box; CDSAT: answer in the bottom box; analysed
 * separately) by logistic regression on categorical drivers: wait-time band, transferred, repeat contact, queue,
 * agent, reason, answers to other survey items.
 *
 * <p><b>Method.</b> Each driver is coded with one indicator per level against a reference level (named in the
 * settings, else the most frequent); the model is
 * <pre>
 *   logit P(outcome) = β₀ + Σ_drivers β_level
 * </pre>
 * fitted by maximum likelihood with iteratively reweighted least squares on the aggregated cells ({@link Irls}). The
 * effect of a level is its odds ratio e^β against the reference, <em>adjusted for all other drivers</em> (a long
 * wait and a transfer often come together; the model separates them), with the Wald interval e^(β ± z·SE), SE from
 * the inverse Fisher information, and the p-value of β = 0. An odds ratio of 0.5 for "transferred: yes" means the
 * odds of a satisfied customer are halved by a transfer, other drivers equal. Source: A. Agresti, <i>Categorical Data
 * Analysis</i>, 3rd ed., Wiley 2013, ch. 4–5; D. W. Hosmer, S. Lemeshow, R. X. Sturdivant, <i>Applied Logistic
 * Regression</i>, 3rd ed., Wiley 2013, ch. 3.
 *
 * <p><b>What is not estimated, and why</b> (an explicit status, never a wild number):
 * <ul>
 *   <li>{@link EffectStatus#TOO_FEW_RESPONSES}: fewer responses than the minimum (default 30);</li>
 *   <li>{@link EffectStatus#SEPARATED}: all responses of the level are outcomes, or none (the odds ratio would be
 *       infinite); these levels and their responses are left out of the fit, repeatedly, before fitting;</li>
 *   <li>{@link EffectStatus#ALIASED}: the level is determined by other levels (an agent who only works one queue);</li>
 *   <li>{@link FitStatus#NOT_CONVERGED}: separation by a combination of levels; {@link FitStatus#TOO_FEW_RESPONSES}:
 *       nothing left to fit, or no variation in the outcome.</li>
 * </ul>
 * Checked against R's {@code glm(…, family = binomial)} on the Berkeley admissions data (see the tests).
 */
public final class LogisticDrivers {

    private LogisticDrivers() {}

    /**
     * {@return the driver effects on the outcome}
     *
     * @param data the responses, aggregated by driver levels
     * @param settings minimum responses per level, confidence, reference levels
     */
    public static DriverReport fit(DriverData data, DriverSettings settings) {
        var screen = LevelScreen.of(data, settings);
        var design = DesignMatrix.of(data, screen);
        var included = screen.included();
        long outcomes = included[0];
        long responses = included[1];
        if (responses < settings.minimumResponses() || outcomes == 0 || outcomes == responses) {
            return report(data, screen, design, FitStatus.TOO_FEW_RESPONSES, responses, outcomes, Optional.empty(),
                    settings);
        }
        var fit = Irls.fit(design, outcomes, responses);
        var status = fit.converged() ? FitStatus.FITTED : FitStatus.NOT_CONVERGED;
        return report(data, screen, design, status, responses, outcomes, Optional.of(fit), settings);
    }

    private static DriverReport report(
            DriverData data,
            LevelScreen screen,
            DesignMatrix design,
            FitStatus status,
            long responses,
            long outcomes,
            Optional<Irls.Fit> fit,
            DriverSettings settings) {
        double z = ShareIntervals.z(settings.confidence());
        var effects = new ArrayList<DriverEffect>();
        for (int f = 0; f < data.factors().size(); f++) {
            var levels = data.levels(f);
            int reference = screen.reference(f);
            var referenceName = reference < 0 ? "" : levels.get(reference);
            var order = new ArrayList<Integer>();
            if (reference >= 0) {
                order.add(reference);
            }
            for (int l = 0; l < levels.size(); l++) {
                if (l != reference) {
                    order.add(l);
                }
            }
            for (int l : order) {
                var levelStatus = screen.status(f, l);
                Optional<OddsRatio> oddsRatio = Optional.empty();
                if (levelStatus == EffectStatus.ESTIMATED) {
                    if (status == FitStatus.FITTED) {
                        oddsRatio = Optional.of(oddsRatio(fit.orElseThrow(), design.columnOf[f][l], z));
                    } else {
                        levelStatus = EffectStatus.NOT_ESTIMATED;
                    }
                }
                effects.add(new DriverEffect(
                        data.factors().get(f),
                        levels.get(l),
                        referenceName,
                        screen.responses(f, l),
                        screen.outcomes(f, l),
                        levelStatus,
                        oddsRatio));
            }
        }
        int iterations = fit.map(Irls.Fit::iterations).orElse(0);
        return new DriverReport(status, responses, outcomes, iterations, effects);
    }

    private static OddsRatio oddsRatio(Irls.Fit fit, int column, double z) {
        double beta = fit.beta()[column];
        double se = Math.sqrt(fit.covariance().getEntry(column, column));
        return new OddsRatio(
                beta,
                se,
                Math.exp(beta),
                Math.exp(beta - z * se),
                Math.exp(beta + z * se),
                ShareIntervals.twoSidedPValue(beta / se));
    }
}
