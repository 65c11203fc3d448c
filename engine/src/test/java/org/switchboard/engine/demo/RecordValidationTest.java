package org.switchboard.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;

/** The records of a data set cannot hold an impossible lifecycle. */
class RecordValidationTest {

    private static final Instant ARRIVAL = Instant.parse("2026-03-02T08:00:00Z");

    @Nested
    class Contacts {

        @Test
        void anAnsweredContactReportsItsWaitAndHandleTime() {
            var contact =
                    answered(ARRIVAL.plusSeconds(12), ARRIVAL.plusSeconds(300), Optional.of(ARRIVAL.plusSeconds(330)));
            assertThat(contact.waitTime()).isEqualTo(Duration.ofSeconds(12));
            assertThat(contact.handleTime()).contains(Duration.ofSeconds(318));
            assertThat(contact.isTransferred()).isFalse();
        }

        @Test
        void rejectsAnAnswerBeforeTheArrival() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> answered(ARRIVAL.minusSeconds(1), ARRIVAL.plusSeconds(60), Optional.empty()))
                    .withMessageContaining("arrival <= answer <= end");
        }

        @Test
        void rejectsAnEndBeforeTheAnswer() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> answered(ARRIVAL.plusSeconds(60), ARRIVAL.plusSeconds(30), Optional.empty()));
        }

        @Test
        void rejectsWrapUpBeforeTheEnd() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> answered(ARRIVAL, ARRIVAL.plusSeconds(60), Optional.of(ARRIVAL.plusSeconds(30))));
        }

        @Test
        void rejectsAnAbandonedContactWithAnAgent() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> contact(
                            Optional.empty(),
                            ARRIVAL.plusSeconds(40),
                            Optional.of("A001"),
                            Disposition.ABANDONED,
                            false))
                    .withMessageContaining("answered contacts");
        }

        @Test
        void rejectsAResolvedAbandon() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> contact(
                            Optional.empty(), ARRIVAL.plusSeconds(40), Optional.empty(), Disposition.ABANDONED, true));
        }

        private static Contact answered(Instant answer, Instant end, Optional<Instant> wrapUpEnd) {
            return new Contact(
                    "1772438400.0",
                    Channel.VOICE,
                    "service",
                    Direction.INBOUND,
                    "+4915112345678",
                    ARRIVAL,
                    Optional.of(answer),
                    end,
                    wrapUpEnd,
                    Optional.of("A001"),
                    Disposition.ANSWERED,
                    ContactReason.BILLING,
                    Optional.empty(),
                    true,
                    Optional.of(new BigDecimal("19.90")));
        }

        private static Contact contact(
                Optional<Instant> answer,
                Instant end,
                Optional<String> agent,
                Disposition disposition,
                boolean resolved) {
            return new Contact(
                    "1772438400.2",
                    Channel.VOICE,
                    "service",
                    Direction.INBOUND,
                    "+4915112345678",
                    ARRIVAL,
                    answer,
                    end,
                    Optional.empty(),
                    agent,
                    disposition,
                    ContactReason.BILLING,
                    Optional.empty(),
                    resolved,
                    Optional.empty());
        }
    }

    @Nested
    class AgentEvents {

        @Test
        void aPauseNeedsAReason() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() ->
                            new AgentStateEvent("A001", ARRIVAL, AgentState.PAUSE, Optional.empty(), Optional.empty()));
        }

        @Test
        void onlyContactStatesNameAContact() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() ->
                            new AgentStateEvent("A001", ARRIVAL, AgentState.READY, Optional.empty(), Optional.of("c")));
            assertThat(new AgentStateEvent("A001", ARRIVAL, AgentState.WRAP_UP, Optional.empty(), Optional.of("c"))
                            .contactId())
                    .contains("c");
        }
    }

    @Nested
    class Schedules {

        @Test
        void rejectsOverlappingPauses() {
            var lunch = new ScheduledPause(PauseReason.LUNCH, ARRIVAL.plusSeconds(3600), ARRIVAL.plusSeconds(5400));
            var breakInLunch =
                    new ScheduledPause(PauseReason.BREAK, ARRIVAL.plusSeconds(4000), ARRIVAL.plusSeconds(4900));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ScheduledShift(
                            "A001",
                            LocalDate.of(2026, 3, 2),
                            ARRIVAL,
                            ARRIVAL.plusSeconds(30_600),
                            false,
                            List.of(lunch, breakInLunch)));
        }
    }

    @Test
    void rejectsASurveyAnswerOffItsScale() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SurveyAnswer("R000001", "c", ARRIVAL, SurveyMetric.CSAT, 1, 5, 6))
                .withMessageContaining("value=6");
    }
}
