package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;

/**
 * The accumulators' law: summing facts or histograms in place equals merging them pairwise (the merge law of
 * {@link FactMergePropertiesTest} then carries over), with every fact re-keyed to the accumulator's key.
 */
class FactAccumulatorPropertiesTest {

    private static final FactKey ANY = new FactKey(Instant.EPOCH, "all", Channel.VOICE, Direction.INBOUND, "");
    private static final AgentFactKey ANY_AGENT = new AgentFactKey(Instant.EPOCH, "all");

    @Provide
    Arbitrary<List<Interaction>> contacts() {
        return RandomContacts.inArrivalOrder(60);
    }

    @Property(tries = 150)
    void accumulatingContactFactsEqualsMergingThemPairwise(@ForAll("contacts") List<Interaction> contacts) {
        var table = new FactTable();
        var builder = new ContactFactBuilder(FactSettings.standard(), table::add);
        contacts.forEach(builder::accept);
        builder.finish();
        var accumulator = new ContactFact.Accumulator(ANY);
        var merged = ContactFact.empty(ANY);
        for (var fact : table.contactFacts()) {
            accumulator.add(fact);
            merged = merged.merge(fact.rekey(ANY));
        }
        assertThat(accumulator.result()).isEqualTo(merged);
    }

    @Example
    void accumulatorAddsBucketCountsSumsAndKeepsTheLargestMaximum() {
        // By hand: waits 1 s, 30 s | 30 s, 700 s (700 s falls in the 10-second bucket ending at 700).
        // Buckets 1:1, 30:2, 700:1; sum 761 000 ms; maximum 700 000 ms.
        var result = new WaitHistogram.Accumulator()
                .add(WaitHistogram.of(Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .add(WaitHistogram.empty())
                .add(WaitHistogram.of(Duration.ofSeconds(30), Duration.ofSeconds(700)))
                .result();
        assertThat(result.encode()).isEqualTo("sum=761000;max=700000;1:1,30:2,700:1");
        assertThat(result.count()).isEqualTo(4);
        assertThat(new WaitHistogram.Accumulator().result()).isEqualTo(WaitHistogram.empty());
    }

    @Property(tries = 200)
    void accumulatingHistogramsEqualsMergingThemPairwise(
            @ForAll @Size(max = 6) List<@Size(max = 20) List<@LongRange(min = 0, max = 4_000_000_000L) Long>> parts) {
        var accumulator = new WaitHistogram.Accumulator();
        var merged = WaitHistogram.empty();
        for (var part : parts) {
            var builder = new WaitHistogram.Builder();
            part.forEach(builder::add);
            var histogram = builder.build();
            accumulator.add(histogram);
            merged = merged.merge(histogram);
        }
        assertThat(accumulator.result()).isEqualTo(merged);
    }

    @Property(tries = 150)
    void accumulatingAgentFactsEqualsMergingThemPairwise(
            @ForAll("timelines") List<AgentEvent> events) {
        var table = new FactTable();
        var builder = new AgentFactBuilder(FactSettings.standard(), table::add);
        events.forEach(builder::accept);
        builder.finish();
        var accumulator = new AgentFact.Accumulator(ANY_AGENT);
        var merged = AgentFact.empty(ANY_AGENT);
        for (var fact : table.agentFacts()) {
            accumulator.add(fact);
            merged = merged.merge(fact.rekey(ANY_AGENT));
        }
        assertThat(accumulator.result()).isEqualTo(merged);
    }

    @Provide
    Arbitrary<List<AgentEvent>> timelines() {
        return new AgentFactPropertiesTest().timelines();
    }
}
