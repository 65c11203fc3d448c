package org.switchboard.server.interactions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.switchboard.engine.interactions.Interaction;

/**
 * The fingerprint of a contact: a 64-bit hash of every field an import stores, so a re-import tells a contact
 * "already present" (same fingerprint under the same natural key) from "changed".
 *
 * <p>Hash: FNV-1a 64 (Fowler, Noll, Vo; offset basis {@code 0xcbf29ce484222325}, prime {@code 0x100000001b3}) over
 * the UTF-16 code units of the fields joined with {@code '|'}, absent values written as {@code '\u0000'}: channel,
 * queue, direction, customer, arrival, answer, end, wrap-up end (ISO-8601 instants at microseconds, what the database
 * keeps), agent, disposition, reason code, sale, revenue (two decimals). The natural key's source id is not part of
 * it. Not a cryptographic hash: it detects changes, it does not protect anything.
 */
final class ContactFingerprint {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final char SEPARATOR = '|';
    private static final char ABSENT = '\u0000';

    private long hash = OFFSET_BASIS;

    private ContactFingerprint() {}

    /** {@return the fingerprint of the contact's stored fields} */
    static long of(Interaction contact) {
        return new ContactFingerprint()
                .add(contact.channel().name())
                .add(contact.queue())
                .add(contact.direction().name())
                .add(contact.customer())
                .add(stored(contact.arrivedAt()).toString())
                .add(contact.answeredAt().map(ContactFingerprint::stored))
                .add(stored(contact.endedAt()).toString())
                .add(contact.wrapEndedAt().map(ContactFingerprint::stored))
                .add(contact.agentId())
                .add(contact.disposition().name())
                .add(contact.reasonCode())
                .add(contact.sale())
                .add(contact.revenue().map(ContactFingerprint::stored))
                .hash;
    }

    /** {@return the instant as the database keeps it: microseconds} */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** {@return the amount as the database keeps it: two decimals} */
    static BigDecimal stored(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private ContactFingerprint add(Optional<?> value) {
        return value.isPresent() ? add(value.get().toString()) : addChar(ABSENT).addChar(SEPARATOR);
    }

    private ContactFingerprint add(String value) {
        for (int i = 0; i < value.length(); i++) {
            addChar(value.charAt(i));
        }
        return addChar(SEPARATOR);
    }

    private ContactFingerprint addChar(char c) {
        hash = (hash ^ c) * PRIME;
        return this;
    }
}
