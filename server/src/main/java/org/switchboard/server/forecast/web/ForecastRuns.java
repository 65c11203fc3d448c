package org.switchboard.server.forecast.web;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.switchboard.server.forecast.ForecastOutcome;

/**
 * The forecasts being made in this process, and the last {@value #FINISHED_KEPT} finished ones, so that their pages
 * can poll for the outcome: back-testing every method can take seconds, longer than a request should wait. At most
 * {@value #PARALLEL_RUNS} run at once; further requests wait in line. A run carries the signed-in user's security
 * context, so its audit entries name the user.
 */
@Component
class ForecastRuns {

    /** Forecasts made at the same time. */
    static final int PARALLEL_RUNS = 2;

    /** Finished runs kept for their pages. */
    static final int FINISHED_KEPT = 50;

    private static final Logger log = LoggerFactory.getLogger(ForecastRuns.class);

    private final Map<String, ForecastRun> runs = new LinkedHashMap<>();
    private final ExecutorService executor;

    ForecastRuns() {
        var threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(PARALLEL_RUNS, task -> {
            var thread = new Thread(task, "forecast-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts a forecast in the background.
     *
     * @param owner who asked
     * @param queue the queue forecast
     * @param task makes the forecast
     * @return the run
     */
    ForecastRun start(String owner, String queue, Callable<ForecastOutcome> task) {
        var run = new ForecastRun(UUID.randomUUID().toString(), owner, queue);
        synchronized (runs) {
            runs.put(run.id(), run);
            forgetOldFinishedRuns();
        }
        executor.execute(new DelegatingSecurityContextRunnable(() -> execute(run, task)));
        return run;
    }

    /** {@return the run with this id, if this process still knows it} */
    Optional<ForecastRun> find(String id) {
        synchronized (runs) {
            return Optional.ofNullable(runs.get(id));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static void execute(ForecastRun run, Callable<ForecastOutcome> task) {
        try {
            run.finished(task.call());
        } catch (Exception e) {
            log.error("forecast run {} of queue {} by {} failed", run.id(), run.queue(), run.owner(), e);
            run.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Drops the oldest finished runs beyond {@value #FINISHED_KEPT}; running ones always stay. */
    private void forgetOldFinishedRuns() {
        var finished = runs.values().stream().filter(run -> run.state() != ForecastRun.State.RUNNING).toList();
        finished.stream().limit(Math.max(0, finished.size() - FINISHED_KEPT)).forEach(run -> runs.remove(run.id()));
    }
}
