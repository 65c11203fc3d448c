package org.switchboard.engine.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.AgentFactKey;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.interactions.facts.WaitHistogram;

/**
 * Every formula of metrics.md §1, §2, §3 and §5 on one small hand-made queue-hour, computed by hand in the comments.
 *
 * <p>The queue-hour: 20 offered. 12 answered after 5, 10, 15, 20, 20, 25, 30, 40, 50, 60, 90, 120 s (sum 485 s;
 * within 20 s: 5). 6 abandoned after 2, 4, 5, 12, 30, 70 s (sum 123 s; short, ≤ 5 s: 3; within 20 s: 4). 2 overflowed
 * after 300 and 400 s. 2 of the answered transferred. Talk 3 600 s, wrap-up 600 s recorded on 8. FCR base 10, of which
 * 3 repeat-followed. 8 sale-eligible, 2 sales, revenue 150.00. Agents: logged in 4 h = ready 3 600 s + on contact
 * 3 600 s + wrap-up 600 s + paused 6 600 s (break 1 800, training 4 800).
 */
class KpiFormulasTest {

    private static final double EPS = 1e-12;
    private static final Instant SLOT = Instant.parse("2026-03-02T10:00:00Z");
    private static final FactKey KEY = new FactKey(SLOT, "Service", Channel.VOICE, Direction.INBOUND, "");

    private static WaitHistogram seconds(long... waits) {
        return WaitHistogram.of(Arrays.stream(waits).mapToObj(Duration::ofSeconds).toArray(Duration[]::new));
    }

    static ContactFact queueHour() {
        return new ContactFact(
                KEY,
                20,
                12,
                6,
                2,
                2,
                seconds(5, 10, 15, 20, 20, 25, 30, 40, 50, 60, 90, 120),
                seconds(2, 4, 5, 12, 30, 70),
                seconds(300, 400),
                3_600_000,
                600_000,
                8,
                10,
                3,
                8,
                2,
                new BigDecimal("150.00"));
    }

    static AgentFact agentHours() {
        return new AgentFact(
                new AgentFactKey(SLOT, "A1"),
                14_400_000,
                3_600_000,
                3_600_000,
                600_000,
                6_600_000,
                Map.of("break", 1_800_000L, "training", 4_800_000L));
    }

    private static final QueueKpiSettings VOICE = QueueKpiSettings.defaultsFor(Channel.VOICE);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // answered within T / (offered − short abandons) = 5 / (20 − 3) = 5/17
        "ANSWERED_OF_OFFERED, 5, 17",
        // answered within T / answered = 5 / 12
        "ANSWERED_OF_ANSWERED, 5, 12",
        // answered within T / (offered − abandoned within T) = 5 / (20 − 4) = 5/16
        "EXCLUDE_EARLY_ABANDONS, 5, 16",
        // (answered within T + abandoned within T) / offered = (5 + 4) / 20
        "ABANDONS_WITHIN_T_COUNT_AS_MET, 9, 20"
    })
    void serviceLevelOfEachVariant(ServiceLevelVariant variant, double numerator, double denominator) {
        var kpis = AccessibilityKpis.of(queueHour(), VOICE.with(20, 5, variant));
        assertThat(kpis.variant()).isEqualTo(variant);
        assertThat(kpis.serviceLevel().getAsDouble()).isCloseTo(numerator / denominator, within(EPS));
        assertThat(AccessibilityKpis.of(queueHour(), VOICE).serviceLevel(variant).getAsDouble())
                .isCloseTo(numerator / denominator, within(EPS));
    }

    @Test
    void accessibilityCountsAndTimes() {
        var kpis = AccessibilityKpis.of(queueHour(), VOICE);
        assertThat(kpis.offered()).isEqualTo(20);
        assertThat(kpis.answered()).isEqualTo(12);
        assertThat(kpis.abandoned()).isEqualTo(6);
        // Short abandons: abandoned waits ≤ 5 s: 2, 4, 5.
        assertThat(kpis.shortAbandons()).isEqualTo(3);
        assertThat(kpis.overflowed()).isEqualTo(2);
        assertThat(kpis.answeredWithinThreshold()).isEqualTo(5);
        assertThat(kpis.abandonedWithinThreshold()).isEqualTo(4);
        // ASA = 485 s / 12.
        assertThat(kpis.asaSeconds().getAsDouble()).isCloseTo(485.0 / 12, within(EPS));
        // Abandonment rate = (6 − 3) / (20 − 3) = 3/17.
        assertThat(kpis.abandonRate().getAsDouble()).isCloseTo(3.0 / 17, within(EPS));
        // Average time to abandon = 123 s / 6 = 20.5 s.
        assertThat(kpis.averageTimeToAbandonSeconds().getAsDouble()).isCloseTo(20.5, within(EPS));
        assertThat(kpis.longestWaitSeconds()).hasValue(400);
        // All 20 waits sorted: 2 4 5 5 10 12 15 20 20 25 30 30 40 50 60 70 90 120 300 400.
        // Nearest rank: p50 -> 10th = 25; p90 -> 18th = 120; p95 -> 19th = 300.
        assertThat(kpis.waitP50Seconds()).hasValue(25);
        assertThat(kpis.waitP90Seconds()).hasValue(120);
        assertThat(kpis.waitP95Seconds()).hasValue(300);
    }

    @Test
    void shareAnsweredWithinTheDeadline() {
        // Deadline 60 s: answered waits ≤ 60 s are 5 … 60, ten of them; 10 / 20 offered.
        var settings = new QueueKpiSettings(
                20, 5, ServiceLevelVariant.ANSWERED_OF_OFFERED, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), 60);
        assertThat(AccessibilityKpis.of(queueHour(), settings).answeredWithinDeadline()).hasValue(0.5);
    }

    @Test
    void productivity() {
        var kpis = ProductivityKpis.of(queueHour(), agentHours());
        assertThat(kpis.handled()).isEqualTo(12);
        // AHT = (3600 + 600) / 12 = 350 s = 300 s talk + 50 s wrap-up.
        assertThat(kpis.ahtSeconds()).hasValue(350);
        assertThat(kpis.averageTalkSeconds()).hasValue(300);
        assertThat(kpis.averageWrapSeconds()).hasValue(50);
        assertThat(kpis.wrapRecorded()).isEqualTo(8);
        // Occupancy = (3600 + 600) / (3600 + 600 + 3600) = 4200/7800.
        assertThat(kpis.occupancy().getAsDouble()).isCloseTo(4_200.0 / 7_800, within(EPS));
        // Productive = 14 400 − 6 600 = 7 800 s = 2.1667 h; 12 / (7800/3600) handled per productive hour.
        assertThat(kpis.loggedInHours()).isCloseTo(4, within(EPS));
        assertThat(kpis.productiveHours()).isCloseTo(7_800.0 / 3_600, within(EPS));
        assertThat(kpis.handledPerProductiveHour().getAsDouble()).isCloseTo(12 / (7_800.0 / 3_600), within(EPS));
    }

    @Test
    void quality() {
        var kpis = QualityKpis.of(queueHour());
        // FCR = (10 − 3) / 10; repeat-contact rate = 3 / 10; transfer rate = 2 / 12.
        assertThat(kpis.fcr().getAsDouble()).isCloseTo(0.7, within(EPS));
        assertThat(kpis.repeatContactRate().getAsDouble()).isCloseTo(0.3, within(EPS));
        assertThat(kpis.transferRate().getAsDouble()).isCloseTo(2.0 / 12, within(EPS));
    }

    @Test
    void revenue() {
        var kpis = RevenueKpis.of(queueHour(), agentHours());
        // Conversion = 2 / 8; revenue per handled = 150 / 12 = 12.5; per productive hour = 150 / (7800/3600).
        assertThat(kpis.conversionRate()).hasValue(0.25);
        assertThat(kpis.revenuePerHandledContact()).hasValue(12.5);
        assertThat(kpis.revenuePerProductiveHour().getAsDouble()).isCloseTo(150 / (7_800.0 / 3_600), within(EPS));
        assertThat(kpis.revenue()).isEqualByComparingTo("150.00");
    }

    @Test
    void undefinedRatiosAreEmptyNeverZeroOrNaN() {
        var none = ContactFact.empty(KEY);
        var noTime = AgentFact.empty(new AgentFactKey(SLOT, "A1"));
        var access = AccessibilityKpis.of(none, VOICE);
        assertThat(access.serviceLevel()).isEmpty();
        for (var variant : ServiceLevelVariant.values()) {
            assertThat(access.serviceLevel(variant)).as(variant.name()).isEmpty();
        }
        assertThat(access.asaSeconds()).isEmpty();
        assertThat(access.abandonRate()).isEmpty();
        assertThat(access.averageTimeToAbandonSeconds()).isEmpty();
        assertThat(access.longestWaitSeconds()).isEmpty();
        assertThat(access.waitP50Seconds()).isEmpty();
        assertThat(access.answeredWithinDeadline()).isEmpty();
        var productivity = ProductivityKpis.of(none, noTime);
        assertThat(productivity.ahtSeconds()).isEmpty();
        assertThat(productivity.occupancy()).isEmpty();
        assertThat(productivity.handledPerProductiveHour()).isEmpty();
        var quality = QualityKpis.of(none);
        assertThat(quality.fcr()).isEmpty();
        assertThat(quality.repeatContactRate()).isEmpty();
        assertThat(quality.transferRate()).isEmpty();
        var revenue = RevenueKpis.of(none, noTime);
        assertThat(revenue.conversionRate()).isEmpty();
        assertThat(revenue.revenuePerHandledContact()).isEmpty();
        assertThat(revenue.revenuePerProductiveHour()).isEmpty();
    }

    @Test
    void channelDefaultsFollowMetricsSection1() {
        // T = 20 s voice and video, 60 s chat and messenger; short abandons within 5 s; ANSWERED_OF_OFFERED.
        assertThat(QueueKpiSettings.defaultsFor(Channel.VOICE).serviceLevelSeconds()).isEqualTo(20);
        assertThat(QueueKpiSettings.defaultsFor(Channel.VIDEO).serviceLevelSeconds()).isEqualTo(20);
        assertThat(QueueKpiSettings.defaultsFor(Channel.CHAT).serviceLevelSeconds()).isEqualTo(60);
        assertThat(QueueKpiSettings.defaultsFor(Channel.MESSENGER).serviceLevelSeconds()).isEqualTo(60);
        assertThat(VOICE.shortAbandonSeconds()).isEqualTo(5);
        assertThat(VOICE.variant()).isEqualTo(ServiceLevelVariant.ANSWERED_OF_OFFERED);
    }
}
