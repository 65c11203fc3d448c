package org.switchboard.engine.demo.internal;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A binary min-heap of {@code long} keys: the event list of the simulation and the queue of customers due to call
 * again. Callers pack time and payload into the key so that equal times come out in a deterministic order.
 */
final class LongHeap {

    private long[] keys;
    private int size;

    /**
     * Creates an empty heap.
     *
     * @param initialCapacity room for this many keys before the heap grows
     */
    public LongHeap(int initialCapacity) {
        keys = new long[Math.max(16, initialCapacity)];
    }

    /** {@return whether the heap holds no key} */
    public boolean isEmpty() {
        return size == 0;
    }

    /** {@return how many keys the heap holds} */
    public int size() {
        return size;
    }

    /**
     * Adds a key.
     *
     * @param key the key
     */
    public void push(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        int child = size++;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[child] = keys[parent];
            child = parent;
        }
        keys[child] = key;
    }

    /**
     * {@return the smallest key, without removing it}
     *
     * @throws NoSuchElementException if the heap is empty
     */
    public long peek() {
        if (size == 0) {
            throw new NoSuchElementException("heap is empty");
        }
        return keys[0];
    }

    /**
     * {@return the smallest key, removed from the heap}
     *
     * @throws NoSuchElementException if the heap is empty
     */
    public long poll() {
        long top = peek();
        long last = keys[--size];
        int parent = 0;
        int half = size >>> 1;
        while (parent < half) {
            int child = 2 * parent + 1;
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (last <= keys[child]) {
                break;
            }
            keys[parent] = keys[child];
            parent = child;
        }
        keys[parent] = last;
        return top;
    }
}
