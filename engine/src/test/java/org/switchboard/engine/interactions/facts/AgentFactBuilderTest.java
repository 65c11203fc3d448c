package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.interactions.AgentEvent;

/** Agent timelines split into 15-minute slots, by hand. */
class AgentFactBuilderTest {

    private static final long MINUTE = 60_000;

    private static AgentEvent event(String agent, String at, AgentState state) {
        return new AgentEvent(agent, Instant.parse("2026-03-02T" + at + "Z"), state, Optional.empty(), Optional.empty());
    }

    private static AgentEvent pause(String agent, String at, String reason) {
        return new AgentEvent(
                agent, Instant.parse("2026-03-02T" + at + "Z"), AgentState.PAUSE, Optional.of(reason), Optional.empty());
    }

    private static AgentFactKey key(String agent, String slot) {
        return new AgentFactKey(Instant.parse("2026-03-02T" + slot + "Z"), agent);
    }

    private static Map<AgentFactKey, AgentFact> build(FactSettings settings, AgentFactBuilder[] holder, AgentEvent... events) {
        var table = new FactTable();
        var builder = new AgentFactBuilder(settings, table::add);
        holder[0] = builder;
        List.of(events).forEach(builder::accept);
        builder.finish();
        return table.agentFacts().stream().collect(Collectors.toMap(AgentFact::key, Function.identity()));
    }

    @Test
    void splitsEachStateAcrossSlotsWithInterleavedAgents() {
        var holder = new AgentFactBuilder[1];
        var facts = build(
                FactSettings.standard(),
                holder,
                event("A1", "09:55:00", AgentState.LOGIN),
                event("A1", "10:05:00", AgentState.ON_CONTACT),
                event("A2", "10:07:00", AgentState.LOGIN),
                pause("A2", "10:08:00", "break"),
                event("A2", "10:09:00", AgentState.LOGOUT),
                event("A1", "10:10:00", AgentState.WRAP_UP),
                event("A1", "10:12:00", AgentState.READY),
                pause("A1", "10:20:00", "lunch"),
                event("A1", "10:50:00", AgentState.READY),
                event("A1", "11:00:00", AgentState.LOGOUT));

        // 09:45 slot: LOGIN at 09:55 counts as ready to 10:00 = 5 min.
        assertThat(facts.get(key("A1", "09:45:00"))).isEqualTo(
                new AgentFact(key("A1", "09:45:00"), 5 * MINUTE, 5 * MINUTE, 0, 0, 0, Map.of()));
        // 10:00 slot: ready 10:00-10:05 and 10:12-10:15 = 8 min, on contact 10:05-10:10 = 5, wrap-up 10:10-10:12 = 2.
        assertThat(facts.get(key("A1", "10:00:00"))).isEqualTo(
                new AgentFact(key("A1", "10:00:00"), 15 * MINUTE, 8 * MINUTE, 5 * MINUTE, 2 * MINUTE, 0, Map.of()));
        // 10:15 slot: ready 10:15-10:20 = 5, lunch 10:20-10:30 = 10.
        assertThat(facts.get(key("A1", "10:15:00"))).isEqualTo(new AgentFact(
                key("A1", "10:15:00"), 15 * MINUTE, 5 * MINUTE, 0, 0, 10 * MINUTE, Map.of("lunch", 10 * MINUTE)));
        // 10:30 slot: lunch all 15 min; 10:45 slot: lunch 10:45-10:50 = 5, ready 10:50-11:00 = 10.
        assertThat(facts.get(key("A1", "10:30:00")).pausedByReasonMillis()).containsExactly(
                Map.entry("lunch", 15 * MINUTE));
        assertThat(facts.get(key("A1", "10:45:00"))).isEqualTo(new AgentFact(
                key("A1", "10:45:00"), 15 * MINUTE, 10 * MINUTE, 0, 0, 5 * MINUTE, Map.of("lunch", 5 * MINUTE)));
        // A2: ready 10:07-10:08, break 10:08-10:09.
        assertThat(facts.get(key("A2", "10:00:00"))).isEqualTo(new AgentFact(
                key("A2", "10:00:00"), 2 * MINUTE, MINUTE, 0, 0, MINUTE, Map.of("break", MINUTE)));
        assertThat(facts).hasSize(6);
        assertThat(holder[0].cappedStates()).isEmpty();
    }

    @Test
    void cutsAStateLongerThanTheMaximumAndReportsIt() {
        var holder = new AgentFactBuilder[1];
        var settings = FactSettings.standard().withMaxOpenState(Duration.ofHours(1));
        // LOGIN 08:00, the LOGOUT line is lost; the next event is a LOGIN at 10:00: only 08:00-09:00 counts.
        var facts = build(
                settings,
                holder,
                event("A1", "08:00:00", AgentState.LOGIN),
                event("A1", "10:00:00", AgentState.LOGIN),
                event("A1", "10:10:00", AgentState.LOGOUT));
        long loggedIn = facts.values().stream().mapToLong(AgentFact::loggedInMillis).sum();
        assertThat(loggedIn).isEqualTo(60 * MINUTE + 10 * MINUTE);
        assertThat(facts).doesNotContainKey(key("A1", "09:00:00"));
        assertThat(holder[0].cappedStates()).containsExactly(new CappedState(
                "A1",
                AgentState.LOGIN,
                Instant.parse("2026-03-02T08:00:00Z"),
                Instant.parse("2026-03-02T09:00:00Z")));
    }

    @Test
    void endsOpenStatesAtTheLatestEventWhenFinishing() {
        var holder = new AgentFactBuilder[1];
        // A1 never logs out; A2's last event at 10:30 ends the data: A1 counts 10:00-10:30.
        var facts = build(
                FactSettings.standard(),
                holder,
                event("A1", "10:00:00", AgentState.LOGIN),
                event("A2", "10:30:00", AgentState.LOGOUT));
        assertThat(facts.values().stream().mapToLong(AgentFact::readyMillis).sum()).isEqualTo(30 * MINUTE);
        assertThat(facts.keySet()).containsExactlyInAnyOrder(key("A1", "10:00:00"), key("A1", "10:15:00"));
    }

    @Test
    void anEventBeforeTheAgentsCurrentStateTakesEffectAtThatState() {
        var holder = new AgentFactBuilder[1];
        var facts = build(
                FactSettings.standard(),
                holder,
                event("A1", "10:00:00", AgentState.LOGIN),
                event("A1", "10:05:00", AgentState.ON_CONTACT),
                event("A1", "10:04:00", AgentState.READY),
                event("A1", "10:10:00", AgentState.LOGOUT));
        // ready 10:00-10:05, on contact 0 (the late READY takes effect at 10:05), ready 10:05-10:10.
        assertThat(facts.get(key("A1", "10:00:00")).readyMillis()).isEqualTo(10 * MINUTE);
        assertThat(facts.get(key("A1", "10:00:00")).onContactMillis()).isZero();
        assertThat(holder[0].outOfOrderEvents()).isEqualTo(1);
    }
}
