package org.switchboard.engine.interactions.facts;

import java.util.HashMap;
import java.util.Map;
import org.switchboard.engine.core.AgentState;

/** The running sums of one agent in one slot while an {@link AgentFactBuilder} reads events. */
final class AgentTally {

    final AgentFactKey key;
    private long ready;
    private long onContact;
    private long wrapUp;
    private long paused;
    private final Map<String, Long> pausedByReason = new HashMap<>(4);

    AgentTally(AgentFactKey key) {
        this.key = key;
    }

    void add(AgentState state, String reason, long millis) {
        switch (state) {
            case LOGIN, READY -> ready += millis;
            case ON_CONTACT -> onContact += millis;
            case WRAP_UP -> wrapUp += millis;
            case PAUSE -> {
                paused += millis;
                pausedByReason.merge(reason, millis, Long::sum);
            }
            case LOGOUT -> throw new IllegalArgumentException("no time is counted after LOGOUT: " + key);
        }
    }

    AgentFact toFact() {
        return new AgentFact(key, ready + onContact + wrapUp + paused, ready, onContact, wrapUp, paused, pausedByReason);
    }
}
