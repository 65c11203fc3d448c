package org.switchboard.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatModelTest {

    // Hand-worked: AHT_eff = AHT·(1 + g·(k − 1))/k; A_eff = contacts·AHT_eff/interval.
    @ParameterizedTest(name = "k = {0}, g = {1}: AHT 300 s → {2} s, 120 chats per 30 min → {3} Erlangs")
    @CsvSource({
        "1, 0.5, 300, 20",
        "2, 0.0, 150, 10",
        "3, 0.2, 140, 9.333333333333",
        "4, 0.25, 131.25, 8.75",
        "5, 1.0, 300, 20"
    })
    void effectiveHandleTimeIsSessionTimeOverConcurrency(
            int concurrency, double growth, double expectedAhtSeconds, double expectedErlangs) {
        var chats = Workload.of(120, 30, 300);

        var effective = new ChatModel(concurrency, growth).effectiveWorkload(chats);

        assertThat(effective.ahtSeconds()).isCloseTo(expectedAhtSeconds, within(1e-9));
        assertThat(effective.erlangs()).isCloseTo(expectedErlangs, within(1e-9));
        assertThat(effective.contacts()).isEqualTo(120);
        assertThat(effective.interval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void sessionHandleTimeGrowsWithConcurrency() {
        // 300 s · (1 + 0.2·2) = 420 s; capacity gain 3/1.4.
        var model = new ChatModel(3, 0.2);

        assertThat(model.sessionHandleTime(Duration.ofSeconds(300))).isEqualTo(Duration.ofSeconds(420));
        assertThat(model.capacityGain()).isCloseTo(3 / 1.4, within(1e-12));
    }

    @Test
    void erlangCOnTheEffectiveWorkloadReportsAgentOccupancy() {
        // 120 chats per 30 min at AHT 300 s is 20 Erlangs; k = 3, g = 0.2 makes it 9.33 agent-Erlangs on 12 agents.
        var effective = new ChatModel(3, 0.2).effectiveWorkload(Workload.of(120, 30, 300));

        var performance = new ErlangC().evaluate(effective, 12, Duration.ofSeconds(60));

        assertThat(performance.trafficErlangs()).isCloseTo(9.333333333333, within(1e-9));
        assertThat(performance.occupancy()).isCloseTo(9.333333333333 / 12, within(1e-9));
    }

    @Test
    void rejectsConcurrencyBelowOne() {
        assertThatThrownBy(() -> new ChatModel(0, 0.1)).hasMessageContaining("maxConcurrency=0");
    }

    @Test
    void rejectsNegativeGrowth() {
        assertThatThrownBy(() -> new ChatModel(2, -0.1)).hasMessageContaining("handleTimeGrowthPerExtraSession=-0.1");
    }

    @Test
    void rejectsNonFiniteGrowth() {
        assertThatThrownBy(() -> new ChatModel(2, Double.NaN)).hasMessageContaining("finite");
    }
}
