package org.switchboard.engine.interactions.facts;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.math.BigDecimal;

/**
 * The contacts of one {@link FactKey}, as mergeable sums and histograms: the raw material of every accessibility,
 * productivity, quality and revenue figure (metrics.md §1, §2, §3, §5) for any period and grouping. A contact belongs
 * to the slot of its arrival.
 *
 * <p>Every offered contact ends in exactly one of answered (ANSWERED or TRANSFERRED), abandoned (ABANDONED or
 * SHORT_ABANDON: which abandons are short is decided later, per queue threshold, from {@link #abandonedWaits()}) or
 * overflowed. Times are in milliseconds, exact; waits are in the histograms (whose sums and maxima are exact too).
 *
 * @param key what the fact is about
 * @param offered contacts that entered the queue
 * @param answered contacts an agent took (ANSWERED and TRANSFERRED); also the number handled
 * @param abandoned contacts the customer left while waiting (ABANDONED and SHORT_ABANDON)
 * @param overflowed contacts that left by the system's rule (time-out, overflow)
 * @param transferred answered contacts the agent transferred to another queue
 * @param answeredWaits the waits of the answered contacts, arrival to answer
 * @param abandonedWaits the waits of the abandoned contacts, arrival to abandon
 * @param overflowedWaits the waits of the overflowed contacts, arrival to leaving the queue
 * @param talkMillis the talk (chat) time of the answered contacts, answer to end; includes hold, which the sources do
 *     not record apart
 * @param wrapMillis the after-contact work of the answered contacts whose source records it
 * @param wrapRecorded answered contacts whose after-contact work is recorded
 * @param firstContactBase answered, not transferred contacts with a customer key: the base of FCR (metrics.md §3)
 * @param repeated contacts of {@link #firstContactBase()} followed by another contact of the same customer within the
 *     FCR window
 * @param saleEligible answered contacts whose source says whether they ended with a sale
 * @param sales answered contacts that ended with a sale
 * @param revenue the value of the sales, exact, in the centre's currency
 */
public record ContactFact(
        FactKey key,
        long offered,
        long answered,
        long abandoned,
        long overflowed,
        long transferred,
        WaitHistogram answeredWaits,
        WaitHistogram abandonedWaits,
        WaitHistogram overflowedWaits,
        long talkMillis,
        long wrapMillis,
        long wrapRecorded,
        long firstContactBase,
        long repeated,
        long saleEligible,
        long sales,
        BigDecimal revenue) {

    /**
     * Validates that the sums agree with each other.
     *
     * @throws IllegalArgumentException if a count or time is negative, answered + abandoned + overflowed differs from
     *     offered, a histogram's count differs from its outcome's count, or a subset count exceeds its set (transferred,
     *     wrap recorded, FCR base, sale-eligible ≤ answered; repeated ≤ FCR base; sales ≤ sale-eligible)
     */
    public ContactFact {
        boolean nonNegative = offered >= 0
                && answered >= 0
                && abandoned >= 0
                && overflowed >= 0
                && transferred >= 0
                && talkMillis >= 0
                && wrapMillis >= 0
                && wrapRecorded >= 0
                && firstContactBase >= 0
                && repeated >= 0
                && saleEligible >= 0
                && sales >= 0
                && revenue.signum() >= 0;
        boolean addsUp = answered + abandoned + overflowed == offered;
        boolean histogramsAgree = answeredWaits.count() == answered
                && abandonedWaits.count() == abandoned
                && overflowedWaits.count() == overflowed;
        boolean subsetsFit = transferred <= answered
                && wrapRecorded <= answered
                && firstContactBase <= answered
                && saleEligible <= answered
                && repeated <= firstContactBase
                && sales <= saleEligible;
        if (!(nonNegative && addsUp && histogramsAgree && subsetsFit)) {
            // The messages are built only on failure: facts are made once per key and slot while reading.
            requireArgument(nonNegative, "counts, times and revenue must not be negative: %s", key);
            requireArgument(
                    addsUp,
                    "answered %d + abandoned %d + overflowed %d must equal offered %d: %s",
                    answered,
                    abandoned,
                    overflowed,
                    offered,
                    key);
            requireArgument(
                    histogramsAgree,
                    "each wait histogram counts its outcome's contacts: answered %d/%d, abandoned %d/%d, overflowed"
                            + " %d/%d: %s",
                    answeredWaits.count(),
                    answered,
                    abandonedWaits.count(),
                    abandoned,
                    overflowedWaits.count(),
                    overflowed,
                    key);
            requireArgument(
                    false,
                    "subset counts exceed their sets (transferred %d, wrap recorded %d, FCR base %d, sale-eligible %d"
                            + " of answered %d; repeated %d of FCR base; sales %d of sale-eligible): %s",
                    transferred,
                    wrapRecorded,
                    firstContactBase,
                    saleEligible,
                    answered,
                    repeated,
                    sales,
                    key);
        }
    }

    /**
     * {@return the fact of no contacts}
     *
     * @param key what it is about
     */
    public static ContactFact empty(FactKey key) {
        var none = WaitHistogram.empty();
        return new ContactFact(key, 0, 0, 0, 0, 0, none, none, none, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);
    }

    /** {@return the contacts an agent handled: the answered ones (transferred included)} */
    public long handled() {
        return answered;
    }

    /**
     * {@return the fact of the contacts of both} A pure function: associative, commutative, with {@link #empty} as
     * identity.
     *
     * @param other a fact with the same key (re-key both first to merge across keys)
     * @throws IllegalArgumentException if the keys differ
     */
    public ContactFact merge(ContactFact other) {
        requireArgument(key.equals(other.key), "merge facts of one key only: %s and %s", key, other.key);
        return new ContactFact(
                key,
                Math.addExact(offered, other.offered),
                Math.addExact(answered, other.answered),
                Math.addExact(abandoned, other.abandoned),
                Math.addExact(overflowed, other.overflowed),
                Math.addExact(transferred, other.transferred),
                answeredWaits.merge(other.answeredWaits),
                abandonedWaits.merge(other.abandonedWaits),
                overflowedWaits.merge(other.overflowedWaits),
                Math.addExact(talkMillis, other.talkMillis),
                Math.addExact(wrapMillis, other.wrapMillis),
                Math.addExact(wrapRecorded, other.wrapRecorded),
                Math.addExact(firstContactBase, other.firstContactBase),
                Math.addExact(repeated, other.repeated),
                Math.addExact(saleEligible, other.saleEligible),
                Math.addExact(sales, other.sales),
                revenue.add(other.revenue));
    }

    /**
     * {@return the same sums under another key}, the first step of a roll-up
     *
     * @param newKey the coarser key (another period start, a queue group, a team, no agent)
     */
    public ContactFact rekey(FactKey newKey) {
        return new ContactFact(
                newKey,
                offered,
                answered,
                abandoned,
                overflowed,
                transferred,
                answeredWaits,
                abandonedWaits,
                overflowedWaits,
                talkMillis,
                wrapMillis,
                wrapRecorded,
                firstContactBase,
                repeated,
                saleEligible,
                sales,
                revenue);
    }

    /**
     * Sums many contact facts in place under one key: {@link #add} adds a fact's counts, times and histograms (see
     * {@link WaitHistogram.Accumulator}) without building a new fact, so summing n facts does not copy the growing
     * histograms n times. {@code result()} equals {@code empty(key)} merged pairwise with every added fact re-keyed
     * to {@code key}. Not thread-safe.
     */
    public static final class Accumulator {

        private final FactKey key;
        private long offered;
        private long answered;
        private long abandoned;
        private long overflowed;
        private long transferred;
        private final WaitHistogram.Accumulator answeredWaits = new WaitHistogram.Accumulator();
        private final WaitHistogram.Accumulator abandonedWaits = new WaitHistogram.Accumulator();
        private final WaitHistogram.Accumulator overflowedWaits = new WaitHistogram.Accumulator();
        private long talkMillis;
        private long wrapMillis;
        private long wrapRecorded;
        private long firstContactBase;
        private long repeated;
        private long saleEligible;
        private long sales;
        private BigDecimal revenue = BigDecimal.ZERO;

        /**
         * Creates an empty accumulator.
         *
         * @param key the key of the result
         */
        public Accumulator(FactKey key) {
            this.key = key;
        }

        /**
         * Adds a fact's sums, whatever its key.
         *
         * @param fact the fact to add
         * @return this accumulator
         */
        public Accumulator add(ContactFact fact) {
            offered = Math.addExact(offered, fact.offered);
            answered = Math.addExact(answered, fact.answered);
            abandoned = Math.addExact(abandoned, fact.abandoned);
            overflowed = Math.addExact(overflowed, fact.overflowed);
            transferred = Math.addExact(transferred, fact.transferred);
            answeredWaits.add(fact.answeredWaits);
            abandonedWaits.add(fact.abandonedWaits);
            overflowedWaits.add(fact.overflowedWaits);
            talkMillis = Math.addExact(talkMillis, fact.talkMillis);
            wrapMillis = Math.addExact(wrapMillis, fact.wrapMillis);
            wrapRecorded = Math.addExact(wrapRecorded, fact.wrapRecorded);
            firstContactBase = Math.addExact(firstContactBase, fact.firstContactBase);
            repeated = Math.addExact(repeated, fact.repeated);
            saleEligible = Math.addExact(saleEligible, fact.saleEligible);
            sales = Math.addExact(sales, fact.sales);
            revenue = revenue.add(fact.revenue);
            return this;
        }

        /** {@return the fact of everything added so far, under the accumulator's key} */
        public ContactFact result() {
            return new ContactFact(
                    key,
                    offered,
                    answered,
                    abandoned,
                    overflowed,
                    transferred,
                    answeredWaits.result(),
                    abandonedWaits.result(),
                    overflowedWaits.result(),
                    talkMillis,
                    wrapMillis,
                    wrapRecorded,
                    firstContactBase,
                    repeated,
                    saleEligible,
                    sales,
                    revenue);
        }
    }
}
