package org.switchboard.server.interactions.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.switchboard.server.interactions.ImportOutcome;

/**
 * The upload imports running in this process, and the last {@value #FINISHED_KEPT} finished ones, so that their pages
 * can show progress and the outcome. Uploads are spooled to {@code <data>/uploads} and each file is deleted when its
 * job ends, whatever the end. At most {@value #PARALLEL_IMPORTS} imports run at once; further uploads wait in line.
 *
 * <p>Jobs live in memory only: after a restart their loads stay {@code RUNNING} in {@code data_load} with their
 * committed batches. {@link #isLive} tells such a load from one this process is still importing.
 */
@Component
class ImportJobs {

    /** Imports that run at the same time. */
    static final int PARALLEL_IMPORTS = 2;

    /** Finished jobs kept for their pages; older ones are forgotten (their loads stay in {@code data_load}). */
    static final int FINISHED_KEPT = 100;

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final Clock clock;
    private final Path uploads;
    private final Instant processStart;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final ExecutorService executor;

    ImportJobs(Clock clock, @Value("${switchboard.data-dir}") Path dataDirectory) {
        this.clock = clock;
        this.uploads = dataDirectory.resolve("uploads");
        this.processStart = clock.instant();
        var threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(PARALLEL_IMPORTS, task -> {
            var thread = new Thread(task, "import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        deleteLeftovers();
    }

    /**
     * {@return a new, empty file in the upload folder to spool an upload to} The folder is created when missing.
     *
     * @throws UncheckedIOException if the folder or file cannot be created
     */
    Path spoolFile() {
        try {
            Files.createDirectories(uploads);
            return Files.createTempFile(uploads, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file in the upload folder " + uploads, e);
        }
    }

    /**
     * Starts importing a spooled upload in the background; the file is deleted when the job ends.
     *
     * @param owner who uploaded it
     * @param fileName the file's name as uploaded
     * @param spooled the spooled file, from {@link #spoolFile()}
     * @param task the import to run on it
     * @return the job, running or waiting for a free thread
     */
    ImportJob start(String owner, String fileName, Path spooled, ImportTask task) {
        var job = new ImportJob(UUID.randomUUID().toString(), owner, fileName, clock.instant());
        synchronized (jobs) {
            jobs.put(job.id(), job);
            forgetOldFinishedJobs();
        }
        executor.execute(() -> run(job, spooled, task));
        return job;
    }

    /** {@return the job with this id, if this process still knows it} */
    Optional<ImportJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /**
     * {@return whether a load that {@code data_load} says is running may still be imported by this process} A load
     * started before this process cannot be: its process died (an interrupted load).
     *
     * @param loadStartedAt when the load started
     */
    boolean isLive(Instant loadStartedAt) {
        return !loadStartedAt.isBefore(processStart);
    }

    @PreDestroy
    void stop() {
        // interrupts running imports: their committed batches stay, their loads are shown as interrupted
        executor.shutdownNow();
    }

    /** Runs the import; the spooled file is deleted before the job shows its end, so an ended job left nothing. */
    private void run(ImportJob job, Path spooled, ImportTask task) {
        @Nullable ImportOutcome outcome = null;
        String failure = "";
        try (var input = Files.newInputStream(spooled)) {
            long size = Files.size(spooled);
            job.progressed(new JobProgress(0, size, 0, 0));
            outcome = task.run(input, size, (bytesRead, totalBytes, records, rejected) ->
                    job.progressed(new JobProgress(bytesRead, Math.max(totalBytes, 0), records, rejected)));
        } catch (IOException | RuntimeException e) {
            log.error("import job {} of {} by {} failed", job.id(), job.fileName(), job.owner(), e);
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            delete(spooled);
        }
        if (outcome != null) {
            job.finished(outcome);
        } else {
            job.failed(failure);
        }
    }

    private void forgetOldFinishedJobs() {
        var finished = jobs.values().stream().filter(job -> job.state() != ImportJob.State.RUNNING).count();
        var iterator = jobs.values().iterator();
        while (finished > FINISHED_KEPT && iterator.hasNext()) {
            if (iterator.next().state() != ImportJob.State.RUNNING) {
                iterator.remove();
                finished--;
            }
        }
    }

    /** Deletes uploads spooled by a process that died before its jobs ended. */
    private void deleteLeftovers() {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (var leftovers = Files.newDirectoryStream(uploads, "upload-*.part")) {
            leftovers.forEach(ImportJobs::delete);
        } catch (IOException e) {
            log.warn("could not list the upload folder {}", uploads, e);
        }
    }

    private static void delete(Path spooled) {
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException e) {
            log.warn("could not delete the spooled upload {}", spooled, e);
        }
    }
}
