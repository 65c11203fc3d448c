package org.switchboard.engine.interactions.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.interactions.Interaction;

/**
 * Aggregates contacts into 15-minute {@link ContactFact}s, detecting repeat contacts for FCR itself. Single-threaded;
 * {@link #accept} every contact, then {@link #finish}.
 *
 * <p><b>FCR</b> (metrics.md §3). A contact of the FCR base (answered, not transferred, with a customer key) is
 * <em>repeat-followed</em> when another contact of the same customer — of any queue, channel, direction or outcome,
 * and with {@link FactSettings#fcrSameReason()} of the same reason code — arrives within {@link
 * FactSettings#fcrWindow()} after it (a later arrival at most the window later; an equal arrival read later counts).
 * A transferred contact is not in the base: the customer's contact goes on in the target queue, whose contact is
 * judged. The builder remembers only the latest contact of each customer seen within the window, so its memory is
 * bounded by the window, not by the input.
 *
 * <p><b>Order and output.</b> Contacts should come roughly in arrival order; they may be out of order by up to
 * {@link FactSettings#lateness()} (a {@code queue_log} delivers a call when it ends). The facts of a slot are handed
 * to the consumer, in slot order and within a slot in {@link FactKeys#ORDER}, once the latest arrival read lies
 * lateness + FCR window past the slot's end, and the rest at {@link #finish}. A contact later than that starts a
 * second fact of its key ({@link #lateContacts()} counts them): consumers merge facts by key, as {@link FactTable}
 * does. Only facts of slots within [{@link FactSettings#keepFrom()}, {@link FactSettings#keepTo()}) are handed out.
 */
public final class ContactFactBuilder {

    private static final long SLOT_MILLIS = FactKey.SLOT.toMillis();

    private final FactSettings settings;
    private final Consumer<ContactFact> facts;
    private final long holdMillis;
    private final long forgetMillis;
    private final TreeMap<Long, Map<FactKey, ContactTally>> slots = new TreeMap<>();
    private final LinkedHashMap<String, LastContact> lastContacts = new LinkedHashMap<>();
    private long latestArrival = Long.MIN_VALUE;
    private long nextRelease = Long.MIN_VALUE;
    private long releasedUpTo = Long.MIN_VALUE;
    private long currentSlot = Long.MIN_VALUE;
    private Instant currentSlotStart = Instant.MIN;
    private @Nullable Map<FactKey, ContactTally> currentTallies;
    private long lateContacts;
    private long lateRepeats;
    private boolean finished;

    /** The latest contact of one customer: when it arrived and, if it is in the FCR base, its tally. */
    private static final class LastContact {
        long arrival;
        @Nullable ContactTally baseTally;
    }

    /**
     * Creates a builder.
     *
     * @param settings the settings
     * @param facts receives the facts as slots complete
     */
    public ContactFactBuilder(FactSettings settings, Consumer<ContactFact> facts) {
        this.settings = settings;
        this.facts = facts;
        this.holdMillis = settings.lateness().toMillis() + settings.fcrWindow().toMillis() + SLOT_MILLIS;
        this.forgetMillis = settings.lateness().toMillis() + settings.fcrWindow().toMillis();
    }

    /**
     * Takes the next contact.
     *
     * @param contact the contact
     * @throws IllegalStateException after {@link #finish}
     */
    public void accept(Interaction contact) {
        if (finished) {
            throw new IllegalStateException("contact fact builder already finished");
        }
        long arrival = contact.arrivedAt().toEpochMilli();
        long slot = Math.floorDiv(arrival, SLOT_MILLIS) * SLOT_MILLIS;
        ContactTally baseTally = null;
        var slotStart = slot == currentSlot ? currentSlotStart : Instant.ofEpochMilli(slot);
        if (settings.keeps(slotStart)) {
            var tally = tallyOf(slot, slotStart, contact);
            baseTally = tally.add(contact) ? tally : null;
        }
        trackCustomer(contact, arrival, baseTally);
        if (arrival > latestArrival) {
            latestArrival = arrival;
            if (arrival >= nextRelease) {
                release(latestArrival - holdMillis);
                forget(latestArrival - forgetMillis);
                nextRelease = Math.floorDiv(arrival, SLOT_MILLIS) * SLOT_MILLIS + SLOT_MILLIS;
            }
        }
    }

    /** Hands out the facts of every slot still held; the builder takes no more contacts. */
    public void finish() {
        if (!finished) {
            release(Long.MAX_VALUE);
            lastContacts.clear();
            finished = true;
        }
    }

    /** {@return the contacts read after their slot had been handed out (see the class notes)} */
    public long lateContacts() {
        return lateContacts;
    }

    /** {@return the repeats read after the slot of the contact they follow had been handed out, so not counted} */
    public long lateRepeats() {
        return lateRepeats;
    }

    private ContactTally tallyOf(long slot, Instant slotStart, Interaction contact) {
        if (slot <= releasedUpTo) {
            lateContacts++;
        }
        Map<FactKey, ContactTally> tallies;
        if (slot == currentSlot && currentTallies != null) {
            tallies = currentTallies;
        } else {
            tallies = slots.computeIfAbsent(slot, start -> new HashMap<>());
            currentSlot = slot;
            currentSlotStart = slotStart;
            currentTallies = tallies;
        }
        var key = new FactKey(
                slotStart,
                contact.queue(),
                contact.channel(),
                contact.direction(),
                contact.agentId().orElse(FactKey.NO_AGENT));
        var tally = tallies.get(key);
        if (tally == null) {
            tally = new ContactTally(key);
            tallies.put(key, tally);
        }
        return tally;
    }

    private String customerKey(String customer, Interaction contact) {
        return settings.fcrSameReason() ? customer + '\u0000' + contact.reasonCode().orElse("") : customer;
    }

    /**
     * Keeps the customer's latest contact, marking it repeat-followed when this contact arrives within the window
     * after it. A contact read after a later one of the same customer (out of order) is itself followed by that one.
     */
    private void trackCustomer(Interaction contact, long arrival, @Nullable ContactTally baseTally) {
        if (contact.customer().isEmpty()) {
            return;
        }
        var customer = customerKey(contact.customer().get(), contact);
        long window = settings.fcrWindow().toMillis();
        var last = lastContacts.remove(customer);
        if (last == null) {
            last = new LastContact();
            last.arrival = arrival;
            last.baseTally = baseTally;
        } else if (arrival >= last.arrival) {
            if (last.baseTally != null && arrival - last.arrival <= window && !last.baseTally.markRepeated()) {
                lateRepeats++;
            }
            last.arrival = arrival;
            last.baseTally = baseTally;
        } else if (baseTally != null && last.arrival - arrival <= window) {
            baseTally.markRepeated();
        }
        lastContacts.put(customer, last);
    }

    /** Hands out the slots starting at or before {@code upTo}. */
    private void release(long upTo) {
        var ready = slots.headMap(upTo, true);
        var out = new ArrayList<ContactTally>();
        for (var tallies : ready.values()) {
            out.clear();
            out.addAll(tallies.values());
            out.sort((a, b) -> FactKeys.ORDER.compare(a.key, b.key));
            for (var tally : out) {
                facts.accept(tally.toFact());
            }
        }
        ready.clear();
        releasedUpTo = Math.max(releasedUpTo, upTo);
        currentSlot = Long.MIN_VALUE;
        currentTallies = null;
    }

    private void forget(long arrivedBefore) {
        var customers = lastContacts.values().iterator();
        while (customers.hasNext() && customers.next().arrival < arrivedBefore) {
            customers.remove();
        }
    }
}
