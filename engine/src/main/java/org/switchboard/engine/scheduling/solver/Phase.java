package org.switchboard.engine.scheduling.solver;

/** The steps of a solve, in order. */
public enum Phase {
    /** The linear relaxation of the covering problem: gives the first lower bound. */
    BOUND,
    /** The integer covering problem: how many shifts of each kind to run each day, and days-off patterns. */
    COVERING,
    /** Named agents take the shifts, keeping every contract rule. */
    ASSIGNMENT,
    /** Breaks are placed inside the shifts where they hurt coverage least. */
    BREAKS,
    /** The schedule is final. */
    DONE
}
