package org.switchboard.server.schedules.adherence;

import org.switchboard.engine.core.AgentState;

/** What an agent does at a moment, as far as adherence is concerned. */
public enum Activity {
    /** Logged in and on the queue: ready, on a contact, in wrap-up (or just logged in). */
    WORKING,
    /** Logged in but paused (break, lunch, training, meeting…). */
    PAUSED,
    /** Not logged in. */
    LOGGED_OUT;

    /** {@return the activity of an agent who has entered a state} */
    static Activity of(AgentState state) {
        return switch (state) {
            case LOGIN, READY, ON_CONTACT, WRAP_UP -> WORKING;
            case PAUSE -> PAUSED;
            case LOGOUT -> LOGGED_OUT;
        };
    }
}
