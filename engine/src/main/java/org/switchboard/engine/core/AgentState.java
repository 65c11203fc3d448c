package org.switchboard.engine.core;

/**
 * The state an agent enters at an agent-state event; the agent stays in it until the next event of the same agent.
 * A session runs from {@link #LOGIN} to {@link #LOGOUT}; every other state lies inside a session.
 */
public enum AgentState {
    /** The agent logged in; the session starts. */
    LOGIN,
    /** Logged in and available for contacts (idle). */
    READY,
    /** Logged in but not available (auxiliary state), with a reason: break, lunch, training, meeting… */
    PAUSE,
    /** Handling a contact (talking, chatting); on concurrent channels, one event per contact taken. */
    ON_CONTACT,
    /** After-contact work on the contact just ended; not available. */
    WRAP_UP,
    /** The agent logged out; the session ends. */
    LOGOUT;

    /** {@return whether this state concerns one contact, so an event entering it names the contact} */
    public boolean concernsContact() {
        return this == ON_CONTACT || this == WRAP_UP;
    }
}
