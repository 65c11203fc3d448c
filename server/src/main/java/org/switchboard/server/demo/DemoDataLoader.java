package org.switchboard.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoCsv;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.QueueLogWriter;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.interactions.ImportFormat;
import org.switchboard.server.interactions.ImportOutcome;
import org.switchboard.server.interactions.ImportProgress;
import org.switchboard.server.interactions.ImportRequest;
import org.switchboard.server.interactions.Importer;
import org.switchboard.server.interactions.InteractionStore;
import org.switchboard.server.interactions.MappingProfiles;
import org.switchboard.server.interactions.RejectPolicy;

/**
 * Loads the demo data set once per data folder (runs after the demo users exist), the way a user would: it writes the
 * files ({@code <data-dir>/demo/}) and imports {@code contacts.csv} and {@code agent-events.csv} through the
 * {@link Importer} with the bundled profiles {@code demo-contacts} and {@code demo-agent-events} (source
 * {@code demo}, policy reject-file: each file is one transaction, and a rejected line stops the start). Agents (master
 * data) go first, stored directly. Then {@link DemoSurveys} imports the survey responses and the staff pulse through
 * the survey importer, and last the demo's own load is recorded completed: it marks the data set of this seed and
 * length as loaded, so that the next start loads nothing. Then the demo's forecasts are made ({@link DemoForecasts}).
 *
 * <p>A start killed half-way leaves whole files imported at most; the next start imports again and finds them
 * already present (natural keys), so nothing is duplicated. Metrics: the importers'.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    /** The {@code source} of demo rows in every interaction table. */
    static final String SOURCE = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String QUEUE_LOG_FILE = "queue_log";

    private final InteractionStore store;
    private final Importer importer;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final DemoSettings settings;
    private final DemoSurveys surveys;
    private final DemoForecasts forecasts;

    DemoDataLoader(
            InteractionStore store,
            DemoSurveys surveys,
            Importer importer,
            AuditLog auditLog,
            TransactionTemplate transaction,
            DemoForecasts forecasts,
            @Value("${switchboard.demo.enabled:false}") boolean enabled,
            @Value("${switchboard.demo.seed:20260302}") long seed,
            @Value("${switchboard.demo.weeks:8}") int weeks,
            @Value("${switchboard.data-dir}") Path dataDirectory) {
        this.store = store;
        this.surveys = surveys;
        this.importer = importer;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.forecasts = forecasts;
        this.settings = new DemoSettings(enabled, seed, weeks, dataDirectory.resolve("demo"));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        var description = settings.description();
        if (store.completedLoad(SOURCE, description).isPresent()) {
            log.info("Demo data already loaded ({}), nothing to do", description);
            return;
        }
        var spec = DemoSpec.standard().withWeeks(settings.weeks());
        var data = DemoCentre.generate(spec, DemoCentre.random(settings.seed()));
        writeFiles(data, settings.folder());
        transaction.executeWithoutResult(status -> store.insertAgents(SOURCE, data.agents()));
        var contacts = importFile(DemoCsv.CONTACTS, "demo-contacts");
        var agentEvents = importFile(DemoCsv.AGENT_EVENTS, "demo-agent-events");
        var surveyOutcomes = surveys.load(data, settings.folder(), settings.seed());
        transaction.executeWithoutResult(status -> {
            long loadId = store.startLoad(SOURCE, description, AuditLog.SYSTEM_ACTOR);
            store.completeLoad(loadId);
            auditLog.record("DATA_LOADED", "data_load", String.valueOf(loadId), description + ", agents="
                    + data.agents().size());
        });
        log.info("Demo data loaded ({}): contacts {}; agent events {}; {} agents; survey responses {}; staff pulse "
                        + "{}; files in {}",
                description, contacts.summary(), agentEvents.summary(), data.agents().size(),
                surveyOutcomes.get(0).summary(), surveyOutcomes.get(1).summary(), settings.folder());
        long started = System.nanoTime();
        forecasts.make();
        log.info("Demo forecasts made in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Imports one demo file; a rejected line is a defect of the generator or the profile and stops the start. */
    private ImportOutcome importFile(DemoCsv file, String profileName) {
        var path = settings.folder().resolve(file.fileName());
        var profile = MappingProfiles.bundled(profileName);
        var request = new ImportRequest(
                SOURCE,
                file.fileName(),
                ImportFormat.CSV,
                Optional.of(profile),
                profile.time().zone(),
                RejectPolicy.REJECT_FILE,
                AuditLog.SYSTEM_ACTOR);
        try (var in = Files.newInputStream(path)) {
            var outcome = importer.importFile(request, in, Files.size(path), ImportProgress.NONE);
            if (!outcome.imported()) {
                throw new IllegalStateException("the demo file " + path + " was refused: " + outcome.summary()
                        + ", first problems " + outcome.problems());
            }
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo file " + path, e);
        }
    }

    /** Writes the files a user would import: one CSV per kind of record, and the voice queues' queue_log. */
    private static void writeFiles(DemoDataSet data, Path folder) {
        try {
            Files.createDirectories(folder);
            for (var file : DemoCsv.values()) {
                try (var out = Files.newBufferedWriter(folder.resolve(file.fileName()), StandardCharsets.UTF_8)) {
                    file.write(data, out);
                }
            }
            try (var out = Files.newBufferedWriter(folder.resolve(QUEUE_LOG_FILE), StandardCharsets.UTF_8)) {
                QueueLogWriter.write(data, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo files to " + folder, e);
        }
    }
}
