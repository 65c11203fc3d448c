package org.switchboard.server.kpi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.interactions.facts.WaitHistogram;
import org.switchboard.engine.kpi.AccessibilityKpis;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.engine.kpi.ServiceLevelVariant;

class CombinedAccessibilityTest {

    private static final FactKey KEY = new FactKey(Instant.EPOCH, "q", Channel.VOICE, Direction.INBOUND, "");

    /** Voice: answered after 10 s, 15 s, 30 s; abandoned after 3 s and 40 s. */
    private static final ContactFact VOICE = fact(List.of(10, 15, 30), List.of(3, 40));

    /** Chat: answered after 50 s and 90 s; abandoned after 20 s. */
    private static final ContactFact CHAT = fact(List.of(50, 90), List.of(20));

    @Test
    void oneQueueGivesThatQueuesFigures() {
        var voice = AccessibilityKpis.of(VOICE, QueueKpiSettings.defaultsFor(Channel.VOICE));

        var combined = CombinedAccessibility.of(List.of(voice), VOICE);

        assertThat(combined.serviceLevel()).isEqualTo(voice.serviceLevel());
        assertThat(combined.abandonRate()).isEqualTo(voice.abandonRate());
        assertThat(combined.settingFree().asaSeconds()).isEqualTo(voice.asaSeconds());
    }

    @Test
    void queuesWithDifferentThresholdsAreEachCountedWithTheirOwn() {
        // voice T = 20 s: answered within 10 s, 15 s -> 2; short abandons (<= 5 s): the 3 s one -> 1
        // chat T = 60 s: answered within 50 s -> 1; short abandons: none
        // SL = (2 + 1) / ((5 + 3) - 1) = 3 / 7; abandon rate = (3 - 1) / (8 - 1) = 2 / 7 (metrics.md §1)
        var voice = AccessibilityKpis.of(VOICE, QueueKpiSettings.defaultsFor(Channel.VOICE));
        var chat = AccessibilityKpis.of(CHAT, QueueKpiSettings.defaultsFor(Channel.CHAT));

        var combined = CombinedAccessibility.of(List.of(voice, chat), VOICE.merge(CHAT));

        assertThat(combined.variant()).contains(ServiceLevelVariant.ANSWERED_OF_OFFERED);
        assertThat(combined.serviceLevel().getAsDouble()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(combined.abandonRate().getAsDouble()).isCloseTo(2.0 / 7, within(1e-12));
        // ASA = (10 + 15 + 30 + 50 + 90) / 5 = 39 s
        assertThat(combined.settingFree().asaSeconds().getAsDouble()).isCloseTo(39.0, within(1e-12));
    }

    @Test
    void differentVariantsGiveNoCombinedServiceLevel() {
        var voice = AccessibilityKpis.of(VOICE, QueueKpiSettings.defaultsFor(Channel.VOICE));
        var chat = AccessibilityKpis.of(CHAT, QueueKpiSettings.defaultsFor(Channel.CHAT)
                .with(60, 5, ServiceLevelVariant.ANSWERED_OF_ANSWERED));

        var combined = CombinedAccessibility.of(List.of(voice, chat), VOICE.merge(CHAT));

        assertThat(combined.variant()).isEmpty();
        assertThat(combined.serviceLevel()).isEmpty();
        assertThat(combined.offered()).isEqualTo(8);
    }

    private static ContactFact fact(List<Integer> answeredWaits, List<Integer> abandonedWaits) {
        var answered = WaitHistogram.of(answeredWaits.stream().map(Duration::ofSeconds).toArray(Duration[]::new));
        var abandoned = WaitHistogram.of(abandonedWaits.stream().map(Duration::ofSeconds).toArray(Duration[]::new));
        long offered = answeredWaits.size() + abandonedWaits.size();
        return new ContactFact(KEY, offered, answeredWaits.size(), abandonedWaits.size(), 0, 0, answered, abandoned,
                WaitHistogram.empty(), 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);
    }
}
