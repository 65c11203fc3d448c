package org.switchboard.server.interactions.web;

import java.time.ZoneId;
import java.util.Optional;

/**
 * How an upload was read, kept so that its quarantined lines can be re-submitted the same way.
 *
 * @param loadId the upload's load
 * @param profileName the mapping profile of a CSV or .xlsx upload
 * @param zone the source's zone
 * @param headerLine the header line of a CSV file whose profile expects one
 */
record UploadContext(long loadId, Optional<String> profileName, ZoneId zone, Optional<String> headerLine) {}
