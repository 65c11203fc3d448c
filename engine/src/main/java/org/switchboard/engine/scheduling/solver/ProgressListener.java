package org.switchboard.engine.scheduling.solver;

/** Receives progress reports of a solve, on the solving thread; it must return quickly. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = progress -> {};

    /**
     * Receives one report.
     *
     * @param progress the report
     */
    void onProgress(SolverProgress progress);
}
