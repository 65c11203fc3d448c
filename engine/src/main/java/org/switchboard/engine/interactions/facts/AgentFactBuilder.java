package org.switchboard.engine.interactions.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.interactions.AgentEvent;

/**
 * Turns agent-state events into 15-minute {@link AgentFact}s. Single-threaded; {@link #accept} every event, then
 * {@link #finish}.
 *
 * <p>An agent stays in a state until the agent's next event; the time is split across the 15-minute slots it covers.
 * A session ends at LOGOUT; the time until a LOGIN counts as ready (see {@link AgentFact}); an event other than LOGIN
 * while logged out starts a session at that event. Events of different agents may be interleaved; each agent's own
 * events must come in time order (an earlier one is counted as {@link #outOfOrderEvents()} and takes effect at the
 * agent's current time). A state longer than {@link FactSettings#maxOpenState()} is cut there and reported as a
 * {@link CappedState}. At {@link #finish} open states end at the latest event read (again at most the maximum).
 *
 * <p>The facts of a slot are handed out, in slot order and by agent, once the latest event read lies
 * {@link FactSettings#lateness()} + the open-state maximum past the slot's end; the rest at {@link #finish}. Events
 * later than that add a second fact to a key: consumers merge by key ({@link FactTable}). Only facts of slots within
 * [{@link FactSettings#keepFrom()}, {@link FactSettings#keepTo()}) are handed out.
 */
public final class AgentFactBuilder {

    private static final long SLOT_MILLIS = FactKey.SLOT.toMillis();

    private final FactSettings settings;
    private final Consumer<AgentFact> facts;
    private final long capMillis;
    private final long holdMillis;
    private final Map<String, Timeline> agents = new HashMap<>();
    private final TreeMap<Long, Map<String, AgentTally>> slots = new TreeMap<>();
    private final List<CappedState> capped = new ArrayList<>();
    private long latest = Long.MIN_VALUE;
    private long nextRelease = Long.MIN_VALUE;
    private long outOfOrder;
    private boolean finished;

    /** Where one agent is: the state entered (null when logged out), when, and the pause reason. */
    private static final class Timeline {
        @Nullable AgentState state;
        long since;
        String reason = "";
    }

    /**
     * Creates a builder.
     *
     * @param settings the settings
     * @param facts receives the facts as slots complete
     */
    public AgentFactBuilder(FactSettings settings, Consumer<AgentFact> facts) {
        this.settings = settings;
        this.facts = facts;
        this.capMillis = settings.maxOpenState().toMillis();
        this.holdMillis = settings.lateness().toMillis() + capMillis + SLOT_MILLIS;
    }

    /**
     * Takes the next event.
     *
     * @param event the event
     * @throws IllegalStateException after {@link #finish}
     */
    public void accept(AgentEvent event) {
        if (finished) {
            throw new IllegalStateException("agent fact builder already finished");
        }
        long at = event.at().toEpochMilli();
        var timeline = agents.computeIfAbsent(event.agentId(), agent -> new Timeline());
        if (timeline.state != null) {
            if (at < timeline.since) {
                outOfOrder++;
                at = timeline.since;
            }
            close(event.agentId(), timeline, at);
        }
        if (event.state() == AgentState.LOGOUT) {
            timeline.state = null;
        } else {
            timeline.state = event.state();
            timeline.since = at;
            timeline.reason = event.reason().orElse("");
        }
        if (at > latest) {
            latest = at;
            if (at >= nextRelease) {
                cutStaleStates();
                release(latest - holdMillis);
                nextRelease = Math.floorDiv(at, SLOT_MILLIS) * SLOT_MILLIS + SLOT_MILLIS;
            }
        }
    }

    /** Ends every open state at the latest event read and hands out every slot still held. */
    public void finish() {
        if (finished) {
            return;
        }
        agents.forEach((agent, timeline) -> {
            if (timeline.state != null) {
                close(agent, timeline, Math.max(latest, timeline.since));
                timeline.state = null;
            }
        });
        release(Long.MAX_VALUE);
        finished = true;
    }

    /** {@return the states cut at the maximum so far, in the order they were cut} */
    public List<CappedState> cappedStates() {
        return List.copyOf(capped);
    }

    /** {@return the events that came before an earlier-read event of the same agent} */
    public long outOfOrderEvents() {
        return outOfOrder;
    }

    /** Counts the agent's current state up to {@code end}, at most the maximum. */
    private void close(String agent, Timeline timeline, long end) {
        var state = timeline.state;
        if (state == null) {
            return;
        }
        long until = end;
        if (end - timeline.since > capMillis) {
            until = timeline.since + capMillis;
            capped.add(new CappedState(
                    agent, state, Instant.ofEpochMilli(timeline.since), Instant.ofEpochMilli(until)));
        }
        count(agent, state, timeline.reason, timeline.since, until);
    }

    /** Cuts the states that have lasted longer than the maximum by now, so the slots they cover can be handed out. */
    private void cutStaleStates() {
        long staleBefore = latest - settings.lateness().toMillis() - capMillis;
        agents.forEach((agent, timeline) -> {
            if (timeline.state != null && timeline.since < staleBefore) {
                close(agent, timeline, Long.MAX_VALUE);
                timeline.state = null;
            }
        });
    }

    private void count(String agent, AgentState state, String reason, long from, long to) {
        for (long slot = Math.floorDiv(from, SLOT_MILLIS) * SLOT_MILLIS; slot < to; slot += SLOT_MILLIS) {
            long millis = Math.min(to, slot + SLOT_MILLIS) - Math.max(from, slot);
            var slotStart = Instant.ofEpochMilli(slot);
            if (millis > 0 && settings.keeps(slotStart)) {
                slots.computeIfAbsent(slot, start -> new HashMap<>())
                        .computeIfAbsent(agent, id -> new AgentTally(new AgentFactKey(slotStart, id)))
                        .add(state, reason, millis);
            }
        }
    }

    /** Hands out the slots starting at or before {@code upTo}. */
    private void release(long upTo) {
        var ready = slots.headMap(upTo, true);
        for (var tallies : ready.values()) {
            tallies.values().stream()
                    .sorted((a, b) -> FactKeys.AGENT_ORDER.compare(a.key, b.key))
                    .forEach(tally -> facts.accept(tally.toFact()));
        }
        ready.clear();
    }
}
