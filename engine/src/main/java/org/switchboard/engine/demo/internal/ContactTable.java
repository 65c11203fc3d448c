package org.switchboard.engine.demo.internal;

import java.util.Arrays;

/**
 * The contacts of one simulation run as primitive columns indexed by contact (in arrival order), so the event loop
 * allocates nothing per contact. Times are epoch seconds, −1 when absent; agent and source contact −1 when absent.
 */
final class ContactTable {

    static final byte WAITING = 0;
    static final byte TALKING = 1;
    static final byte ANSWERED = 2;
    static final byte TRANSFERRED = 3;
    static final byte ABANDONED = 4;
    static final byte SHORT_ABANDON = 5;

    int size;
    int[] queue;
    long[] arrival;
    long[] answer;
    long[] end;
    long[] wrapUpEnd;
    int[] agent;
    byte[] status;
    byte[] reason;
    int[] customer;
    int[] transferredFrom;
    boolean[] repeat;
    boolean[] transfers;
    boolean[] resolved;
    long[] revenueCents;
    int[] talkSeconds;
    int[] wrapUpSeconds;
    int[] voiceSequence;

    ContactTable(int capacity) {
        int n = Math.max(16, capacity);
        queue = new int[n];
        arrival = new long[n];
        answer = new long[n];
        end = new long[n];
        wrapUpEnd = new long[n];
        agent = new int[n];
        status = new byte[n];
        reason = new byte[n];
        customer = new int[n];
        transferredFrom = new int[n];
        repeat = new boolean[n];
        transfers = new boolean[n];
        resolved = new boolean[n];
        revenueCents = new long[n];
        talkSeconds = new int[n];
        wrapUpSeconds = new int[n];
        voiceSequence = new int[n];
    }

    private void grow() {
        int n = size * 2;
        queue = Arrays.copyOf(queue, n);
        arrival = Arrays.copyOf(arrival, n);
        answer = Arrays.copyOf(answer, n);
        end = Arrays.copyOf(end, n);
        wrapUpEnd = Arrays.copyOf(wrapUpEnd, n);
        agent = Arrays.copyOf(agent, n);
        status = Arrays.copyOf(status, n);
        reason = Arrays.copyOf(reason, n);
        customer = Arrays.copyOf(customer, n);
        transferredFrom = Arrays.copyOf(transferredFrom, n);
        repeat = Arrays.copyOf(repeat, n);
        transfers = Arrays.copyOf(transfers, n);
        resolved = Arrays.copyOf(resolved, n);
        revenueCents = Arrays.copyOf(revenueCents, n);
        talkSeconds = Arrays.copyOf(talkSeconds, n);
        wrapUpSeconds = Arrays.copyOf(wrapUpSeconds, n);
        voiceSequence = Arrays.copyOf(voiceSequence, n);
    }

    /**
     * Appends a waiting contact.
     *
     * @return its index
     */
    int add(
            int queueIndex,
            long arrivalEpochSecond,
            int customerNumber,
            int reasonOrdinal,
            int sourceContact,
            boolean isRepeat) {
        if (size == queue.length) {
            grow();
        }
        int c = size++;
        queue[c] = queueIndex;
        arrival[c] = arrivalEpochSecond;
        answer[c] = -1;
        end[c] = -1;
        wrapUpEnd[c] = -1;
        agent[c] = -1;
        status[c] = WAITING;
        reason[c] = (byte) reasonOrdinal;
        customer[c] = customerNumber;
        transferredFrom[c] = sourceContact;
        repeat[c] = isRepeat;
        revenueCents[c] = -1;
        voiceSequence[c] = -1;
        return c;
    }

    /** {@return how long contact {@code c} waited, seconds: until answer, or until abandon} */
    long waitSeconds(int c) {
        return (answer[c] >= 0 ? answer[c] : end[c]) - arrival[c];
    }
}
