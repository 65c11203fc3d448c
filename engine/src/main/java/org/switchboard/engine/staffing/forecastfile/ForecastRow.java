package org.switchboard.engine.staffing.forecastfile;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.switchboard.engine.core.Checks;

/**
 * One interval of a forecast file.
 *
 * @param line the line (CSV) or row (.xlsx) it was read from, 1-based
 * @param queue the queue, empty when the file has no queue column or the cell is empty
 * @param localStart the interval start as local time in the centre's zone
 * @param start the interval start as an instant
 * @param contacts contacts offered in the interval, at least 0
 * @param ahtSeconds average handle time in seconds; above 0 when {@code contacts > 0}, at least 0 otherwise
 */
public record ForecastRow(
        long line, String queue, LocalDateTime localStart, Instant start, double contacts, double ahtSeconds) {

    /** Validates the fields. */
    public ForecastRow {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(localStart, "localStart");
        Objects.requireNonNull(start, "start");
        Checks.requireArgument(line >= 1, "line must be at least 1: line=%d", line);
        Checks.requireArgument(
                Double.isFinite(contacts) && contacts >= 0, "contacts must be at least 0: contacts=%s", contacts);
        Checks.requireArgument(
                Double.isFinite(ahtSeconds) && (ahtSeconds > 0 || (ahtSeconds == 0 && contacts == 0)),
                "ahtSeconds must be above 0 when there are contacts: ahtSeconds=%s, contacts=%s",
                ahtSeconds,
                contacts);
    }

    /** {@return whether the interval has contacts to handle} */
    public boolean hasContacts() {
        return contacts > 0;
    }
}
