package org.switchboard.server.interactions;

import java.util.Optional;
import org.switchboard.engine.core.InputProblem;

/**
 * A line (row, record) an import rejected, as kept in {@code import_rejection}.
 *
 * @param id database id
 * @param loadId the load that rejected it
 * @param problem file, line, field, value and reason
 * @param rawText the whole line as read, when the reader reported the line as a whole
 * @param status {@code QUARANTINED}, {@code REFUSED}, {@code RESUBMITTED} or {@code DISCARDED}
 */
public record ImportRejection(long id, long loadId, InputProblem problem, Optional<String> rawText, String status) {}
