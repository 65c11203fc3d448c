package org.switchboard.engine.staffing.simulation;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One replication of the queue, single use: starts empty at time 0, measures attempts arriving in [warm-up, warm-up +
 * measured), and runs on past the window until every customer whose first attempt was measured has been answered or
 * has given up for good.
 *
 * <p>Design: fresh arrivals are generated one ahead and kept outside the heap; the heap holds departures, abandonments
 * and redials, packed as {@code kind | data << 2}. Waiting customers live in slots of primitive arrays, in FIFO order in
 * a ring of slot numbers. A customer answered before their abandonment event fires is not removed from the heap: the
 * slot is marked answered and freed when that event fires (lazy deletion); one who abandons stays in the ring as a
 * tombstone until it reaches the head. So an event never refers to a reused slot.
 */
final class Replication {

    /** Metrics per replication, in this order: six for all attempts, six for first attempts, then three. */
    static final int METRICS = 15;

    private static final int DEPARTURE = 0;
    private static final int ABANDON = 1;
    private static final int RETRIAL = 2;

    private static final int FIRST = 1;
    private static final int ATTEMPT_MEASURED = 2;
    private static final int CUSTOMER_MEASURED = 4;
    private static final int HAS_ABANDON_EVENT = 8;

    private static final byte WAITING = 0;
    private static final byte ANSWERED = 1;
    private static final byte ABANDONED = 2;

    private final RandomGenerator rng;
    private final double meanInterarrivalSeconds;
    private final int agents;
    private final int lines;
    private final Sampler handle;
    private final Sampler patience;
    private final double redialAfterAbandonment;
    private final double redialAfterBlocking;
    private final double meanRedialDelaySeconds;
    private final double thresholdSeconds;
    private final double start;
    private final double end;

    private final EventHeap events = new EventHeap();
    private double[] arrival = new double[256];
    private byte[] state = new byte[256];
    private byte[] flags = new byte[256];
    private int[] freeSlots = new int[256];
    private int freeCount;
    private int slotCount;
    private int[] ring = new int[256];
    private int ringHead;
    private int ringSize;

    private int busy;
    private int queued;

    // Index 0: all attempts, 1: first attempts.
    private final long[] attempts = new long[2];
    private final long[] blocked = new long[2];
    private final long[] answered = new long[2];
    private final long[] answeredInTime = new long[2];
    private final long[] waited = new long[2];
    private final long[] abandoned = new long[2];
    private final double[] waitAnswered = new double[2];
    private final double[] waitAdmitted = new double[2];

    private double busyArea;
    private double lastChange;
    private long freshMeasured;
    private long lostMeasured;
    private long attemptsOfMeasured;
    private long pendingMeasured;
    private long attemptsSimulated;

    Replication(SimulationSpec spec, RandomGenerator rng) {
        this.rng = rng;
        this.meanInterarrivalSeconds = 1 / spec.arrivalsPerSecond();
        this.agents = spec.agents();
        this.lines = spec.lines().orElse(Integer.MAX_VALUE);
        this.handle = Sampler.of(spec.handleTime());
        this.patience = Sampler.of(spec.patience());
        this.redialAfterAbandonment = spec.retrials().afterAbandonment();
        this.redialAfterBlocking = spec.retrials().afterBlocking();
        this.meanRedialDelaySeconds = spec.retrials().meanDelaySeconds();
        this.thresholdSeconds = spec.serviceLevelThreshold().toNanos() / 1e9;
        this.start = spec.run().warmUpSeconds();
        this.end = start + spec.run().measuredSeconds();
    }

    /** Plays the replication; returns its {@link #METRICS} figures. */
    double[] run() {
        double nextFresh = meanInterarrivalSeconds * rng.nextExponential();
        while (true) {
            boolean fresh = events.isEmpty() || nextFresh <= events.peekTime();
            double now = fresh ? nextFresh : events.peekTime();
            if (now >= end && pendingMeasured == 0) {
                break;
            }
            accumulateBusy(now);
            if (fresh) {
                boolean measured = now >= start && now < end;
                arrive(now, FIRST | (measured ? CUSTOMER_MEASURED : 0));
                nextFresh = now + meanInterarrivalSeconds * rng.nextExponential();
            } else {
                int payload = events.poll();
                switch (payload & 3) {
                    case DEPARTURE -> depart(now);
                    case ABANDON -> abandon(now, payload >>> 2);
                    default -> arrive(now, payload >>> 2);
                }
            }
        }
        accumulateBusy(end);
        return metrics();
    }

    long attemptsSimulated() {
        return attemptsSimulated;
    }

    private void arrive(double now, int customerFlags) {
        attemptsSimulated++;
        int attemptFlags = customerFlags | (now >= start && now < end ? ATTEMPT_MEASURED : 0);
        if ((attemptFlags & CUSTOMER_MEASURED) != 0) {
            attemptsOfMeasured++;
            if ((attemptFlags & FIRST) != 0) {
                freshMeasured++;
                pendingMeasured++;
            }
        }
        count(attempts, attemptFlags);
        if (busy + queued >= lines) {
            count(blocked, attemptFlags);
            endAttempt(now, attemptFlags, redialAfterBlocking);
        } else if (busy < agents) {
            answer(now, attemptFlags, 0);
        } else {
            count(waited, attemptFlags);
            enqueue(now, attemptFlags);
        }
    }

    private void enqueue(double now, int attemptFlags) {
        int slot = allocateSlot();
        arrival[slot] = now;
        state[slot] = WAITING;
        int slotFlags = attemptFlags;
        if (patience.isFinite()) {
            events.push(now + patience.sample(rng), ABANDON | slot << 2);
            slotFlags |= HAS_ABANDON_EVENT;
        }
        flags[slot] = (byte) slotFlags;
        if (ringSize == ring.length) {
            growRing();
        }
        ring[(ringHead + ringSize++) & (ring.length - 1)] = slot;
        queued++;
    }

    private void depart(double now) {
        busy--;
        while (queued > 0) {
            int slot = ring[ringHead];
            ringHead = (ringHead + 1) & (ring.length - 1);
            ringSize--;
            if (state[slot] == ABANDONED) {
                freeSlot(slot);
                continue;
            }
            queued--;
            answer(now, flags[slot], now - arrival[slot]);
            if ((flags[slot] & HAS_ABANDON_EVENT) != 0) {
                state[slot] = ANSWERED;
            } else {
                freeSlot(slot);
            }
            return;
        }
    }

    private void abandon(double now, int slot) {
        if (state[slot] == ANSWERED) {
            freeSlot(slot);
            return;
        }
        state[slot] = ABANDONED;
        queued--;
        int attemptFlags = flags[slot];
        count(abandoned, attemptFlags);
        add(waitAdmitted, attemptFlags, now - arrival[slot]);
        endAttempt(now, attemptFlags, redialAfterAbandonment);
    }

    private void answer(double now, int attemptFlags, double wait) {
        count(answered, attemptFlags);
        if (wait <= thresholdSeconds) {
            count(answeredInTime, attemptFlags);
        }
        add(waitAnswered, attemptFlags, wait);
        add(waitAdmitted, attemptFlags, wait);
        if ((attemptFlags & CUSTOMER_MEASURED) != 0) {
            pendingMeasured--;
        }
        busy++;
        events.push(now + handle.sample(rng), DEPARTURE);
    }

    /** An attempt ends unanswered: the customer redials with the given probability, or is lost. */
    private void endAttempt(double now, int attemptFlags, double redialProbability) {
        if (redialProbability > 0 && rng.nextDouble() < redialProbability) {
            double due = now + meanRedialDelaySeconds * rng.nextExponential();
            events.push(due, RETRIAL | (attemptFlags & CUSTOMER_MEASURED) << 2);
        } else if ((attemptFlags & CUSTOMER_MEASURED) != 0) {
            pendingMeasured--;
            lostMeasured++;
        }
    }

    private void accumulateBusy(double now) {
        double from = Math.max(lastChange, start);
        double to = Math.min(now, end);
        if (to > from) {
            busyArea += busy * (to - from);
        }
        lastChange = now;
    }

    private static void count(long[] counter, int attemptFlags) {
        if ((attemptFlags & ATTEMPT_MEASURED) != 0) {
            counter[0]++;
            if ((attemptFlags & FIRST) != 0) {
                counter[1]++;
            }
        }
    }

    private static void add(double[] sum, int attemptFlags, double value) {
        if ((attemptFlags & ATTEMPT_MEASURED) != 0) {
            sum[0] += value;
            if ((attemptFlags & FIRST) != 0) {
                sum[1] += value;
            }
        }
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == arrival.length) {
            int capacity = slotCount * 2;
            arrival = Arrays.copyOf(arrival, capacity);
            state = Arrays.copyOf(state, capacity);
            flags = Arrays.copyOf(flags, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotCount++;
    }

    private void freeSlot(int slot) {
        freeSlots[freeCount++] = slot;
    }

    private void growRing() {
        int[] grown = new int[ring.length * 2];
        for (int i = 0; i < ringSize; i++) {
            grown[i] = ring[(ringHead + i) & (ring.length - 1)];
        }
        ring = grown;
        ringHead = 0;
    }

    private double[] metrics() {
        var out = new double[METRICS];
        for (int group = 0; group < 2; group++) {
            int at = 6 * group;
            double n = attempts[group];
            out[at] = ratio(answeredInTime[group], n);
            out[at + 1] = ratio(waited[group], n);
            out[at + 2] = ratio(abandoned[group], n);
            out[at + 3] = ratio(blocked[group], n);
            out[at + 4] = ratio(waitAnswered[group], answered[group]);
            out[at + 5] = ratio(waitAdmitted[group], n - blocked[group]);
        }
        out[12] = busyArea / ((double) agents * (end - start));
        out[13] = ratio(lostMeasured, freshMeasured);
        out[14] = freshMeasured == 0 ? 1 : (double) attemptsOfMeasured / freshMeasured;
        return out;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : 0;
    }
}
