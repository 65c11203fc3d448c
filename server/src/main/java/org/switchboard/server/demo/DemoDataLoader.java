package org.switchboard.server.demo;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.switchboard.server.interactions.InteractionStore;

/**
 * Loads the demo data set once per data folder (runs after the demo users exist). The whole load is one transaction:
 * a start killed half-way leaves no demo data, and the next start loads it again. A completed load of the same seed
 * and length is never repeated.
 *
 * <p>Metrics: timer {@code switchboard.import.duration} and counter {@code switchboard.import.records} (tags
 * {@code source=demo}, {@code kind=contact|agent_event|survey_answer}).
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    /** The {@code source} of demo rows in every interaction table. */
    static final String SOURCE = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String QUEUE_LOG_FILE = "queue_log";

    private final InteractionStore store;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final DemoSettings settings;

    DemoDataLoader(
            InteractionStore store,
            AuditLog auditLog,
            TransactionTemplate transaction,
            MeterRegistry meters,
            @Value("${switchboard.demo.enabled:false}") boolean enabled,
            @Value("${switchboard.demo.seed:20260302}") long seed,
            @Value("${switchboard.demo.weeks:8}") int weeks,
            @Value("${switchboard.data-dir}") Path dataDirectory) {
        this.store = store;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.meters = meters;
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
        var sample = Timer.start(meters);
        var spec = DemoSpec.standard().withWeeks(settings.weeks());
        var data = DemoCentre.generate(spec, DemoCentre.random(settings.seed()));
        writeFiles(data, settings.folder());
        transaction.executeWithoutResult(status -> load(data, description));
        sample.stop(meters.timer("switchboard.import.duration", "source", SOURCE));
        count("contact", data.contacts().size());
        count("agent_event", data.agentEvents().size());
        count("survey_answer", data.surveyAnswers().size());
        log.info("Demo data loaded: {} contacts, {} agent events, {} survey answers, {} agents ({}); files in {}",
                data.contacts().size(), data.agentEvents().size(), data.surveyAnswers().size(), data.agents().size(),
                description, settings.folder());
    }

    private void load(DemoDataSet data, String description) {
        long loadId = store.startLoad(SOURCE, description, AuditLog.SYSTEM_ACTOR);
        store.insertAgents(SOURCE, data.agents());
        store.insertContacts(SOURCE, loadId, data.contacts());
        store.insertAgentEvents(SOURCE, loadId, data.agentEvents());
        store.insertSurveyAnswers(SOURCE, loadId, data.surveyAnswers());
        store.completeLoad(loadId, data.contacts().size(), data.agentEvents().size(), data.surveyAnswers().size());
        auditLog.record("DATA_LOADED", "data_load", String.valueOf(loadId), description + ", contacts="
                + data.contacts().size() + ", agent events=" + data.agentEvents().size() + ", survey answers="
                + data.surveyAnswers().size());
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

    private void count(String kind, int records) {
        meters.counter("switchboard.import.records", "source", SOURCE, "kind", kind).increment(records);
    }
}
