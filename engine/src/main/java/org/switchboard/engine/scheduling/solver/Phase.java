package org.switchboard.engine.scheduling.solver;

/** The steps of a solve, in order. */
public enum Phase {
    /** The linear relaxation of the covering problem: gives the first lower bound. */
    BOUND,
    /** Named agents take the covering's shifts, keeping every contract rule, and breaks are placed. */
    ASSIGNMENT,
    /** A pass of the local improvement finished with a better schedule. */
    IMPROVEMENT,
    /** The schedule is final. */
    DONE
}
