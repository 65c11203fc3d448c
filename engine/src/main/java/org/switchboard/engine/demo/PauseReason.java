package org.switchboard.engine.demo;

/** Why an agent of the demo centre is in the {@link org.switchboard.engine.core.AgentState#PAUSE PAUSE} state. */
public enum PauseReason {
    /** A short rest break (15 minutes, two per full shift). */
    BREAK,
    /** The lunch break (30 minutes, one per shift of six hours or more). */
    LUNCH,
    /** A training session (one hour, about once a fortnight per agent). */
    TRAINING,
    /** The weekly team meeting (30 minutes, the whole team at once). */
    MEETING
}
