package org.switchboard.engine.demo.internal;

import java.util.random.RandomGenerator;

/**
 * Who is calling: a large pool of customers, and the customers due to come back.
 *
 * <p>A customer whose issue was not resolved, or who abandoned, may come back later to the same queue. To keep the
 * offered volume that of the arrival model, a returning customer does not add an arrival: the first fresh arrival
 * of that queue after the customer's due time is that customer (so a customer due at night calls in the morning).
 * Other arrivals draw a customer uniformly from a pool of 5 million, large enough that a chance repeat within the
 * 7-day FCR window is rare (about 1 % of contacts over eight weeks).
 *
 * <p>Phone numbers are a bijection of the customer number: one in seven is Russian ({@code +79} and nine digits), the
 * others German mobiles ({@code +49}, a 15x/16x/17x prefix and eight digits), the digits mixed by a multiplication
 * modulo 10⁸ or 10⁹ with a factor prime to 10, so distinct customers get distinct numbers.
 */
final class CustomerBase {

    static final int POOL = 5_000_000;
    private static final int CUSTOMER_BITS = 24;
    private static final int REASON_BITS = 8;
    private static final long MIXER = 2_654_435_761L;
    private static final String[] GERMAN_MOBILE_PREFIXES = {
        "151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178",
        "179"
    };

    private final LongHeap[] dueByQueue;
    private final long originEpochSecond;

    CustomerBase(int queues, long originEpochSecond) {
        this.originEpochSecond = originEpochSecond;
        this.dueByQueue = new LongHeap[queues];
        for (int q = 0; q < queues; q++) {
            dueByQueue[q] = new LongHeap(1024);
        }
    }

    /** {@return a customer number drawn uniformly from the pool} */
    int freshCustomer(RandomGenerator rng) {
        return rng.nextInt(POOL);
    }

    /**
     * Books a customer to come back to a queue.
     *
     * @param queue the queue
     * @param dueEpochSecond from when the customer may come back
     * @param customer the customer number
     * @param reason the {@link org.switchboard.engine.demo.ContactReason} ordinal, kept from the first contact
     */
    void scheduleReturn(int queue, long dueEpochSecond, int customer, int reason) {
        long due = dueEpochSecond - originEpochSecond;
        dueByQueue[queue].push((due << (CUSTOMER_BITS + REASON_BITS)) | ((long) reason << CUSTOMER_BITS) | customer);
    }

    /**
     * Takes the customer of a queue who has been due longest, if one is due.
     *
     * @return the packed return (decode with {@link #customerOf} and {@link #reasonOf}), or −1 if none is due
     */
    long takeDueReturn(int queue, long nowEpochSecond) {
        var due = dueByQueue[queue];
        if (due.isEmpty() || (due.peek() >>> (CUSTOMER_BITS + REASON_BITS)) > nowEpochSecond - originEpochSecond) {
            return -1;
        }
        return due.poll();
    }

    static int customerOf(long packedReturn) {
        return (int) (packedReturn & ((1L << CUSTOMER_BITS) - 1));
    }

    static int reasonOf(long packedReturn) {
        return (int) ((packedReturn >>> CUSTOMER_BITS) & ((1L << REASON_BITS) - 1));
    }

    /** {@return the phone number of a customer, E.164} */
    static String phone(int customer) {
        long mixed = customer * MIXER + 48_271L;
        if (customer % 7 == 3) {
            return "+79" + pad(mixed % 1_000_000_000L, 9);
        }
        return "+49" + GERMAN_MOBILE_PREFIXES[customer % GERMAN_MOBILE_PREFIXES.length] + pad(mixed % 100_000_000L, 8);
    }

    private static String pad(long digits, int width) {
        var text = Long.toString(digits);
        return "0".repeat(width - text.length()) + text;
    }
}
