package org.switchboard.engine.staffing.simulation;

import java.util.Arrays;

/**
 * The pending events of a replication: a binary min-heap on time with an {@code int} payload beside each time, kept in
 * two primitive arrays so scheduling allocates nothing once the arrays have grown to the peak number of events.
 */
final class EventHeap {

    private double[] times = new double[256];
    private int[] payloads = new int[256];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** {@return the time of the earliest event; the heap must not be empty} */
    double peekTime() {
        return times[0];
    }

    void push(double time, int payload) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            payloads = Arrays.copyOf(payloads, size * 2);
        }
        int child = size++;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (times[parent] <= time) {
                break;
            }
            times[child] = times[parent];
            payloads[child] = payloads[parent];
            child = parent;
        }
        times[child] = time;
        payloads[child] = payload;
    }

    /** {@return the payload of the earliest event, removed; the heap must not be empty} */
    int poll() {
        int top = payloads[0];
        int last = --size;
        double time = times[last];
        int payload = payloads[last];
        int parent = 0;
        int half = size >>> 1;
        while (parent < half) {
            int child = 2 * parent + 1;
            if (child + 1 < size && times[child + 1] < times[child]) {
                child++;
            }
            if (time <= times[child]) {
                break;
            }
            times[parent] = times[child];
            payloads[parent] = payloads[child];
            parent = child;
        }
        times[parent] = time;
        payloads[parent] = payload;
        return top;
    }
}
