package org.switchboard.server.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a producer (an import's reading: parsing, mapping, checking) on a thread of its own and hands what it produces
 * to the calling thread (the import's writing, which owns the database transactions) through a bounded queue, so the
 * two overlap on two cores while at most {@code capacity} items wait between them: the input is still streamed.
 *
 * <p>Items reach the consumer in the order they were produced. A failure of the producer reaches the caller after the
 * items produced before it; a failure of the consumer stops the producer at its next hand-off and is thrown once the
 * producer's thread has ended, so nothing of the import runs after the call returns.
 */
final class ReadAhead {

    private static final Object END = new Object();
    private static final long POLL_MILLIS = 50;

    private ReadAhead() {}

    /**
     * Runs the producer on a new thread and the consumer on this one, until the producer returns and its last item is
     * consumed.
     *
     * @param threadName the name of the producer's thread
     * @param capacity items that may wait for the consumer, at least 1
     * @param producer produces the items into the consumer it is given
     * @param consumer consumes the items, on the calling thread
     * @param <T> the items
     * @throws RuntimeException what the producer or the consumer threw (a checked one wrapped)
     */
    static <T> void run(String threadName, int capacity, Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        requireArgument(capacity >= 1, "capacity must be at least 1: capacity=%d", capacity);
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(capacity);
        var producerFailure = new AtomicReference<Throwable>();
        var stop = new AtomicBoolean();
        var thread = Thread.ofPlatform().name(threadName).daemon(true).start(() -> {
            try {
                producer.accept(item -> hand(queue, item, stop));
            } catch (Throwable e) {
                producerFailure.set(e);
            } finally {
                hand(queue, END, stop);
            }
        });
        try {
            consume(queue, consumer);
        } catch (RuntimeException | Error e) {
            stop.set(true);
            join(thread);
            throw e;
        }
        join(thread);
        var failure = producerFailure.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException("reading failed in " + threadName, failure);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void consume(BlockingQueue<Object> queue, Consumer<T> consumer) {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for the reading");
            }
            if (item == END) {
                return;
            }
            consumer.accept((T) item);
        }
    }

    /** Puts the item in the queue, waiting for room; gives up (quietly for the end mark) once the consumer stopped. */
    private static void hand(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    if (item == END) {
                        return;
                    }
                    throw new CancellationException("the writing stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while handing over a batch");
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the reading to end");
        }
    }
}
