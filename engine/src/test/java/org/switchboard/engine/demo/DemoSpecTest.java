package org.switchboard.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Channel;

class DemoSpecTest {

    private final DemoSpec standard = DemoSpec.standard();

    @Nested
    class Standard {

        @Test
        void runsEightWeeksFromMondaySecondMarch2026InBerlin() {
            assertThat(standard.start())
                    .isEqualTo(LocalDate.of(2026, 3, 2))
                    .satisfies(day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
            assertThat(standard.days()).hasSize(56);
            assertThat(standard.end()).isEqualTo(LocalDate.of(2026, 4, 27));
            assertThat(standard.zone().getId()).isEqualTo("Europe/Berlin");
        }

        @Test
        void hasThreeQueuesWithTheirServiceLevelThresholds() {
            assertThat(standard.queues())
                    .extracting(QueueSpec::queue)
                    .containsExactly(
                            new ContactQueue("service", Channel.VOICE, 1, Duration.ofSeconds(20)),
                            new ContactQueue("sales", Channel.VOICE, 1, Duration.ofSeconds(20)),
                            new ContactQueue("chat", Channel.CHAT, 2, Duration.ofSeconds(60)));
        }

        @Test
        void hasAboutSixtyAgentsInSixTeams() {
            assertThat(standard.teams()).hasSize(6);
            assertThat(standard.teams().stream()
                            .mapToInt(team -> team.agentShifts().size())
                            .sum())
                    .isBetween(55, 65);
        }

        @Test
        void runsEasterHolidaysLikeSundays() {
            var goodFriday = LocalDate.of(2026, 4, 3);
            assertThat(standard.isPublicHoliday(goodFriday)).isTrue();
            assertThat(standard.runsAs(goodFriday)).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(standard.hoursOn(goodFriday))
                    .isEqualTo(new DailyHours(LocalTime.of(10, 0), LocalTime.of(16, 0)));
            assertThat(standard.runsAs(LocalDate.of(2026, 4, 2))).isEqualTo(DayOfWeek.THURSDAY);
        }
    }

    @Nested
    class Intervals {

        @Test
        void anOrdinaryDayHasNinetySixQuarterHours() {
            var starts = standard.intervalStarts(LocalDate.of(2026, 3, 4));
            assertThat(starts).hasSize(96);
            assertThat(Duration.between(starts.get(0), starts.get(1))).isEqualTo(DemoSpec.INTERVAL);
        }

        @Test
        void theDayClocksGoForwardHasNinetyTwo() {
            assertThat(standard.intervalStarts(LocalDate.of(2026, 3, 29))).hasSize(92);
        }

        @Test
        void theDayClocksGoBackHasOneHundred() {
            assertThat(standard.intervalStarts(LocalDate.of(2026, 10, 25))).hasSize(100);
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsAPeriodOutsideOneToHundredFourWeeks() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> standard.withWeeks(0))
                    .withMessageContaining("weeks=0");
            assertThatIllegalArgumentException().isThrownBy(() -> standard.withWeeks(105));
        }

        @Test
        void rejectsATeamWithASkillThatIsNoQueue() {
            var team = new TeamSpec(
                    "Ghosts", Set.of("email"), standard.teams().getFirst().agentShifts());
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withTeams(List.of(team)))
                    .withMessageContaining("skill=email");
        }

        @Test
        void rejectsAQueueNobodyServes() {
            var serviceOnly = standard.teams().getFirst();
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withTeams(List.of(serviceOnly)))
                    .withMessageContaining("no team serves queue");
        }

        @Test
        void rejectsATransferToAnUnknownQueue() {
            var service = standard.queues().getFirst();
            var broken = new QueueSpec(
                    service.queue(),
                    100,
                    service.meanHandleTime(),
                    service.meanWrapUpTime(),
                    service.meanPatience(),
                    0.8,
                    0,
                    Map.of(ContactReason.BILLING, 1.0),
                    Optional.of(new TransferRule("billing", 0.1)));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new DemoSpec(
                            standard.start(),
                            1,
                            standard.zone(),
                            Set.of(),
                            standard.openingHours(),
                            List.of(broken),
                            standard.teams()))
                    .withMessageContaining("to=billing");
        }

        @Test
        void rejectsAVoiceQueueWithConcurrency() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ContactQueue("service", Channel.VOICE, 2, Duration.ofSeconds(20)))
                    .withMessageContaining("concurrency=2");
        }

        @Test
        void rejectsOpeningHoursOffTheQuarterHour() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new DailyHours(LocalTime.of(8, 10), LocalTime.of(20, 0)));
        }

        @Test
        void rejectsAShiftPastMidnight() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ShiftPattern(
                            "NIGHT", LocalTime.of(20, 0), Duration.ofHours(8), Set.of(DayOfWeek.MONDAY)));
        }

        private DemoSpec withTeams(List<TeamSpec> teams) {
            return new DemoSpec(
                    standard.start(), 1, standard.zone(), Set.of(), standard.openingHours(), standard.queues(), teams);
        }
    }
}
