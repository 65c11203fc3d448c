package org.switchboard.server.staffing.bulk;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored requirement set: what was uploaded, by whom, and with which parameters.
 *
 * @param id database id
 * @param name the name given at upload (the file name when none was given)
 * @param createdAt when it was stored
 * @param createdBy user name of who uploaded it
 * @param parameters model, interval length and targets
 * @param sourceFile the uploaded file's name
 * @param intervals number of interval rows
 * @param peakAgents the most agents required in any interval, summed over queues
 */
public record RequirementSet(
        long id,
        String name,
        Instant createdAt,
        String createdBy,
        StaffingParameters parameters,
        String sourceFile,
        int intervals,
        int peakAgents) {

    /** Validates the mandatory fields. */
    public RequirementSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }
}
