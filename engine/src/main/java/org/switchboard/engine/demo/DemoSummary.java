package org.switchboard.engine.demo;

import java.util.List;
import java.util.Optional;

/**
 * Totals of a generated data set, one entry per queue in spec order.
 *
 * @param queues the totals of each queue
 */
public record DemoSummary(List<QueueSummary> queues) {

    /** Copies the list. */
    public DemoSummary {
        queues = List.copyOf(queues);
    }

    /**
     * {@return the totals of a queue}
     *
     * @param name the queue's name
     */
    public Optional<QueueSummary> queue(String name) {
        return queues.stream().filter(summary -> summary.queue().equals(name)).findFirst();
    }
}
