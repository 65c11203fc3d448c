package org.switchboard.engine.forecast.internal;

/**
 * Deterministic minimisation of a smooth loss over a box of smoothing parameters: cyclic coordinate descent, each
 * coordinate minimised by golden-section search on its interval (Press et al., <i>Numerical Recipes</i>, 3rd ed.,
 * §10.2 and §10.7). Smoothing-parameter losses are smooth and close to unimodal per coordinate, which is what this
 * needs; it uses no randomness, so a fit is reproducible.
 */
final class CoordinateSearch {

    /** The loss to minimise. */
    @FunctionalInterface
    interface Loss {
        /**
         * {@return the loss at a parameter vector}
         *
         * @param parameters the parameters, not to be kept
         */
        double at(double[] parameters);
    }

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    private static final int SWEEPS = 2;
    private static final int STEPS = 16;

    private CoordinateSearch() {}

    /**
     * Minimises the loss.
     *
     * @param loss the loss
     * @param start the starting point, inside the box
     * @param lower lower bounds
     * @param upper upper bounds
     * @return the best point found
     */
    static double[] minimise(Loss loss, double[] start, double[] lower, double[] upper) {
        var x = start.clone();
        double best = loss.at(x);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int i = 0; i < x.length; i++) {
                double keep = x[i];
                double a = lower[i];
                double b = upper[i];
                double c = b - GOLDEN * (b - a);
                double d = a + GOLDEN * (b - a);
                double fc = valueWith(loss, x, i, c);
                double fd = valueWith(loss, x, i, d);
                for (int step = 0; step < STEPS; step++) {
                    if (fc < fd) {
                        b = d;
                        d = c;
                        fd = fc;
                        c = b - GOLDEN * (b - a);
                        fc = valueWith(loss, x, i, c);
                    } else {
                        a = c;
                        c = d;
                        fc = fd;
                        d = a + GOLDEN * (b - a);
                        fd = valueWith(loss, x, i, d);
                    }
                }
                double candidate = fc < fd ? c : d;
                double value = Math.min(fc, fd);
                x[i] = value < best ? candidate : keep;
                best = Math.min(best, value);
            }
        }
        return x;
    }

    private static double valueWith(Loss loss, double[] x, int i, double value) {
        double keep = x[i];
        x[i] = value;
        double result = loss.at(x);
        x[i] = keep;
        return result;
    }
}
