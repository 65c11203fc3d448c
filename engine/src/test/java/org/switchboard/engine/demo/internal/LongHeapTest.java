package org.switchboard.engine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LongHeapTest {

    @Property(tries = 200)
    void pollsEveryKeyInAscendingOrder(@ForAll List<Long> keys) {
        var heap = new LongHeap(2);
        keys.forEach(heap::push);
        var polled = new ArrayList<Long>();
        while (!heap.isEmpty()) {
            polled.add(heap.poll());
        }
        assertThat(polled).isEqualTo(keys.stream().sorted().toList());
    }

    @Test
    void peekShowsTheSmallestWithoutRemovingIt() {
        var heap = new LongHeap(4);
        heap.push(5);
        heap.push(-3);
        assertThat(heap.peek()).isEqualTo(-3);
        assertThat(heap.size()).isEqualTo(2);
    }

    @Test
    void anEmptyHeapHasNothingToPoll() {
        assertThatThrownBy(() -> new LongHeap(1).poll()).isInstanceOf(NoSuchElementException.class);
    }
}
