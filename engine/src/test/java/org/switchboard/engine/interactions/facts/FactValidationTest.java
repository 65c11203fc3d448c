package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;

/** The facts refuse sums that contradict each other, naming the numbers. */
class FactValidationTest {

    private static final Instant SLOT = Instant.parse("2026-03-02T10:00:00Z");
    private static final FactKey KEY = new FactKey(SLOT, "Service", Channel.VOICE, Direction.INBOUND, "A1");
    private static final WaitHistogram ONE = WaitHistogram.of(Duration.ofSeconds(3));
    private static final WaitHistogram NONE = WaitHistogram.empty();

    private static ContactFact answeredOnce(long offered, WaitHistogram waits, long transferred, long repeated) {
        return new ContactFact(
                KEY, offered, 1, 0, 0, transferred, waits, NONE, NONE, 0, 0, 0, 1, repeated, 0, 0, BigDecimal.ZERO);
    }

    @Test
    void aConsistentFactIsAccepted() {
        assertThat(answeredOnce(1, ONE, 1, 1).handled()).isEqualTo(1);
    }

    @Test
    void rejectsOutcomesThatDoNotAddUpToOffered() {
        assertThatThrownBy(() -> answeredOnce(2, ONE, 0, 0))
                .hasMessageContaining("answered 1 + abandoned 0 + overflowed 0 must equal offered 2");
    }

    @Test
    void rejectsAHistogramThatCountsOtherContacts() {
        assertThatThrownBy(() -> answeredOnce(1, NONE, 0, 0)).hasMessageContaining("answered 0/1");
    }

    @Test
    void rejectsSubsetsLargerThanTheirSets() {
        assertThatThrownBy(() -> answeredOnce(1, ONE, 2, 0)).hasMessageContaining("transferred 2");
        assertThatThrownBy(() -> answeredOnce(1, ONE, 0, 2)).hasMessageContaining("repeated 2");
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> answeredOnce(-1, ONE, 0, 0)).hasMessageContaining("must not be negative");
    }

    @Test
    void rejectsAgentTimesThatDoNotAddUp() {
        var key = new AgentFactKey(SLOT, "A1");
        // 100 + 0 + 0 + 50 = 150 ms, not 200; and reasons 40 ms of 50.
        assertThatThrownBy(() -> new AgentFact(key, 200, 100, 0, 0, 50, Map.of("break", 50L)))
                .hasMessageContaining("must equal logged in 200 ms");
        assertThatThrownBy(() -> new AgentFact(key, 150, 100, 0, 0, 50, Map.of("break", 40L)))
                .hasMessageContaining("must add up to paused 50 ms");
        assertThatThrownBy(() -> new AgentFact(key, 150, 100, 0, 0, 50, Map.of("break", 60L, "lunch", -10L)))
                .hasMessageContaining("must not be negative");
    }

    @Test
    void agentFactsMergeTheirReasons() {
        var key = new AgentFactKey(SLOT, "A1");
        var merged = new AgentFact(key, 100, 50, 0, 0, 50, Map.of("break", 50L))
                .merge(new AgentFact(key, 100, 0, 30, 20, 50, Map.of("break", 20L, "lunch", 30L)));
        assertThat(merged).isEqualTo(new AgentFact(key, 200, 50, 30, 20, 100, Map.of("break", 70L, "lunch", 30L)));
        assertThat(merged.handlingMillis()).isEqualTo(50);
        assertThat(merged.productiveMillis()).isEqualTo(100);
    }
}
