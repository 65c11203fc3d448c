package org.switchboard.server.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.ZoneId;
import java.util.Optional;
import org.switchboard.engine.interactions.mapping.MappingProfile;

/**
 * What to import and how.
 *
 * @param source the data source, e.g. {@code pbx-berlin}: the namespace of the natural keys, so the same contact id
 *     from two sources is two contacts; at most 32 characters
 * @param fileName the name of the file (or of the batch) as the user knows it, reported with every rejected line;
 *     at most 500 characters
 * @param format how the input is written
 * @param mapping the column mapping of a {@link ImportFormat#CSV} or {@link ImportFormat#XLSX} file (absent for the
 *     other formats); its time zone is replaced by {@code zone}
 * @param zone the source's time zone, for local times in the input (storage is UTC); {@code queue_log} times are
 *     epoch seconds and need none
 * @param policy what a rejected line does to the file
 * @param actor who imports, recorded with the load; at most 64 characters
 */
public record ImportRequest(
        String source,
        String fileName,
        ImportFormat format,
        Optional<MappingProfile> mapping,
        ZoneId zone,
        RejectPolicy policy,
        String actor) {

    /** Longest data source name (column {@code data_load.source}). */
    public static final int MAX_SOURCE_LENGTH = 32;

    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException if the source, file name or actor is blank or too long, or a mapping is
     *     missing for CSV or .xlsx or given for another format
     */
    public ImportRequest {
        requireArgument(
                !source.isBlank() && source.length() <= MAX_SOURCE_LENGTH,
                "source must be 1 to %d characters: source=%s",
                MAX_SOURCE_LENGTH,
                source);
        requireArgument(
                !fileName.isBlank() && fileName.length() <= 500,
                "file name must be 1 to 500 characters: fileName=%s",
                fileName);
        requireArgument(
                mapping.isPresent() == format.needsMapping(),
                "a mapping profile goes with CSV and XLSX only: format=%s, mapping=%s",
                format,
                mapping.map(MappingProfile::name));
        requireArgument(!actor.isBlank() && actor.length() <= 64, "actor must be 1 to 64 characters: actor=%s", actor);
    }
}
