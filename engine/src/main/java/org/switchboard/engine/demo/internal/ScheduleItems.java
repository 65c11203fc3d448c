package org.switchboard.engine.demo.internal;

/**
 * What agents are scheduled to do, as the simulation sees it: login, pause starts and logout per agent and shift, with
 * the actual times (login and logout jitter) and the actual pause lengths (overruns) already drawn. Appended in time
 * order per agent.
 */
final class ScheduleItems {

    /** Item kind: the agent logs in. */
    static final byte LOGIN = 0;
    /** Item kind: the agent starts a pause (when the contact in hand ends). */
    static final byte PAUSE = 1;
    /** Item kind: the agent logs out (when the contact in hand ends). */
    static final byte LOGOUT = 2;

    private final TimedRows rows = new TimedRows(1024);

    /**
     * Appends an item.
     *
     * @param at when it is due, epoch second
     * @param agent the agent
     * @param kind {@link #LOGIN}, {@link #PAUSE} or {@link #LOGOUT}
     * @param pauseReason the {@link org.switchboard.engine.demo.PauseReason} ordinal of a pause, else 0
     * @param pauseSeconds how long a pause lasts once taken, else 0
     */
    void add(long at, int agent, byte kind, int pauseReason, int pauseSeconds) {
        rows.add(at, agent, pauseSeconds, kind, pauseReason);
    }

    int size() {
        return rows.size();
    }

    long epochSecond(int item) {
        return rows.at(item);
    }

    int agent(int item) {
        return rows.first(item);
    }

    int durationSeconds(int item) {
        return rows.second(item);
    }

    byte kind(int item) {
        return (byte) rows.third(item);
    }

    int reason(int item) {
        return rows.fourth(item);
    }
}
