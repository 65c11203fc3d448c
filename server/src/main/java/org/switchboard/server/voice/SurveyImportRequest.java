package org.switchboard.server.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.ZoneId;
import java.util.Optional;
import org.switchboard.server.interactions.RejectPolicy;

/**
 * An import of survey responses.
 *
 * @param surveyCode the survey answered
 * @param source the system the responses come from (1 to 32 characters); with the response id the natural key
 * @param fileName the file name ({@code .xlsx} is read as a workbook, anything else as CSV), or {@code request}
 * @param mapping which column holds what (files; empty for parsed batches)
 * @param zone the zone of local date-times; the centre's zone when empty
 * @param policy what a rejected line does
 * @param actor who imports, for the audit log
 */
public record SurveyImportRequest(
        String surveyCode,
        String source,
        String fileName,
        Optional<ColumnMapping> mapping,
        Optional<ZoneId> zone,
        RejectPolicy policy,
        String actor) {

    /**
     * Validates the source.
     *
     * @throws IllegalArgumentException if the source is blank or longer than 32 characters
     */
    public SurveyImportRequest {
        requireArgument(!source.isBlank() && source.length() <= 32, "a source has 1 to 32 characters: '%s'", source);
    }
}
