package org.switchboard.engine.interactions;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.engine.core.InputProblem;

/** Test sink that keeps everything a reader delivers, with the line numbers, in delivery order. */
public final class RecordingSink implements InteractionSink {

    /** A delivered contact and its line. */
    public record Read<T>(T value, long line) {}

    private final List<Read<Interaction>> contacts = new ArrayList<>();
    private final List<Read<AgentEvent>> agentEvents = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    @Override
    public void contact(Interaction contact, long line) {
        contacts.add(new Read<>(contact, line));
    }

    @Override
    public void agentEvent(AgentEvent event, long line) {
        agentEvents.add(new Read<>(event, line));
    }

    @Override
    public void rejected(InputProblem problem) {
        problems.add(problem);
    }

    /** {@return the contacts read, in delivery order} */
    public List<Interaction> contacts() {
        return contacts.stream().map(Read::value).toList();
    }

    /** {@return the contacts read with their lines} */
    public List<Read<Interaction>> contactLines() {
        return List.copyOf(contacts);
    }

    /** {@return the agent events read, in delivery order} */
    public List<AgentEvent> agentEvents() {
        return agentEvents.stream().map(Read::value).toList();
    }

    /** {@return the agent events read with their lines} */
    public List<Read<AgentEvent>> agentEventLines() {
        return List.copyOf(agentEvents);
    }

    /** {@return the problems reported, in delivery order} */
    public List<InputProblem> problems() {
        return List.copyOf(problems);
    }
}
