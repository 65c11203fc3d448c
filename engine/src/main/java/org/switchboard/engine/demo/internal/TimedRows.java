package org.switchboard.engine.demo.internal;

import java.util.Arrays;

/**
 * An append-only table of small timed rows as primitive columns: an epoch second, two {@code int}s and two
 * {@code byte}s per row. The logs of a simulation run (agent-state events, survey answers, schedule items) are such
 * tables; each wraps one and names its columns.
 */
final class TimedRows {

    private int size;
    private long[] at;
    private int[] first;
    private int[] second;
    private byte[] third;
    private byte[] fourth;

    TimedRows(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        at = new long[capacity];
        first = new int[capacity];
        second = new int[capacity];
        third = new byte[capacity];
        fourth = new byte[capacity];
    }

    /** Appends a row; the bytes are stored as {@code (byte)} casts, so −1 survives. */
    void add(long epochSecond, int firstValue, int secondValue, int thirdValue, int fourthValue) {
        if (size == at.length) {
            int capacity = size * 2;
            at = Arrays.copyOf(at, capacity);
            first = Arrays.copyOf(first, capacity);
            second = Arrays.copyOf(second, capacity);
            third = Arrays.copyOf(third, capacity);
            fourth = Arrays.copyOf(fourth, capacity);
        }
        at[size] = epochSecond;
        first[size] = firstValue;
        second[size] = secondValue;
        third[size] = (byte) thirdValue;
        fourth[size] = (byte) fourthValue;
        size++;
    }

    int size() {
        return size;
    }

    long at(int row) {
        return at[row];
    }

    int first(int row) {
        return first[row];
    }

    int second(int row) {
        return second[row];
    }

    int third(int row) {
        return third[row];
    }

    int fourth(int row) {
        return fourth[row];
    }
}
