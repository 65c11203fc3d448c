package org.switchboard.engine.interactions;

import org.switchboard.engine.core.InputProblem;

/**
 * Receives what a reader takes from a source file, in file order: every record is either a contact, an agent event
 * or a problem, so nothing read is lost. Readers call it from the reading thread only.
 */
public interface InteractionSink {

    /**
     * A contact was read.
     *
     * @param contact the contact
     * @param line the 1-based line (row) number it was read from; for contacts assembled from several lines (Asterisk
     *     {@code queue_log}), the line that completed it
     */
    void contact(Interaction contact, long line);

    /**
     * An agent-state event was read.
     *
     * @param event the event
     * @param line the 1-based line (row) number it was read from
     */
    void agentEvent(AgentEvent event, long line);

    /**
     * A record could not be taken.
     *
     * @param problem where and why
     */
    void rejected(InputProblem problem);
}
