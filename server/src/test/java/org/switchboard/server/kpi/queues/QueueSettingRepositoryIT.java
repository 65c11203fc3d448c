package org.switchboard.server.kpi.queues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.engine.kpi.ServiceLevelVariant;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/** Queue settings survive the database, absent targets included (rolled back after each test). */
@SwitchboardIntegrationTest
@Tag("database")
@Transactional
class QueueSettingRepositoryIT {

    @Autowired
    QueueSettingRepository repository;

    @Test
    void storesAndReadsSettingsWithAndWithoutTargets() {
        var withTargets = new QueueKpiSettings(30, 3, ServiceLevelVariant.EXCLUDE_EARLY_ABANDONS, OptionalDouble.of(0.85),
                OptionalDouble.of(25), OptionalDouble.of(0.05), 3_600);
        var withoutTargets = new QueueKpiSettings(60, 5, ServiceLevelVariant.ANSWERED_OF_ANSWERED,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 86_400);
        var first = UniqueNames.of("q");
        var second = UniqueNames.of("q");
        var at = Instant.parse("2026-03-02T08:00:00Z");

        repository.save(first, withTargets, at, "manager");
        repository.save(second, withoutTargets, at, "admin");
        repository.save(second, withoutTargets, at.plusSeconds(60), "admin");

        var stored = repository.all();
        assertThat(stored.get(first)).isEqualTo(new QueueSettingRepository.Stored(withTargets, at, "manager"));
        assertThat(stored.get(second))
                .isEqualTo(new QueueSettingRepository.Stored(withoutTargets, at.plusSeconds(60), "admin"));
    }
}
