package org.switchboard.engine.interactions.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Roll-ups as pure functions: re-key every fact with a key function (see {@link FactKeys}: a coarser period in a
 * zone, a queue group, a team, all agents) and merge the facts that meet under one key. Because the facts are sums
 * and histograms, a roll-up of a roll-up equals the direct roll-up, and the result does not depend on the order of
 * the input.
 */
public final class Rollups {

    private Rollups() {}

    /**
     * {@return the contact facts merged under their new keys, sorted by {@link FactKeys#ORDER}}
     *
     * @param facts the facts, in any order, keys may repeat
     * @param newKey the key each fact's key rolls up to
     */
    public static List<ContactFact> contacts(Iterable<ContactFact> facts, Function<FactKey, FactKey> newKey) {
        return merge(facts, ContactFact::key, newKey, ContactFact::rekey, ContactFact::merge, FactKeys.ORDER);
    }

    /**
     * {@return the agent facts merged under their new keys, sorted by {@link FactKeys#AGENT_ORDER}}
     *
     * @param facts the facts, in any order, keys may repeat
     * @param newKey the key each fact's key rolls up to
     */
    public static List<AgentFact> agents(Iterable<AgentFact> facts, Function<AgentFactKey, AgentFactKey> newKey) {
        return merge(facts, AgentFact::key, newKey, AgentFact::rekey, AgentFact::merge, FactKeys.AGENT_ORDER);
    }

    private static <K, F> List<F> merge(
            Iterable<F> facts,
            Function<F, K> keyOf,
            Function<K, K> newKey,
            BiFunction<F, K, F> rekey,
            BinaryOperator<F> merge,
            Comparator<K> order) {
        var merged = new HashMap<K, F>();
        for (var fact : facts) {
            var key = keyOf.apply(fact);
            var rolled = newKey.apply(key);
            merged.merge(rolled, key.equals(rolled) ? fact : rekey.apply(fact, rolled), merge);
        }
        var out = new ArrayList<>(merged.values());
        out.sort((a, b) -> order.compare(keyOf.apply(a), keyOf.apply(b)));
        return out;
    }

    /**
     * {@return all the contact facts merged into one, under {@code key}}
     *
     * @param facts the facts
     * @param key the key of the total
     */
    public static ContactFact total(Iterable<ContactFact> facts, FactKey key) {
        var total = ContactFact.empty(key);
        for (var fact : facts) {
            total = total.merge(fact.rekey(key));
        }
        return total;
    }

    /**
     * {@return all the agent facts merged into one, under {@code key}}
     *
     * @param facts the facts
     * @param key the key of the total
     */
    public static AgentFact totalTime(Iterable<AgentFact> facts, AgentFactKey key) {
        var total = AgentFact.empty(key);
        for (var fact : facts) {
            total = total.merge(fact.rekey(key));
        }
        return total;
    }
}
