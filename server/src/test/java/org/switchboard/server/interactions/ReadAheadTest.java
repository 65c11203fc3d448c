package org.switchboard.server.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The hand-over between an import's reading thread and its writing (calling) thread. */
class ReadAheadTest {

    @Test
    void consumerGetsEveryItemInOrderOnTheCallingThread() {
        var consumed = new ArrayList<Integer>();
        var caller = Thread.currentThread();
        var producerThread = new AtomicReference<Thread>();
        ReadAhead.<Integer>run("test-reader", 2, hand -> {
            producerThread.set(Thread.currentThread());
            for (int k = 1; k <= 1_000; k++) {
                hand.accept(k);
            }
        }, item -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            consumed.add(item);
        });
        // 1 000 items through a queue of 2: all of them, 1..1000 in order, produced on the other thread
        assertThat(consumed).hasSize(1_000);
        for (int k = 0; k < 1_000; k++) {
            assertThat(consumed.get(k)).isEqualTo(k + 1);
        }
        assertThat(producerThread.get()).isNotSameAs(caller);
        assertThat(producerThread.get().getName()).isEqualTo("test-reader");
        assertThat(producerThread.get().isAlive()).isFalse();
    }

    @Test
    void producerFailureReachesTheCallerAfterTheItemsBeforeIt() {
        var consumed = new ArrayList<String>();
        assertThatThrownBy(() -> ReadAhead.<String>run("test-reader", 1, hand -> {
                    hand.accept("a");
                    hand.accept("b");
                    throw new UncheckedIOException(new IOException("disk gone"));
                }, consumed::add))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk gone");
        assertThat(consumed).containsExactly("a", "b");
    }

    @Test
    void consumerFailureStopsTheProducerBeforeTheCallReturns() {
        var producerThread = new AtomicReference<Thread>();
        var producerEnd = new AtomicReference<Throwable>();
        var produced = new int[1];
        assertThatThrownBy(() -> ReadAhead.<Integer>run("test-reader", 1, hand -> {
                    producerThread.set(Thread.currentThread());
                    try {
                        while (true) {
                            hand.accept(++produced[0]);
                        }
                    } catch (RuntimeException e) {
                        producerEnd.set(e);
                        throw e;
                    }
                }, item -> {
                    if (item == 3) {
                        throw new IllegalStateException("database down");
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database down");
        // the producer was told at its next hand-over and had ended when run returned; at most the queue's one item
        // and the one being handed waited beyond the failing third
        assertThat(producerThread.get().isAlive()).isFalse();
        assertThat(producerEnd.get()).isInstanceOf(CancellationException.class);
        assertThat(produced[0]).isBetween(3, 5);
    }
}
