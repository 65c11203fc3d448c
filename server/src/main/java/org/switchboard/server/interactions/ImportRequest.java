package org.switchboard.server.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.ZoneId;

/**
 * What to import and how.
 *
 * @param source the data source, e.g. {@code pbx-berlin}: the namespace of the natural keys, so the same contact id
 *     from two sources is two contacts; at most 32 characters
 * @param fileName the name of the file (or of the batch) as the user knows it, reported with every rejected line;
 *     at most 500 characters
 * @param format how the input is written
 * @param zone the source's time zone, for local times in the input (storage is UTC)
 * @param policy what a rejected line does to the file
 * @param actor who imports, recorded with the load; at most 64 characters
 */
public record ImportRequest(
        String source, String fileName, ImportFormat format, ZoneId zone, RejectPolicy policy, String actor) {

    /** Longest data source name (column {@code data_load.source}). */
    public static final int MAX_SOURCE_LENGTH = 32;

    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException if the source, file name or actor is blank or too long
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
        requireArgument(!actor.isBlank() && actor.length() <= 64, "actor must be 1 to 64 characters: actor=%s", actor);
    }
}
