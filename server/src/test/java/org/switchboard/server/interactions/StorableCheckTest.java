package org.switchboard.server.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;

class StorableCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final StorableCheck check = new StorableCheck("contacts.csv", NOW);

    private static Interaction abandoned(String queue, Instant arrival) {
        return new Interaction("c-1", Channel.VOICE, queue, Direction.INBOUND, Optional.empty(), arrival,
                Optional.empty(), arrival.plusSeconds(30), Optional.empty(), Optional.empty(), Disposition.ABANDONED,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Interaction sold(String revenue) {
        var arrival = NOW.minusSeconds(3_600);
        return new Interaction("c-2", Channel.VOICE, "sales", Direction.INBOUND, Optional.empty(), arrival,
                Optional.of(arrival.plusSeconds(5)), arrival.plusSeconds(300), Optional.empty(), Optional.of("a-1"),
                Disposition.ANSWERED, Optional.empty(), Optional.of(true), Optional.of(new BigDecimal(revenue)));
    }

    @Test
    void acceptsAContactThatFitsItsColumns() {
        assertThat(check.problem(abandoned("support", NOW.minusSeconds(60)), 2)).isEmpty();
        // ten integer digits and two decimals fit DECIMAL(12, 2); trailing zeros do not count
        assertThat(check.problem(sold("9999999999.990"), 3)).isEmpty();
    }

    @Test
    void rejectsTextLongerThanItsColumnNamingFieldValueAndLimit() {
        var queue = "q".repeat(65);

        assertThat(check.problem(abandoned(queue, NOW), 7))
                .contains(new InputProblem("contacts.csv", 7, "queue", queue, "longer than 64 characters"));
    }

    @Test
    void rejectsAmountsTheRevenueColumnCannotHold() {
        assertThat(check.problem(sold("1.005"), 4)).map(InputProblem::field).contains("revenue");
        assertThat(check.problem(sold("10000000000"), 5)).map(InputProblem::value).contains("10000000000");
    }

    @Test
    void rejectsTimesMoreThanADayAfterTheImport() {
        // NOW + 1 day is the last allowed instant: the abandon 30 s after an arrival at NOW + 1 day - 30 s ends there
        assertThat(check.problem(abandoned("support", NOW.plusSeconds(86_370)), 2)).isEmpty();
        assertThat(check.problem(abandoned("support", NOW.plusSeconds(86_401)), 3))
                .map(InputProblem::field)
                .contains("arrived_at");
        assertThat(check.problem(
                        new AgentEvent("a-1", NOW.plusSeconds(90_000), AgentState.READY, Optional.empty(),
                                Optional.empty()),
                        4))
                .map(InputProblem::field)
                .contains("at");
    }
}
