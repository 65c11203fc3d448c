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
 * the UTF-16 code units of the fields, each followed by {@code '|'}, absent values written as U+0000: channel,
 * queue, direction, customer, arrival, answer, end, wrap-up end (ISO-8601 instants at microseconds, what the database
 * keeps), agent, disposition, reason code, sale, revenue (two decimals). The natural key's source id is not part of
 * it. Not a cryptographic hash: it detects changes, it does not protect anything.
 */
final class ContactFingerprint {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final char SEPARATOR = '|';
    private static final char ABSENT = '\u0000';

    private ContactFingerprint() {}

    /** {@return the fingerprint of the contact's stored fields: FNV-1a 64 of its {@link #canonical} text} */
    static long of(Interaction contact) {
        return fnv1a(canonical(contact));
    }

    /** {@return the stored fields of the contact, each followed by {@code '|'}, absent ones as U+0000} */
    static String canonical(Interaction contact) {
        var text = new StringBuilder(160);
        add(text, contact.channel().name());
        add(text, contact.queue());
        add(text, contact.direction().name());
        add(text, contact.customer());
        add(text, stored(contact.arrivedAt()));
        add(text, contact.answeredAt().map(ContactFingerprint::stored));
        add(text, stored(contact.endedAt()));
        add(text, contact.wrapEndedAt().map(ContactFingerprint::stored));
        add(text, contact.agentId());
        add(text, contact.disposition().name());
        add(text, contact.reasonCode());
        add(text, contact.sale());
        add(text, contact.revenue().map(ContactFingerprint::stored));
        return text.toString();
    }

    /**
     * {@return FNV-1a 64 of the text's UTF-16 code units}: start at the offset basis; for each unit, XOR it in and
     * multiply by the prime (mod 2^64). For ASCII text this is FNV-1a 64 of its bytes.
     */
    static long fnv1a(CharSequence text) {
        long hash = OFFSET_BASIS;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * PRIME;
        }
        return hash;
    }

    /** {@return the instant as the database keeps it: microseconds} */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** {@return the amount as the database keeps it: two decimals} */
    static BigDecimal stored(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void add(StringBuilder text, Optional<?> value) {
        add(text, value.isPresent() ? value.get() : ABSENT);
    }

    private static void add(StringBuilder text, Object value) {
        text.append(value).append(SEPARATOR);
    }
}
