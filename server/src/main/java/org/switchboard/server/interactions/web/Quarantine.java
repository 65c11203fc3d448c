package org.switchboard.server.interactions.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.interactions.DataLoad;
import org.switchboard.server.interactions.ImportFormat;
import org.switchboard.server.interactions.ImportOutcome;
import org.switchboard.server.interactions.ImportProgress;
import org.switchboard.server.interactions.ImportRejection;
import org.switchboard.server.interactions.ImportRequest;
import org.switchboard.server.interactions.Importer;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.interactions.profiles.ProfileCatalogue;

/**
 * The quarantine of uploads: a rejected line is discarded, or fixed and re-submitted through the {@link Importer}
 * with the upload's source, format, profile and zone (and, for CSV, its header line), as a load of its own named
 * after the line. A re-submitted line is taken only whole: if it is rejected again, nothing is stored and the line
 * stays in quarantine. Both changes of status are audited.
 *
 * <p>What can be re-submitted: lines of queue_log and CSV uploads. Rows of .xlsx workbooks and records of the JSON
 * API have no line of text to edit; they can be discarded (and sent again from their source).
 */
@Service
class Quarantine {

    /** The result of a re-submission. */
    sealed interface Resubmission permits Stored, Refused, Impossible {}

    /** The line was stored: the rejection is closed as {@code RESUBMITTED}. */
    record Stored(ImportOutcome outcome) implements Resubmission {}

    /** The line was rejected again: nothing stored, the line stays in quarantine. */
    record Refused(List<InputProblem> problems) implements Resubmission {}

    /** The line cannot be re-submitted; the key names why. */
    record Impossible(String reasonKey) implements Resubmission {}

    private static final String QUARANTINED = "QUARANTINED";
    private static final String TARGET = "import_rejection";

    private final Importer importer;
    private final ProfileCatalogue profiles;
    private final QuarantineStore store;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    Quarantine(
            Importer importer,
            ProfileCatalogue profiles,
            QuarantineStore store,
            AuditLog auditLog,
            PlatformTransactionManager transactions) {
        this.importer = importer;
        this.profiles = profiles;
        this.store = store;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Keeps how an upload was read, for its quarantined lines.
     *
     * @param loadId the upload's load
     * @param format the upload's format
     * @param profile the mapping profile of a CSV or .xlsx upload
     * @param zone the source's zone
     * @param spooled the uploaded file, to read a CSV header line from
     */
    void remember(long loadId, ImportFormat format, Optional<MappingProfile> profile, ZoneId zone, Path spooled) {
        var header = profile.filter(p -> format == ImportFormat.CSV && p.csv().headerRow())
                .map(p -> firstLine(spooled, p.csv().charset()));
        store.save(new UploadContext(loadId, profile.map(MappingProfile::name), zone, header));
    }

    /**
     * Discards a quarantined line.
     *
     * @return whether the line was in quarantine
     */
    boolean discard(long loadId, long rejectionId) {
        var closed = transaction.execute(status -> {
            var moved = store.close(loadId, rejectionId, "DISCARDED");
            if (moved) {
                auditLog.record("QUARANTINE_DISCARDED", TARGET, String.valueOf(rejectionId), "load " + loadId);
            }
            return moved;
        });
        return Boolean.TRUE.equals(closed);
    }

    /**
     * Re-submits a quarantined line, as the user corrected it.
     *
     * @param loadId the load that rejected it
     * @param rejectionId the rejected line
     * @param rawText the line as it should have been
     * @param actor who re-submits it
     */
    Resubmission resubmit(long loadId, long rejectionId, String rawText, String actor) {
        var load = importer.load(loadId);
        var rejection = rejection(loadId, rejectionId);
        var context = store.context(loadId);
        if (load.isEmpty() || rejection.isEmpty() || !rejection.get().status().equals(QUARANTINED)) {
            return new Impossible("interactions.quarantine.not-quarantined");
        }
        var format = load.get().format();
        if (context.isEmpty() || format.isEmpty() || !(format.get() == ImportFormat.CSV
                || format.get() == ImportFormat.QUEUE_LOG)) {
            return new Impossible("interactions.quarantine.not-a-line");
        }
        var profile = context.get().profileName().flatMap(profiles::find);
        if (format.get().needsMapping() && profile.isEmpty()) {
            return new Impossible("interactions.quarantine.profile-gone");
        }
        var outcome = importLine(load.get(), rejection.get(), format.get(), profile, context.get(), rawText, actor);
        if (!outcome.imported() || outcome.counts().rejected() > 0) {
            return new Refused(outcome.problems());
        }
        transaction.executeWithoutResult(status -> {
            if (store.close(loadId, rejectionId, "RESUBMITTED")) {
                auditLog.record("QUARANTINE_RESUBMITTED", TARGET, String.valueOf(rejectionId),
                        "load " + loadId + " line " + rejection.get().problem().line() + " stored by load "
                                + outcome.loadId());
            }
        });
        return new Stored(outcome);
    }

    private ImportOutcome importLine(
            DataLoad load,
            ImportRejection rejection,
            ImportFormat format,
            Optional<MappingProfile> profile,
            UploadContext context,
            String rawText,
            String actor) {
        var charset = profile.map(p -> p.csv().charset()).orElse(StandardCharsets.UTF_8);
        var content = context.headerLine().map(header -> header + "\n").orElse("") + rawText.strip() + "\n";
        var bytes = content.getBytes(charset);
        var name = "line " + rejection.problem().line() + " of " + load.fileName().orElse(load.description());
        var request = new ImportRequest(
                load.source(),
                name.length() > 500 ? name.substring(0, 500) : name,
                format,
                profile,
                context.zone(),
                RejectPolicy.REJECT_FILE,
                actor);
        return importer.importFile(request, new ByteArrayInputStream(bytes), bytes.length, ImportProgress.NONE);
    }

    private Optional<ImportRejection> rejection(long loadId, long rejectionId) {
        var found = new AtomicReference<ImportRejection>();
        importer.forEachRejection(loadId, rejection -> {
            if (rejection.id() == rejectionId) {
                found.set(rejection);
            }
        });
        return Optional.ofNullable(found.get());
    }

    private static String firstLine(Path file, Charset charset) {
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            var read = reader.readLine();
            if (read == null) {
                return "";
            }
            // a NUL (a file in another charset than its profile says) cannot be stored in a PostgreSQL text column
            var line = read.replace("\0", "");
            return line.length() > QuarantineStore.MAX_HEADER_LENGTH
                    ? line.substring(0, QuarantineStore.MAX_HEADER_LENGTH)
                    : line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the header line of " + file, e);
        }
    }
}
