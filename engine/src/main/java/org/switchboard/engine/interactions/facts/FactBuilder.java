package org.switchboard.engine.interactions.facts;

import java.util.List;
import java.util.function.Consumer;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.InteractionSink;

/**
 * An {@link InteractionSink} that builds interval facts from what a reader reads: contacts go to a
 * {@link ContactFactBuilder}, agent events to an {@link AgentFactBuilder}, problems to their own consumer. Call
 * {@link #finish} after the last file.
 *
 * {@snippet :
 * var table = new FactTable();
 * var builder = new FactBuilder(FactSettings.standard(), table, problems::add);
 * var reader = new QueueLogReader(QueueLogAssembler.Settings.standard(), builder);   // or any other reader
 * reader.read("queue_log", in);
 * reader.finish();
 * builder.finish();
 * var queues = Rollups.contacts(table.contactFacts(), FactKeys.allAgents());
 * }
 */
public final class FactBuilder implements InteractionSink {

    private final ContactFactBuilder contacts;
    private final AgentFactBuilder agents;
    private final Consumer<InputProblem> problems;

    /**
     * Creates a builder.
     *
     * @param settings the settings
     * @param contactFacts receives the contact facts
     * @param agentFacts receives the agent facts
     * @param problems receives the reader's problems as they come
     */
    public FactBuilder(
            FactSettings settings,
            Consumer<ContactFact> contactFacts,
            Consumer<AgentFact> agentFacts,
            Consumer<InputProblem> problems) {
        this.contacts = new ContactFactBuilder(settings, contactFacts);
        this.agents = new AgentFactBuilder(settings, agentFacts);
        this.problems = problems;
    }

    /**
     * Creates a builder that collects every fact into a table.
     *
     * @param settings the settings
     * @param table receives every fact
     * @param problems receives the reader's problems as they come
     */
    public FactBuilder(FactSettings settings, FactTable table, Consumer<InputProblem> problems) {
        this(settings, table::add, table::add, problems);
    }

    @Override
    public void contact(Interaction contact, long line) {
        contacts.accept(contact);
    }

    @Override
    public void agentEvent(AgentEvent event, long line) {
        agents.accept(event);
    }

    @Override
    public void rejected(InputProblem problem) {
        problems.accept(problem);
    }

    /** Hands out every fact still held; the builder takes no more input. */
    public void finish() {
        contacts.finish();
        agents.finish();
    }

    /** {@return the agent states cut at the open-state maximum} */
    public List<CappedState> cappedStates() {
        return agents.cappedStates();
    }

    /** {@return the contacts read after their slot had been handed out} */
    public long lateContacts() {
        return contacts.lateContacts();
    }

    /** {@return the repeats read too late to count} */
    public long lateRepeats() {
        return contacts.lateRepeats();
    }

    /** {@return the agent events out of time order within their agent} */
    public long outOfOrderAgentEvents() {
        return agents.outOfOrderEvents();
    }
}
