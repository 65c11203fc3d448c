package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;

/**
 * Roll-ups to local periods, DST-correct, and to queue and team groups. Europe/Berlin switched to summer time on
 * 2026-03-29 at 02:00 CET (01:00 UTC) and back on 2026-10-25 at 03:00 CEST (01:00 UTC): those local days have 23 and
 * 25 hours, i.e. 92 and 100 fifteen-minute slots.
 */
class RollupsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** One offered contact (waited 10 s, answered) in every 15-minute slot of [from, to). */
    private static List<ContactFact> oneContactPerSlot(Instant from, Instant to, String queue, String agent) {
        var facts = new ArrayList<ContactFact>();
        for (var slot = from; slot.isBefore(to); slot = slot.plus(FactKey.SLOT)) {
            var key = new FactKey(slot, queue, Channel.VOICE, Direction.INBOUND, agent);
            facts.add(new ContactFact(
                    key, 1, 1, 0, 0, 0, WaitHistogram.of(Duration.ofSeconds(10)), WaitHistogram.empty(),
                    WaitHistogram.empty(), 60_000, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO));
        }
        return facts;
    }

    private static Map<Instant, Long> offeredByPeriod(List<ContactFact> facts, PeriodGrid grid) {
        var byPeriod = new java.util.LinkedHashMap<Instant, Long>();
        Rollups.contacts(facts, FactKeys.toPeriod(grid)).forEach(f -> byPeriod.put(f.key().slotStart(), f.offered()));
        return byPeriod;
    }

    @Test
    void theSpringForwardDayHas23HoursAndTheDaysAroundIt24() {
        // Local 28 March 00:00 CET = 27 March 23:00 UTC; local 31 March 00:00 CEST = 30 March 22:00 UTC.
        var facts = oneContactPerSlot(
                Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-30T22:00:00Z"), "Service", "A1");
        var days = offeredByPeriod(facts, PeriodGrid.of(PeriodGrid.Unit.DAY, BERLIN));
        assertThat(days).containsExactly(
                Map.entry(Instant.parse("2026-03-27T23:00:00Z"), 96L),
                Map.entry(Instant.parse("2026-03-28T23:00:00Z"), 92L),
                Map.entry(Instant.parse("2026-03-29T22:00:00Z"), 96L));
        // The 29th has 23 local hours of 4 slots each, and 46 half hours of 2.
        var hours = offeredByPeriod(facts, PeriodGrid.of(PeriodGrid.Unit.MINUTES_60, BERLIN));
        assertThat(hours.keySet().stream()
                        .filter(start -> start.atZone(BERLIN).toLocalDate().toString().equals("2026-03-29")))
                .hasSize(23);
        assertThat(hours.values()).containsOnly(4L);
        var halfHours = offeredByPeriod(facts, PeriodGrid.of(PeriodGrid.Unit.MINUTES_30, BERLIN));
        assertThat(halfHours).hasSize(3 * 48 - 2);
        assertThat(halfHours.values()).containsOnly(2L);
    }

    @Test
    void theFallBackDayHas25HoursAndItsRepeatedHourIsTwoPeriods() {
        // Local 25 October 00:00 CEST = 24 October 22:00 UTC; local 26 October 00:00 CET = 25 October 23:00 UTC.
        var facts = oneContactPerSlot(
                Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T23:00:00Z"), "Service", "A1");
        var days = offeredByPeriod(facts, PeriodGrid.of(PeriodGrid.Unit.DAY, BERLIN));
        assertThat(days).containsExactly(Map.entry(Instant.parse("2026-10-24T22:00:00Z"), 100L));
        var hours = offeredByPeriod(facts, PeriodGrid.of(PeriodGrid.Unit.MINUTES_60, BERLIN));
        assertThat(hours).hasSize(25);
        assertThat(hours.values()).containsOnly(4L);
        // 02:00 local happens at 00:00 UTC (CEST) and again at 01:00 UTC (CET).
        assertThat(hours).containsKeys(Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"));
    }

    @Test
    void weeksAndMonthsFollowLocalMidnight() {
        // March 2026 in Berlin: 31 days minus the lost hour = 31 * 96 - 4 = 2972 slots, from 28 Feb 23:00 UTC.
        var facts = oneContactPerSlot(
                Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"), "Service", "A1");
        var months = offeredByPeriod(facts, PeriodGrid.of(PeriodGrid.Unit.MONTH, BERLIN));
        assertThat(months).containsExactly(Map.entry(Instant.parse("2026-02-28T23:00:00Z"), 2972L));
        // ISO week Monday 23 – Sunday 29 March: 7 * 96 - 4 = 668 slots; it starts 22 March 23:00 UTC.
        var weeks = offeredByPeriod(facts, PeriodGrid.of(PeriodGrid.Unit.WEEK, BERLIN));
        assertThat(weeks).containsEntry(Instant.parse("2026-03-22T23:00:00Z"), 668L);
        assertThat(weeks.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2972);
    }

    @Test
    void rollsUpQueueGroupsAndTeamsWithAFunction() {
        var slot = Instant.parse("2026-03-02T10:00:00Z");
        var next = slot.plus(FactKey.SLOT);
        var facts = new ArrayList<ContactFact>();
        facts.addAll(oneContactPerSlot(slot, next, "Billing", "A1"));
        facts.addAll(oneContactPerSlot(slot, next, "Tariffs", "A2"));
        facts.addAll(oneContactPerSlot(slot, next, "Sales", "A3"));
        var lineOfBusiness = Map.of("Billing", "Service", "Tariffs", "Service", "Sales", "Sales");
        var team = Map.of("A1", "Team 1", "A2", "Team 1", "A3", "Team 2");
        var rolled = Rollups.contacts(
                facts,
                FactKeys.toQueueGroup(lineOfBusiness::get).andThen(FactKeys.toAgentGroup(team::get)));
        assertThat(rolled).extracting(f -> f.key().queue() + "/" + f.key().agentId() + "=" + f.offered())
                .containsExactly("Sales/Team 2=1", "Service/Team 1=2");
        assertThat(rolled.get(1).answeredWaits().count()).isEqualTo(2);
        assertThat(rolled.get(1).talkMillis()).isEqualTo(120_000);
    }

    @Test
    void mergingFactsOfDifferentKeysIsRefused() {
        var slot = Instant.parse("2026-03-02T10:00:00Z");
        var a = ContactFact.empty(new FactKey(slot, "A", Channel.VOICE, Direction.INBOUND, ""));
        var b = ContactFact.empty(new FactKey(slot, "B", Channel.VOICE, Direction.INBOUND, ""));
        assertThatThrownBy(() -> a.merge(b)).hasMessageContaining("one key");
        assertThatThrownBy(() -> new FactKey(slot.plusSeconds(60), "A", Channel.VOICE, Direction.INBOUND, ""))
                .hasMessageContaining("15-minute boundary");
    }

    @Test
    void aNepalDayStartsOnA15MinuteBoundaryToo() {
        // Asia/Kathmandu is UTC+05:45: local midnight of 2 March 2026 is 1 March 18:15 UTC.
        var grid = PeriodGrid.of(PeriodGrid.Unit.DAY, ZoneId.of("Asia/Kathmandu"));
        assertThat(grid.startOf(Instant.parse("2026-03-02T10:00:00Z"))).isEqualTo(Instant.parse("2026-03-01T18:15:00Z"));
    }
}
