package org.switchboard.server.interactions;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.switchboard.engine.core.Disposition;
import org.switchboard.server.interactions.InteractionBatch.PendingContact;

/**
 * Writes new contacts to PostgreSQL with {@code COPY contact (…) FROM STDIN} in PostgreSQL's text format, the fast
 * path of the batched INSERT that other databases get: the same columns and values as
 * {@link InteractionRows}'s INSERT, in the caller's transaction (COPY is transactional, so a batch commits or rolls
 * back whole, as its INSERTs would).
 *
 * <p>Text format (PostgreSQL manual, COPY, "Text Format"): one line per row, columns separated by a tab, {@code \N}
 * for NULL; a backslash, tab, newline or carriage return inside a value is written {@code \\}, {@code \t},
 * {@code \n}, {@code \r}. Instants are written as ISO-8601 in UTC at microseconds (what the column keeps), booleans
 * as {@code t}/{@code f}, the revenue with two decimals.
 */
final class PostgresContactCopy {

    private static final char TAB = '\t';
    private static final String NULL = "\\N";

    private final String sql;

    /**
     * Creates the statement for these columns.
     *
     * @param columns the contact columns {@link #row} writes, in its order, followed by {@code source, source_id}
     */
    PostgresContactCopy(List<String> columns) {
        this.sql = "COPY contact (" + String.join(", ", columns) + ") FROM STDIN";
    }

    /** {@return whether the connection is PostgreSQL's, so {@link #copy} can be used} */
    static boolean supports(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    /**
     * Copies the contacts into the table.
     *
     * @param connection the transaction's connection, a PostgreSQL one
     * @param contacts the contacts to add
     * @param source the source they come from
     * @param loadId the load that writes them
     * @return the rows written
     */
    long copy(Connection connection, List<PendingContact> contacts, String source, long loadId) throws SQLException {
        var text = new StringBuilder(contacts.size() * 256);
        for (var pending : contacts) {
            row(text, pending, source, loadId);
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the COPY data of " + contacts.size() + " contacts", e);
        }
    }

    /**
     * Writes one line: the columns of {@code InteractionRows.CONTACT_COLUMNS}, then source and source id.
     *
     * @param text receives the line, newline included
     * @param pending the contact and its fingerprint
     * @param source the source
     * @param loadId the load
     */
    static void row(StringBuilder text, PendingContact pending, String source, long loadId) {
        var contact = pending.contact();
        value(text, contact.channel().name());
        value(text, contact.queue());
        value(text, contact.direction().name());
        value(text, pending.customerHash());
        value(text, contact.customer());
        value(text, Optional.of(instant(contact.arrivedAt())));
        value(text, contact.answeredAt().map(PostgresContactCopy::instant));
        value(text, Optional.of(instant(contact.endedAt())));
        value(text, contact.wrapEndedAt().map(PostgresContactCopy::instant));
        value(text, contact.agentId());
        value(text, contact.disposition().name());
        value(text, contact.reasonCode());
        value(text, bool(contact.disposition() == Disposition.TRANSFERRED));
        value(text, Optional.empty());
        value(text, contact.sale().map(PostgresContactCopy::bool));
        value(text, contact.revenue().map(amount -> ContactFingerprint.stored(amount).toPlainString()));
        value(text, Long.toString(pending.fingerprint()));
        value(text, Long.toString(loadId));
        value(text, source);
        text.append(escaped(contact.sourceId())).append('\n');
    }

    private static String instant(Instant at) {
        return ContactFingerprint.stored(at).toString();
    }

    private static String bool(boolean value) {
        return value ? "t" : "f";
    }

    private static void value(StringBuilder text, Optional<String> value) {
        text.append(value.isPresent() ? escaped(value.get()) : NULL).append(TAB);
    }

    private static void value(StringBuilder text, String value) {
        text.append(escaped(value)).append(TAB);
    }

    /** {@return the value with backslash, tab, newline and carriage return escaped for the text format} */
    static String escaped(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        var out = new StringBuilder(value.length() + 8);
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
