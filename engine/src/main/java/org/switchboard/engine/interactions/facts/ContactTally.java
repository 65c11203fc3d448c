package org.switchboard.engine.interactions.facts;

import java.math.BigDecimal;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;

/**
 * The running sums of one {@link FactKey} while a {@link ContactFactBuilder} reads contacts: mutable, so the
 * per-contact path allocates nothing of its own; {@link #toFact()} hands out the immutable {@link ContactFact}.
 */
final class ContactTally {

    final FactKey key;
    private long answered;
    private long abandoned;
    private long overflowed;
    private long transferred;
    private final WaitHistogram.Builder answeredWaits = new WaitHistogram.Builder();
    private final WaitHistogram.Builder abandonedWaits = new WaitHistogram.Builder();
    private final WaitHistogram.Builder overflowedWaits = new WaitHistogram.Builder();
    private long talkMillis;
    private long wrapMillis;
    private long wrapRecorded;
    private long firstContactBase;
    private long repeated;
    private long saleEligible;
    private long sales;
    private BigDecimal revenue = BigDecimal.ZERO;
    private boolean handedOut;

    ContactTally(FactKey key) {
        this.key = key;
    }

    /**
     * Adds a contact.
     *
     * @return whether the contact is in the FCR base (answered, not transferred, with a customer key)
     */
    boolean add(Interaction contact) {
        long arrival = contact.arrivedAt().toEpochMilli();
        long end = contact.endedAt().toEpochMilli();
        var disposition = contact.disposition();
        if (disposition.isAnswered()) {
            long answer = contact.answeredAt().orElseThrow().toEpochMilli();
            answered++;
            answeredWaits.add(answer - arrival);
            talkMillis += end - answer;
            if (contact.wrapEndedAt().isPresent()) {
                wrapMillis += contact.wrapEndedAt().get().toEpochMilli() - end;
                wrapRecorded++;
            }
            if (contact.sale().isPresent()) {
                saleEligible++;
                sales += contact.sale().get() ? 1 : 0;
            }
            if (contact.revenue().isPresent()) {
                revenue = revenue.add(contact.revenue().get());
            }
            if (disposition == Disposition.TRANSFERRED) {
                transferred++;
                return false;
            }
            boolean inBase = contact.customer().isPresent();
            firstContactBase += inBase ? 1 : 0;
            return inBase;
        }
        if (disposition.isAbandoned()) {
            abandoned++;
            abandonedWaits.add(end - arrival);
        } else {
            overflowed++;
            overflowedWaits.add(end - arrival);
        }
        return false;
    }

    /**
     * Counts one contact of the FCR base as followed by a repeat.
     *
     * @return false if this tally was already handed out, so the repeat came too late to count
     */
    boolean markRepeated() {
        if (handedOut) {
            return false;
        }
        repeated++;
        return true;
    }

    ContactFact toFact() {
        handedOut = true;
        return new ContactFact(
                key,
                answered + abandoned + overflowed,
                answered,
                abandoned,
                overflowed,
                transferred,
                answeredWaits.build(),
                abandonedWaits.build(),
                overflowedWaits.build(),
                talkMillis,
                wrapMillis,
                wrapRecorded,
                firstContactBase,
                repeated,
                saleEligible,
                sales,
                revenue);
    }
}
