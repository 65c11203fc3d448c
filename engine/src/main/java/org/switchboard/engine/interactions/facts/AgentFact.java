package org.switchboard.engine.interactions.facts;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The time of one agent (or a team after a roll-up) in one period, split by state, as mergeable sums in milliseconds:
 * the base of occupancy and of contacts per productive hour (metrics.md §2). Logged-in time is exactly the sum of
 * ready, on-contact, wrap-up and paused time; the time between a LOGIN event and the agent's next event counts as
 * ready (Asterisk's ADDMEMBER makes a member available at once).
 *
 * @param key the agent and period
 * @param loggedInMillis time logged in
 * @param readyMillis time ready (available, idle)
 * @param onContactMillis time handling contacts
 * @param wrapUpMillis time in after-contact work
 * @param pausedMillis time in an auxiliary (pause) state
 * @param pausedByReasonMillis the paused time by reason as the source names it, {@code ""} for no reason; sorted by
 *     reason
 */
public record AgentFact(
        AgentFactKey key,
        long loggedInMillis,
        long readyMillis,
        long onContactMillis,
        long wrapUpMillis,
        long pausedMillis,
        Map<String, Long> pausedByReasonMillis) {

    /**
     * Validates the sums and copies the reasons.
     *
     * @throws IllegalArgumentException if a time is negative, the states do not add up to the logged-in time, or the
     *     reasons do not add up to the paused time
     */
    public AgentFact {
        boolean nonNegative = readyMillis >= 0 && onContactMillis >= 0 && wrapUpMillis >= 0 && pausedMillis >= 0;
        boolean addsUp = readyMillis + onContactMillis + wrapUpMillis + pausedMillis == loggedInMillis;
        long byReason = 0;
        for (long millis : pausedByReasonMillis.values()) {
            nonNegative &= millis >= 0;
            byReason += millis;
        }
        if (!(nonNegative && addsUp && byReason == pausedMillis)) {
            // The messages are built only on failure: facts are made once per agent and slot while reading.
            requireArgument(nonNegative, "times must not be negative: %s %s", key, pausedByReasonMillis);
            requireArgument(
                    addsUp,
                    "ready %d + on contact %d + wrap-up %d + paused %d ms must equal logged in %d ms: %s",
                    readyMillis,
                    onContactMillis,
                    wrapUpMillis,
                    pausedMillis,
                    loggedInMillis,
                    key);
            requireArgument(
                    false,
                    "paused time by reason %s must add up to paused %d ms: %s",
                    pausedByReasonMillis,
                    pausedMillis,
                    key);
        }
        pausedByReasonMillis = pausedByReasonMillis.size() <= 1
                ? Map.copyOf(pausedByReasonMillis)
                : Collections.unmodifiableSortedMap(new TreeMap<>(pausedByReasonMillis));
    }

    /**
     * {@return the fact of no time}
     *
     * @param key the agent and period
     */
    public static AgentFact empty(AgentFactKey key) {
        return new AgentFact(key, 0, 0, 0, 0, 0, Map.of());
    }

    /** {@return the handling time: on contact plus wrap-up, in milliseconds} */
    public long handlingMillis() {
        return onContactMillis + wrapUpMillis;
    }

    /** {@return the productive time: logged in and not paused, in milliseconds (metrics.md §2)} */
    public long productiveMillis() {
        return loggedInMillis - pausedMillis;
    }

    /**
     * {@return the time of both} A pure function: associative, commutative, with {@link #empty} as identity.
     *
     * @param other a fact with the same key
     * @throws IllegalArgumentException if the keys differ
     */
    public AgentFact merge(AgentFact other) {
        requireArgument(key.equals(other.key), "merge facts of one key only: %s and %s", key, other.key);
        var reasons = new TreeMap<>(pausedByReasonMillis);
        other.pausedByReasonMillis.forEach((reason, millis) -> reasons.merge(reason, millis, Math::addExact));
        return new AgentFact(
                key,
                Math.addExact(loggedInMillis, other.loggedInMillis),
                Math.addExact(readyMillis, other.readyMillis),
                Math.addExact(onContactMillis, other.onContactMillis),
                Math.addExact(wrapUpMillis, other.wrapUpMillis),
                Math.addExact(pausedMillis, other.pausedMillis),
                reasons);
    }

    /**
     * {@return the same sums under another key}, the first step of a roll-up
     *
     * @param newKey the coarser key
     */
    public AgentFact rekey(AgentFactKey newKey) {
        return new AgentFact(
                newKey, loggedInMillis, readyMillis, onContactMillis, wrapUpMillis, pausedMillis, pausedByReasonMillis);
    }

    /**
     * Sums many agent facts in place under one key: {@link #add} adds a fact's times without building a new fact
     * and a new map of pause reasons each time. {@code result()} equals {@code empty(key)} merged pairwise with every
     * added fact re-keyed to {@code key}. Not thread-safe.
     */
    public static final class Accumulator {

        private final AgentFactKey key;
        private long loggedInMillis;
        private long readyMillis;
        private long onContactMillis;
        private long wrapUpMillis;
        private long pausedMillis;
        private final TreeMap<String, Long> pausedByReasonMillis = new TreeMap<>();

        /**
         * Creates an empty accumulator.
         *
         * @param key the key of the result
         */
        public Accumulator(AgentFactKey key) {
            this.key = key;
        }

        /**
         * Adds a fact's times, whatever its key.
         *
         * @param fact the fact to add
         * @return this accumulator
         */
        public Accumulator add(AgentFact fact) {
            loggedInMillis = Math.addExact(loggedInMillis, fact.loggedInMillis);
            readyMillis = Math.addExact(readyMillis, fact.readyMillis);
            onContactMillis = Math.addExact(onContactMillis, fact.onContactMillis);
            wrapUpMillis = Math.addExact(wrapUpMillis, fact.wrapUpMillis);
            pausedMillis = Math.addExact(pausedMillis, fact.pausedMillis);
            fact.pausedByReasonMillis.forEach((reason, millis) -> pausedByReasonMillis.merge(reason, millis, Math::addExact));
            return this;
        }

        /** {@return the fact of everything added so far, under the accumulator's key} */
        public AgentFact result() {
            return new AgentFact(
                    key, loggedInMillis, readyMillis, onContactMillis, wrapUpMillis, pausedMillis, pausedByReasonMillis);
        }
    }
}
