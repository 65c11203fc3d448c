package org.switchboard.engine.demo.internal;

/** Agent-state events of one simulation run, appended in time order. */
final class AgentEventLog {

    private final TimedRows rows = new TimedRows(4096);

    /**
     * Appends an event.
     *
     * @param agent the agent
     * @param epochSecond when
     * @param state the {@link org.switchboard.engine.core.AgentState} ordinal entered
     * @param pauseReason the {@link org.switchboard.engine.demo.PauseReason} ordinal, −1 if not a pause
     * @param contact the contact, −1 if none
     */
    void add(int agent, long epochSecond, int state, int pauseReason, int contact) {
        rows.add(epochSecond, agent, contact, state, pauseReason);
    }

    int size() {
        return rows.size();
    }

    long at(int event) {
        return rows.at(event);
    }

    int agent(int event) {
        return rows.first(event);
    }

    int contact(int event) {
        return rows.second(event);
    }

    int state(int event) {
        return rows.third(event);
    }

    int pauseReason(int event) {
        return rows.fourth(event);
    }
}
