package org.switchboard.server.interactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;

/**
 * The records read since the last write, keyed by their natural keys. A key read twice in one batch keeps the later
 * record: counted already present when it is the same, changed when it differs (the earlier one is then never
 * written).
 */
final class InteractionBatch {

    /** A contact's natural key within its source. */
    record ContactKey(String sourceId, String queue) {}

    /** An agent event's natural key within its source; {@code contactId} is {@code ""} when there is none. */
    record EventKey(String agentId, Instant at, AgentState state, String contactId) {

        static EventKey of(AgentEvent event) {
            return new EventKey(
                    event.agentId(), ContactFingerprint.stored(event.at()), event.state(), event.contactId().orElse(""));
        }
    }

    /**
     * A contact waiting to be written, with its fingerprint and its stored customer key
     * ({@link InteractionStore#customerHash}), both worked out while reading so the writing has less to do.
     */
    record PendingContact(Interaction contact, long fingerprint, Optional<String> customerHash) {

        static PendingContact of(Interaction contact) {
            return new PendingContact(
                    contact, ContactFingerprint.of(contact), contact.customer().map(InteractionStore::customerHash));
        }
    }

    private final Map<ContactKey, PendingContact> contacts = new LinkedHashMap<>();
    private final Map<EventKey, AgentEvent> events = new LinkedHashMap<>();
    private final List<InputProblem> rejections = new ArrayList<>();
    private int records;
    private long repeatedSame;
    private long repeatedChanged;

    void add(Interaction contact) {
        records++;
        var pending = PendingContact.of(contact);
        var earlier = contacts.put(new ContactKey(contact.sourceId(), contact.queue()), pending);
        countRepeat(earlier, earlier != null && earlier.fingerprint() == pending.fingerprint());
    }

    void add(AgentEvent event) {
        records++;
        var earlier = events.put(EventKey.of(event), event);
        countRepeat(earlier, earlier != null && earlier.reason().equals(event.reason()));
    }

    void reject(InputProblem problem) {
        records++;
        rejections.add(problem);
    }

    private void countRepeat(Object earlier, boolean same) {
        if (earlier != null) {
            if (same) {
                repeatedSame++;
            } else {
                repeatedChanged++;
            }
        }
    }

    /** {@return records read into the batch: contacts, events and rejected lines} */
    int records() {
        return records;
    }

    Collection<PendingContact> contacts() {
        return contacts.values();
    }

    Map<EventKey, AgentEvent> events() {
        return events;
    }

    List<InputProblem> rejections() {
        return rejections;
    }

    /** {@return records repeated within the batch with the same values} */
    long repeatedSame() {
        return repeatedSame;
    }

    /** {@return records repeated within the batch with other values} */
    long repeatedChanged() {
        return repeatedChanged;
    }
}
