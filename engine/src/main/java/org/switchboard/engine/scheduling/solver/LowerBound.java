package org.switchboard.engine.scheduling.solver;

/**
 * A proven lower bound of the optimal objective and where it comes from. Every schedule keeping the hard rules has
 * an objective at least this large.
 *
 * @param value the bound
 * @param source how it was proven
 */
public record LowerBound(double value, Source source) {

    /** How a bound was proven. */
    public enum Source {
        /** The optimum of the linear relaxation of the covering problem (GLOP). */
        LP_RELAXATION,
        /**
         * The optimum of the covering LP of the problem with all skills pooled into one, a further relaxation (used
         * when it is higher, or when the full LP did not finish).
         */
        POOLED_SKILLS_LP,
        /** No bound was proven (the LP was stopped before its optimum): the bound is the trivial 0. */
        NONE
    }
}
