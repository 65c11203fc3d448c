package org.switchboard.server.forecast.web;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.forecast.ForecastOutcome;

/**
 * One forecast being made in the background: who asked, for which queue, and at the end the outcome (a draft version
 * or the problems) or why it failed. Written by the forecasting thread, read by the polling requests.
 */
final class ForecastRun {

    /** Where a run stands. */
    public enum State {
        /** Back-testing and forecasting. */
        RUNNING,
        /** Ended with an outcome. */
        FINISHED,
        /** Stopped by an error. */
        FAILED
    }

    private final String id;
    private final String owner;
    private final String queue;
    private volatile @Nullable ForecastOutcome outcome;
    private volatile @Nullable String failure;

    ForecastRun(String id, String owner, String queue) {
        this.id = id;
        this.owner = owner;
        this.queue = queue;
    }

    /** {@return the run's id} */
    public String id() {
        return id;
    }

    /** {@return the run's owner} */
    public String owner() {
        return owner;
    }

    /** {@return the run's queue} */
    public String queue() {
        return queue;
    }

    /** {@return the run's state} */
    public State state() {
        if (outcome != null) {
            return State.FINISHED;
        }
        return failure != null ? State.FAILED : State.RUNNING;
    }

    /** {@return the run's outcome} */
    public Optional<ForecastOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** {@return the run's failure} */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    void finished(ForecastOutcome result) {
        outcome = result;
    }

    void failed(String reason) {
        failure = reason;
    }
}
