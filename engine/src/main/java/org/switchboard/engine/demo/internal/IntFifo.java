package org.switchboard.engine.demo.internal;

import java.util.Arrays;
import java.util.NoSuchElementException;

/** A growable first-in-first-out ring of {@code int}s: the contacts waiting in one queue, by index. */
final class IntFifo {

    private int[] items = new int[64];
    private int head;
    private int size;

    /** {@return whether nothing waits} */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Appends an item at the tail.
     *
     * @param item the item
     */
    public void add(int item) {
        if (size == items.length) {
            var grown = new int[size * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = items[(head + i) % items.length];
            }
            items = grown;
            head = 0;
        }
        items[(head + size++) % items.length] = item;
    }

    /**
     * {@return the item at the head, without removing it}
     *
     * @throws NoSuchElementException if empty
     */
    public int peek() {
        if (size == 0) {
            throw new NoSuchElementException("queue is empty");
        }
        return items[head];
    }

    /**
     * {@return the item at the head, removed}
     *
     * @throws NoSuchElementException if empty
     */
    public int poll() {
        int item = peek();
        head = (head + 1) % items.length;
        size--;
        return item;
    }

    @Override
    public String toString() {
        var copy = new int[size];
        for (int i = 0; i < size; i++) {
            copy[i] = items[(head + i) % items.length];
        }
        return Arrays.toString(copy);
    }
}
