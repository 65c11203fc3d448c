package org.switchboard.server.interactions.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.interactions.ImportFormat;
import org.switchboard.server.interactions.ImportRequest;
import org.switchboard.server.interactions.RejectPolicy;

/**
 * What a user enters with an uploaded file. Absent fields arrive as {@code null} and are reported next to their field.
 *
 * @param format how the file is written: queue_log, CSV or .xlsx
 * @param profile the name of the mapping profile, needed for CSV and .xlsx (checked by the controller, which knows
 *     the profiles)
 * @param source the data source, the namespace of the records' ids: 1 to 32 letters, digits, '.', '_' or '-'
 * @param zone the source's time zone, an IANA id such as {@code Europe/Berlin}
 * @param policy reject the whole file, or store the valid lines and quarantine the rest
 */
public record UploadForm(
        @NotNull(message = "{interactions.error.format}") @Nullable ImportFormat format,
        @Nullable String profile,
        @NotNull(message = "{interactions.error.source}")
        @Pattern(regexp = SOURCE_PATTERN, message = "{interactions.error.source}")
        @Nullable String source,
        @NotNull(message = "{interactions.error.zone}") @Nullable String zone,
        @NotNull(message = "{interactions.error.policy}") @Nullable RejectPolicy policy) {

    /** Rule for source names: what fits {@code data_load.source}, without blanks or signs that need quoting. */
    public static final String SOURCE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0," + (ImportRequest.MAX_SOURCE_LENGTH - 1)
            + "}";

    /** {@return the form as first shown: CSV, no profile, source {@code upload}, the centre's zone, reject the file} */
    static UploadForm initial(ZoneId centreZone) {
        return new UploadForm(ImportFormat.CSV, "", "upload", centreZone.getId(), RejectPolicy.REJECT_FILE);
    }

    /** {@return whether the zone is a known time-zone id} */
    @AssertTrue(message = "{interactions.error.zone}")
    public boolean isZoneKnown() {
        if (zone == null) {
            return true;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    /** {@return the formats a user may upload: every format but JSON, which arrives through the API} */
    static java.util.List<ImportFormat> uploadFormats() {
        return java.util.Arrays.stream(ImportFormat.values()).filter(f -> f != ImportFormat.JSON).toList();
    }

    /** {@return whether the format is one a user may upload} */
    @AssertTrue(message = "{interactions.error.format}")
    public boolean isFormatUploadable() {
        return format != ImportFormat.JSON;
    }
}
