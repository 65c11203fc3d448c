package org.switchboard.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Disposition;

/** The standard demo centre: repeatable, and realistic enough to demonstrate every report on. */
class DemoCentreTest {

    private static final DemoDataSet DATA = StandardDemo.DATA;
    private static final DemoSpec SPEC = DATA.spec();

    @Nested
    class Determinism {

        private final DemoSpec twoWeeks = DemoSpec.standard().withWeeks(2);

        @Test
        void sameSeedGivesTheSameFilesToTheByte() {
            var first = DemoCentre.generate(twoWeeks, DemoCentre.random(42));
            var second = DemoCentre.generate(twoWeeks, DemoCentre.random(42));
            for (var file : DemoCsv.values()) {
                assertThat(StandardDemo.csv(file, second)).as(file.fileName()).isEqualTo(StandardDemo.csv(file, first));
            }
            assertThat(StandardDemo.queueLog(second)).isEqualTo(StandardDemo.queueLog(first));
        }

        @Test
        void sameSeedGivesEqualRecords() {
            var first = DemoCentre.generate(twoWeeks, DemoCentre.random(7));
            var second = DemoCentre.generate(twoWeeks, DemoCentre.random(7));
            assertThat(second).isEqualTo(first);
        }

        @Test
        void anotherSeedGivesAnotherCentre() {
            var first = DemoCentre.generate(twoWeeks, DemoCentre.random(42));
            var other = DemoCentre.generate(twoWeeks, DemoCentre.random(43));
            assertThat(StandardDemo.csv(DemoCsv.CONTACTS, other))
                    .isNotEqualTo(StandardDemo.csv(DemoCsv.CONTACTS, first));
            assertThat(other.agents())
                    .extracting(Agent::name)
                    .isNotEqualTo(first.agents().stream().map(Agent::name).toList());
        }
    }

    @Nested
    class Accessibility {

        @Test
        void serviceLevelOfEveryQueueLandsInARealisticRange() {
            for (var queue : DATA.summary().queues()) {
                assertThat(queue.serviceLevel().orElseThrow()).as(queue.queue()).isBetween(0.6, 0.95);
            }
        }

        @Test
        void abandonmentOfEveryQueueLandsInARealisticRange() {
            for (var queue : DATA.summary().queues()) {
                assertThat(queue.abandonmentRate().orElseThrow())
                        .as(queue.queue())
                        .isBetween(0.01, 0.15);
            }
        }

        @Test
        void someWeekdayHoursAreBadAndSomeComfortable() {
            var hourly = new double[24];
            var offered = new double[24];
            for (var contact :
                    contactsOf("service", day -> day.getDayOfWeek().getValue() <= 5 && !SPEC.isPublicHoliday(day))) {
                if (contact.disposition() == Disposition.SHORT_ABANDON) {
                    continue;
                }
                int hour = contact.arrivedAt().atZone(SPEC.zone()).getHour();
                offered[hour]++;
                boolean inTime =
                        contact.disposition().isAnswered() && contact.waitTime().toSeconds() <= 20;
                hourly[hour] += inTime ? 1 : 0;
            }
            double worst = 1;
            double best = 0;
            for (int hour = 8; hour < 20; hour++) {
                worst = Math.min(worst, hourly[hour] / offered[hour]);
                best = Math.max(best, hourly[hour] / offered[hour]);
            }
            assertThat(worst).isLessThan(0.7);
            assertThat(best).isGreaterThan(0.95);
        }

        @Test
        void shortAbandonsAreAbandonsWithinFiveSeconds() {
            assertThat(DATA.contacts())
                    .filteredOn(contact -> contact.disposition().isAbandoned())
                    .allSatisfy(contact -> assertThat(contact.disposition() == Disposition.SHORT_ABANDON)
                            .isEqualTo(contact.waitTime().toSeconds() <= 5));
            assertThat(DATA.summary().queue("service").orElseThrow().shortAbandons())
                    .isPositive();
        }
    }

    @Nested
    class Seasonality {

        @Test
        void saturdayHasLessVolumeThanMonday() {
            assertThat(averageDailyVolume(DayOfWeek.SATURDAY)).isLessThan(0.6 * averageDailyVolume(DayOfWeek.MONDAY));
        }

        @Test
        void mondayIsTheBusiestWeekday() {
            double monday = averageDailyVolume(DayOfWeek.MONDAY);
            for (var day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                assertThat(averageDailyVolume(day)).as(day.toString()).isLessThan(monday);
            }
        }

        @Test
        void publicHolidaysHaveFarLessVolumeThanTheirWeekday() {
            assertThat((double) volumeOn(LocalDate.of(2026, 4, 3)))
                    .isLessThan(0.35 * averageDailyVolume(DayOfWeek.FRIDAY));
            assertThat((double) volumeOn(LocalDate.of(2026, 4, 6)))
                    .isLessThan(0.35 * averageDailyVolume(DayOfWeek.MONDAY));
        }

        @Test
        void morningPeakIsAboveTheEvening() {
            var weekdays = contactsOf("service", day -> day.getDayOfWeek().getValue() <= 5);
            long morning = weekdays.stream()
                    .filter(contact -> localHour(contact) == 10)
                    .count();
            long evening = weekdays.stream()
                    .filter(contact -> localHour(contact) == 19)
                    .count();
            assertThat(morning).isGreaterThan(2 * evening);
        }

        @Test
        void dailyVolumesAreOverDispersedRelativeToPoisson() {
            // With day-level noise of cv 0.08 on ~1 800 calls the variance is ~12 times the mean; Poisson alone gives
            // 1.
            for (var day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
                var volumes = SPEC.days().stream()
                        .filter(date -> date.getDayOfWeek() == day && !SPEC.isPublicHoliday(date))
                        .mapToDouble(date -> contactsOf("service", date::equals).stream()
                                .filter(contact -> contact.transferredFrom().isEmpty())
                                .count())
                        .toArray();
                double mean = Arrays.stream(volumes).average().orElseThrow();
                double variance =
                        Arrays.stream(volumes).map(v -> (v - mean) * (v - mean)).sum() / (volumes.length - 1);
                assertThat(variance / mean).as(day.toString()).isGreaterThan(2);
            }
        }

        @Test
        void theDayClocksGoForwardHasTwentyThreeHoursOfIntervals() {
            var dstDay = LocalDate.of(2026, 3, 29);
            assertThat(SPEC.days()).contains(dstDay);
            assertThat(SPEC.intervalStarts(dstDay)).hasSize(92);
            assertThat(SPEC.intervalStarts(dstDay.minusDays(1))).hasSize(96);
        }

        @Test
        void freshContactsArriveOnlyWhileTheCentreIsOpen() {
            assertThat(DATA.contacts())
                    .filteredOn(contact -> contact.transferredFrom().isEmpty())
                    .allSatisfy(contact -> {
                        var local = contact.arrivedAt().atZone(SPEC.zone());
                        var hours = SPEC.hoursOn(local.toLocalDate());
                        assertThat(local.toLocalTime())
                                .isBetween(hours.open(), hours.close().minusSeconds(1));
                    });
        }
    }

    @Nested
    class Handling {

        @Test
        void talkTimesAverageWhatTheSpecSays() {
            var talk = DATA.contacts().stream()
                    .filter(contact ->
                            contact.queue().equals("service") && contact.disposition() == Disposition.ANSWERED)
                    .mapToLong(contact -> Duration.between(contact.answeredAt().orElseThrow(), contact.endedAt())
                            .toSeconds())
                    .average()
                    .orElseThrow();
            // 280 s mean, cv 0.9 over ~65 000 calls: standard error ~1 s; rounding up to the 5 s minimum adds < 1 s.
            assertThat(talk).isCloseTo(280, within(8.0));
        }

        @Test
        void aboutSixPercentOfAnsweredServiceCallsAreTransferredToSales() {
            var service = DATA.summary().queue("service").orElseThrow();
            assertThat((double) service.transferred() / service.answered()).isCloseTo(0.06, within(0.01));
            var legs = DATA.contacts().stream()
                    .filter(contact -> contact.transferredFrom().isPresent())
                    .toList();
            assertThat(legs).hasSize((int) service.transferred()).allMatch(leg -> leg.queue()
                    .equals("sales"));
        }

        @Test
        void resolutionRateFollowsTheSpec() {
            var answered = DATA.contacts().stream()
                    .filter(contact ->
                            contact.queue().equals("service") && contact.disposition() == Disposition.ANSWERED)
                    .toList();
            double resolved = answered.stream().filter(Contact::resolved).count() / (double) answered.size();
            assertThat(resolved).isCloseTo(0.80, within(0.01));
        }

        @Test
        void unresolvedCustomersComeBackWithinDays() {
            var lastSeen = new HashMap<String, Contact>();
            int repeats = 0;
            int contacts = 0;
            for (var contact : DATA.contacts()) {
                if (contact.transferredFrom().isPresent()) {
                    continue;
                }
                var before = lastSeen.put(contact.customerPhone(), contact);
                contacts++;
                if (before != null
                        && Duration.between(before.endedAt(), contact.arrivedAt())
                                        .toDays()
                                < 7) {
                    repeats++;
                }
            }
            assertThat(repeats / (double) contacts).isBetween(0.05, 0.30);
        }

        @Test
        void someSalesCallsSell() {
            var sales = DATA.contacts().stream()
                    .filter(contact -> contact.queue().equals("sales") && contact.disposition() == Disposition.ANSWERED)
                    .toList();
            double conversion = sales.stream().filter(Contact::hasSale).count() / (double) sales.size();
            assertThat(conversion).isBetween(0.2, 0.35);
            assertThat(DATA.contacts())
                    .filteredOn(contact -> !contact.queue().equals("sales"))
                    .noneMatch(Contact::hasSale);
        }
    }

    @Nested
    class Surveys {

        private final Map<String, Contact> contacts =
                DATA.contacts().stream().collect(Collectors.toMap(Contact::id, Function.identity()));

        @Test
        void resolvedCustomersGiveTheTopBoxMoreOften() {
            assertThat(topBoxShare(SurveyMetric.CSAT, 4, Contact::resolved))
                    .isGreaterThan(topBoxShare(SurveyMetric.CSAT, 4, contact -> !contact.resolved()) + 0.2);
        }

        @Test
        void longWaitsLowerSatisfaction() {
            assertThat(topBoxShare(
                            SurveyMetric.CSAT, 4, contact -> contact.waitTime().toSeconds() > 60))
                    .isLessThan(topBoxShare(
                            SurveyMetric.CSAT, 4, contact -> contact.waitTime().toSeconds() <= 20));
        }

        @Test
        void transferredCustomersFindItHarder() {
            assertThat(topBoxShare(SurveyMetric.CES, 5, contact -> contact.transferredFrom()
                            .isPresent()))
                    .isLessThan(topBoxShare(SurveyMetric.CES, 5, contact -> contact.transferredFrom()
                                    .isEmpty())
                            - 0.1);
        }

        @Test
        void aboutOneAnsweredContactInFiveResponds() {
            long responses = DATA.surveyAnswers().stream()
                    .map(SurveyAnswer::responseId)
                    .distinct()
                    .count();
            long answered = DATA.contacts().stream()
                    .filter(contact -> contact.disposition() == Disposition.ANSWERED)
                    .count();
            assertThat(responses / (double) answered).isBetween(0.15, 0.25);
        }

        /** Share of the answers on a metric at or above {@code threshold}, among contacts matching a condition. */
        private double topBoxShare(SurveyMetric metric, int threshold, Predicate<Contact> condition) {
            var values = DATA.surveyAnswers().stream()
                    .filter(answer -> answer.metric() == metric && condition.test(contacts.get(answer.contactId())))
                    .mapToInt(SurveyAnswer::value)
                    .toArray();
            assertThat(values).hasSizeGreaterThan(100);
            return Arrays.stream(values).filter(value -> value >= threshold).count() / (double) values.length;
        }
    }

    private static List<Contact> contactsOf(String queue, Predicate<LocalDate> day) {
        return DATA.contacts().stream()
                .filter(contact -> contact.queue().equals(queue))
                .filter(contact ->
                        day.test(contact.arrivedAt().atZone(SPEC.zone()).toLocalDate()))
                .toList();
    }

    private static int localHour(Contact contact) {
        return contact.arrivedAt().atZone(SPEC.zone()).getHour();
    }

    private static long volumeOn(LocalDate day) {
        return DATA.contacts().stream()
                .filter(contact ->
                        contact.arrivedAt().atZone(SPEC.zone()).toLocalDate().equals(day))
                .count();
    }

    private static double averageDailyVolume(DayOfWeek dayOfWeek) {
        return SPEC.days().stream()
                .filter(day -> day.getDayOfWeek() == dayOfWeek && !SPEC.isPublicHoliday(day))
                .mapToLong(DemoCentreTest::volumeOn)
                .average()
                .orElseThrow();
    }
}
