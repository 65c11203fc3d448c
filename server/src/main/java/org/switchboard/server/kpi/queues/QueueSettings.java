package org.switchboard.server.kpi.queues;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.kpi.facts.FactStore;

/**
 * The KPI settings of every queue the facts know: stored ones where a user changed them, else the defaults of the
 * queue's channel. Every change is written to the audit log in the same transaction, and announced with
 * {@link QueueSettingsChanged} so that cached figures are dropped.
 */
@Service
public class QueueSettings {

    /** Audit action of a change. */
    static final String AUDIT_ACTION = "QUEUE_SETTINGS_CHANGED";

    private final QueueSettingRepository repository;
    private final FactStore facts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QueueSettings(
            QueueSettingRepository repository,
            FactStore facts,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.facts = facts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** {@return the settings of every queue the facts know, in queue order} */
    public List<QueueSetting> all() {
        var stored = repository.all();
        return facts.knownQueues().entrySet().stream()
                .map(queue -> setting(queue.getKey(), queue.getValue(), stored))
                .toList();
    }

    /** {@return the settings of one queue the facts know} */
    public Optional<QueueSetting> of(String queue) {
        return all().stream().filter(setting -> setting.queue().equals(queue)).findFirst();
    }

    /**
     * Changes the settings of a queue and records the change in the audit log.
     *
     * @param queue the queue, one the facts know
     * @param settings the new settings
     * @param actor who changes them
     * @throws IllegalArgumentException if the facts know no such queue
     */
    @Transactional
    public void change(String queue, QueueKpiSettings settings, String actor) {
        var before = of(queue).orElseThrow(() -> new IllegalArgumentException("queue: no data of queue " + queue));
        repository.save(queue, settings, clock.instant(), actor);
        auditLog.record(AUDIT_ACTION, "queue", queue, "before: " + describe(before.kpi()) + "; after: "
                + describe(settings));
        events.publishEvent(new QueueSettingsChanged(queue));
    }

    private static QueueSetting setting(String queue, Channel channel, Map<String, QueueSettingRepository.Stored> stored) {
        var row = stored.get(queue);
        return row == null
                ? QueueSetting.defaults(queue, channel)
                : new QueueSetting(queue, channel, row.settings(), Optional.of(row.updatedAt()),
                        Optional.of(row.updatedBy()));
    }

    /**
     * {@return the settings as the audit log shows them, e.g. {@code T=20s, short abandon=5s, ANSWERED_OF_OFFERED,
     * SL target=0.8, ASA target=none, abandon target=none, answer deadline=86400s}}
     */
    static String describe(QueueKpiSettings settings) {
        return "T=" + settings.serviceLevelSeconds() + "s, short abandon=" + settings.shortAbandonSeconds() + "s, "
                + settings.variant() + ", SL target=" + target(settings.serviceLevelTarget()) + ", ASA target="
                + target(settings.asaTargetSeconds()) + ", abandon target=" + target(settings.abandonRateTarget())
                + ", answer deadline=" + settings.answerDeadlineSeconds() + "s";
    }

    private static String target(OptionalDouble target) {
        return target.isPresent() ? String.valueOf(target.getAsDouble()) : "none";
    }
}
