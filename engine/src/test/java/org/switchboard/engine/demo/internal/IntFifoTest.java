package org.switchboard.engine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IntFifoTest {

    /** Non-negative values are added, negative ones poll: the ring behaves like {@link ArrayDeque} through growth. */
    @Property(tries = 200)
    void behavesLikeAQueue(@ForAll List<@IntRange(min = -40, max = 1000) Integer> operations) {
        var fifo = new IntFifo();
        var expected = new ArrayDeque<Integer>();
        for (int operation : operations) {
            if (operation >= 0) {
                fifo.add(operation);
                expected.add(operation);
            } else if (!expected.isEmpty()) {
                assertThat(fifo.poll()).isEqualTo(expected.poll());
            }
            assertThat(fifo.isEmpty()).isEqualTo(expected.isEmpty());
            if (!expected.isEmpty()) {
                assertThat(fifo.peek()).isEqualTo(expected.peek());
            }
        }
    }
}
