package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.interactions.AgentEvent;

/**
 * Laws of the agent facts over random interleaved timelines of three agents (two days, states up to a day long, so
 * the 12-hour cut applies too): one builder over the interleaved events gives the facts of one builder per agent,
 * merged; and every fact's states add up to its logged-in time, at most the slot's 15 minutes per agent.
 */
class AgentFactPropertiesTest {

    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final List<String> AGENTS = List.of("A1", "A2", "A3");

    @Provide
    Arbitrary<List<AgentEvent>> timelines() {
        var agents = Arbitraries.of(AGENTS);
        var offsets = Arbitraries.longs().between(0, 2 * 86_400_000L);
        var states = Arbitraries.of(AgentState.class);
        var reasons = Arbitraries.of("break", "lunch", "training");
        var event = Combinators.combine(agents, offsets, states, reasons).as((agent, offset, state, reason) ->
                new AgentEvent(
                        agent,
                        START.plusMillis(offset),
                        state,
                        state == AgentState.PAUSE ? Optional.of(reason) : Optional.empty(),
                        Optional.empty()));
        return event.list().ofMaxSize(60).map(AgentFactPropertiesTest::inTimeOrderEndingWithLogouts);
    }

    /** Sorts by time and logs every agent out at the end, so no state is left open for {@code finish} to close. */
    private static List<AgentEvent> inTimeOrderEndingWithLogouts(List<AgentEvent> events) {
        var sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(AgentEvent::at));
        var end = START.plusSeconds(3 * 86_400);
        for (var agent : AGENTS) {
            sorted.add(new AgentEvent(agent, end, AgentState.LOGOUT, Optional.empty(), Optional.empty()));
        }
        return sorted;
    }

    private static List<AgentFact> build(List<AgentEvent> events) {
        var table = new FactTable();
        var builder = new AgentFactBuilder(FactSettings.standard(), table::add);
        events.forEach(builder::accept);
        builder.finish();
        return table.agentFacts();
    }

    @Property(tries = 150)
    void oneBuilderOverInterleavedAgentsEqualsOneBuilderPerAgentMerged(
            @ForAll("timelines") List<AgentEvent> events) {
        var perAgent = new ArrayList<AgentFact>();
        for (var agent : AGENTS) {
            perAgent.addAll(build(events.stream().filter(e -> e.agentId().equals(agent)).toList()));
        }
        assertThat(Rollups.agents(perAgent, key -> key)).isEqualTo(build(events));
    }

    @Property(tries = 150)
    void eachSlotHoldsAtMostFifteenMinutesOfOneAgent(@ForAll("timelines") List<AgentEvent> events) {
        assertThat(build(events)).allSatisfy(fact -> {
            assertThat(fact.loggedInMillis()).isBetween(1L, FactKey.SLOT.toMillis());
            assertThat(fact.readyMillis() + fact.onContactMillis() + fact.wrapUpMillis() + fact.pausedMillis())
                    .isEqualTo(fact.loggedInMillis());
        });
    }
}
