package org.switchboard.server.kpi.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.AgentFactKey;

class FactStoreTest {

    @Test
    void pauseReasonsSurviveTheirTextFormWhateverTheyHold() {
        var reasons = Map.of("BREAK", 600_000L, "a=b;c", 60_000L, "обед", 1_800_000L, "", 1_000L);
        var fact = new AgentFact(new AgentFactKey(Instant.EPOCH, "A001"), 2_461_000L, 0, 0, 0, 2_461_000L, reasons);

        var text = FactStore.encodeReasons(fact);

        assertThat(FactStore.decodeReasons(text)).isEqualTo(reasons);
        assertThat(FactStore.decodeReasons("")).isEmpty();
    }
}
