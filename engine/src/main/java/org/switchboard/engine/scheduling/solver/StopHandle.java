package org.switchboard.engine.scheduling.solver;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stops a running solve from another thread: the solver cuts its current search short and finishes with the best
 * solution found so far, so a stopped solve still returns a schedule that keeps every hard rule. Thread-safe; one
 * handle per solve.
 */
public final class StopHandle {

    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicReference<Runnable> interrupt = new AtomicReference<>(() -> {});

    /** Creates a handle that has not been stopped. */
    public StopHandle() {}

    /** Asks the solve to stop and keep its best schedule; later calls do nothing more. */
    public void stop() {
        if (requested.compareAndSet(false, true)) {
            interrupt.get().run();
        }
    }

    /** {@return whether a stop was asked} */
    public boolean isStopRequested() {
        return requested.get();
    }

    /**
     * Registers what interrupts the search running now (replaced by the next phase's); runs it at once if a stop was
     * already asked.
     *
     * @param action interrupts the current search
     */
    public void onStop(Runnable action) {
        interrupt.set(action);
        if (requested.get()) {
            action.run();
        }
    }
}
