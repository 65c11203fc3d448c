package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.engine.interactions.facts.Contacts.answered;
import static org.switchboard.engine.interactions.facts.Contacts.unanswered;
import static org.switchboard.engine.interactions.facts.Contacts.withReason;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;

/** The contact fact builder on small hand-made days: every sum, FCR repeats, ranges and the release of slots. */
class ContactFactBuilderTest {

    private static final Instant TEN = Instant.parse("2026-03-02T10:00:00Z");
    private static final String SERVICE = "Service";

    private static FactKey key(Instant slot, String agent) {
        return new FactKey(slot, SERVICE, Channel.VOICE, Direction.INBOUND, agent);
    }

    private static Map<FactKey, ContactFact> build(FactSettings settings, List<Interaction> contacts) {
        var table = new FactTable();
        var builder = new ContactFactBuilder(settings, table::add);
        contacts.forEach(builder::accept);
        builder.finish();
        return table.contactFacts().stream().collect(Collectors.toMap(ContactFact::key, Function.identity()));
    }

    /**
     * c1: A1 answers +491 after 15 s, talks 180 s, wraps 60 s, sells 25.50. c2: +492 abandons after 4 s. c3: A1
     * answers +491 again after 30 s, talks 240 s, no sale. c4: overflows after 120 s, no customer. c5: A2 answers
     * +493 after 20 s, transfers after 120 s. c6: +491 eight days later, beyond the 7-day window after c3.
     */
    private static List<Interaction> day() {
        return List.of(
                answered("c1", SERVICE, "A1", Optional.of("+491"), TEN, 15, 180, Optional.of(60L),
                        Disposition.ANSWERED, Optional.of(true), Optional.of(new BigDecimal("25.50"))),
                unanswered("c2", SERVICE, Optional.of("+492"), TEN.plusSeconds(60), 4_000, Disposition.SHORT_ABANDON),
                answered("c3", SERVICE, "A1", Optional.of("+491"), TEN.plusSeconds(120), 30, 240, Optional.empty(),
                        Disposition.ANSWERED, Optional.of(false), Optional.empty()),
                unanswered("c4", SERVICE, Optional.empty(), TEN.plusSeconds(899), 120_000, Disposition.OVERFLOWED),
                answered("c5", SERVICE, "A2", Optional.of("+493"), TEN.plusSeconds(300), 20, 120, Optional.empty(),
                        Disposition.TRANSFERRED, Optional.empty(), Optional.empty()),
                answered("c6", SERVICE, "A1", "+491", TEN.plus(Duration.ofDays(8)).plusSeconds(1_200), 5));
    }

    @Test
    void sumsTheContactsOfEachKey() {
        var facts = build(FactSettings.standard(), day());

        var a1 = facts.get(key(TEN, "A1"));
        // c1 and c3: waits 15 s and 30 s; talk 180 + 240 = 420 s; wrap 60 s recorded once.
        assertThat(a1.offered()).isEqualTo(2);
        assertThat(a1.answered()).isEqualTo(2);
        assertThat(a1.answeredWaits()).isEqualTo(WaitHistogram.of(Duration.ofSeconds(15), Duration.ofSeconds(30)));
        assertThat(a1.talkMillis()).isEqualTo(420_000);
        assertThat(a1.wrapMillis()).isEqualTo(60_000);
        assertThat(a1.wrapRecorded()).isEqualTo(1);
        // Both have a customer key and are answered: FCR base 2; c1 is followed by c3 2 minutes later.
        assertThat(a1.firstContactBase()).isEqualTo(2);
        assertThat(a1.repeated()).isEqualTo(1);
        // Both say whether they sold (true, false): 2 eligible, 1 sale of 25.50.
        assertThat(a1.saleEligible()).isEqualTo(2);
        assertThat(a1.sales()).isEqualTo(1);
        assertThat(a1.revenue()).isEqualByComparingTo("25.50");

        var noAgent = facts.get(key(TEN, FactKey.NO_AGENT));
        // c2 (short abandon after 4 s, counted as an abandon) and c4 (overflow after 120 s, at 10:14:59, same slot).
        assertThat(noAgent.offered()).isEqualTo(2);
        assertThat(noAgent.abandoned()).isEqualTo(1);
        assertThat(noAgent.abandonedWaits()).isEqualTo(WaitHistogram.of(Duration.ofSeconds(4)));
        assertThat(noAgent.overflowed()).isEqualTo(1);
        assertThat(noAgent.overflowedWaits().max()).contains(Duration.ofSeconds(120));
        assertThat(noAgent.firstContactBase()).isZero();

        var a2 = facts.get(key(TEN, "A2"));
        // c5: transferred counts as answered, not in the FCR base.
        assertThat(a2.answered()).isEqualTo(1);
        assertThat(a2.transferred()).isEqualTo(1);
        assertThat(a2.talkMillis()).isEqualTo(120_000);
        assertThat(a2.firstContactBase()).isZero();

        // c6 lands in the 10:15 slot eight days later; c3 stays unrepeated (8 d 18 min > 7 d).
        var later = facts.get(key(Instant.parse("2026-03-10T10:15:00Z"), "A1"));
        assertThat(later.offered()).isEqualTo(1);
        assertThat(facts).hasSize(4);
    }

    @Test
    void aContactExactlyAtTheEndOfTheWindowIsARepeatAndOneMillisecondLaterIsNot() {
        var window = Duration.ofDays(7);
        var atEnd = List.of(
                answered("a", SERVICE, "A1", "+49", TEN, 0),
                answered("b", SERVICE, "A1", "+49", TEN.plus(window), 0));
        var pastEnd = List.of(
                answered("a", SERVICE, "A1", "+49", TEN, 0),
                answered("b", SERVICE, "A1", "+49", TEN.plus(window).plusMillis(1), 0));
        assertThat(build(FactSettings.standard(), atEnd).get(key(TEN, "A1")).repeated()).isEqualTo(1);
        assertThat(build(FactSettings.standard(), pastEnd).get(key(TEN, "A1")).repeated()).isZero();
    }

    @Test
    void anAbandonedFollowUpMarksTheAnsweredContactButIsNotInTheBaseItself() {
        var contacts = List.of(
                answered("a", SERVICE, "A1", "+49", TEN, 10),
                unanswered("b", SERVICE, Optional.of("+49"), TEN.plusSeconds(3_600), 30_000, Disposition.ABANDONED));
        var facts = build(FactSettings.standard(), contacts);
        assertThat(facts.get(key(TEN, "A1")).repeated()).isEqualTo(1);
        assertThat(facts.get(key(Instant.parse("2026-03-02T11:00:00Z"), "")).firstContactBase()).isZero();
    }

    @Test
    void withTheSameReasonOptionOnlyAFollowUpWithTheSameReasonCounts() {
        var contacts = List.of(
                withReason(answered("a", SERVICE, "A1", "+49", TEN, 0), "billing"),
                withReason(answered("b", SERVICE, "A1", "+49", TEN.plusSeconds(60), 0), "delivery"),
                withReason(answered("c", SERVICE, "A1", "+49", TEN.plusSeconds(120), 0), "billing"));
        // By customer: a is followed by b, b by c -> 2 repeats. By customer and reason: only a by c -> 1.
        assertThat(build(FactSettings.standard(), contacts).get(key(TEN, "A1")).repeated()).isEqualTo(2);
        var sameReason = FactSettings.standard().withFcr(Duration.ofDays(7), true);
        assertThat(build(sameReason, contacts).get(key(TEN, "A1")).repeated()).isEqualTo(1);
    }

    @Test
    void aContactReadAfterALaterOneOfTheSameCustomerIsFollowedByIt() {
        // Read order b (10:05), a (10:00): a arrived first, so b follows a.
        var contacts = List.of(
                answered("b", SERVICE, "A2", "+49", TEN.plusSeconds(300), 0),
                answered("a", SERVICE, "A1", "+49", TEN, 0));
        var facts = build(FactSettings.standard(), contacts);
        assertThat(facts.get(key(TEN, "A1")).repeated()).isEqualTo(1);
        assertThat(facts.get(key(TEN, "A2")).repeated()).isZero();
    }

    @Test
    void keepsOnlySlotsInTheRangeButStillSeesRepeatsAfterIt() {
        var to = TEN.plusSeconds(900);
        var contacts = List.of(
                answered("before", SERVICE, "A1", "+48", TEN.minusSeconds(60), 0),
                answered("a", SERVICE, "A1", "+49", TEN, 0),
                answered("after", SERVICE, "A1", "+49", to.plusSeconds(3_600), 0));
        var facts = build(FactSettings.standard().keeping(TEN, to), contacts);
        assertThat(facts.keySet()).containsExactly(key(TEN, "A1"));
        assertThat(facts.get(key(TEN, "A1")).offered()).isEqualTo(1);
        assertThat(facts.get(key(TEN, "A1")).repeated()).isEqualTo(1);
    }

    @Test
    void handsOutASlotOnceLatenessAndWindowHavePassedAndKeepsSlotsInOrder() {
        var settings = new FactSettings(
                Duration.ofHours(1), false, Duration.ofMinutes(30), Duration.ofHours(12), Instant.MIN, Instant.MAX);
        var out = new ArrayList<ContactFact>();
        var builder = new ContactFactBuilder(settings, out::add);
        builder.accept(answered("a", SERVICE, "A1", "+49", TEN, 0));
        builder.accept(answered("b", SERVICE, "A2", "+48", TEN.plusSeconds(60), 0));
        // The 10:00 slot ends 10:15; + 30 min lateness + 1 h window = 11:45. A contact at 11:44 holds it back.
        builder.accept(answered("c", SERVICE, "A1", "+47", Instant.parse("2026-03-02T11:44:00Z"), 0));
        assertThat(out).isEmpty();
        builder.accept(answered("d", SERVICE, "A1", "+46", Instant.parse("2026-03-02T11:45:00Z"), 0));
        assertThat(out).extracting(ContactFact::key).containsExactly(key(TEN, "A1"), key(TEN, "A2"));
        // A contact of the released slot read now starts a second fact of its key.
        builder.accept(answered("late", SERVICE, "A1", "+45", TEN.plusSeconds(30), 0));
        builder.accept(answered("later", SERVICE, "A1", "+44", TEN.plusSeconds(40), 0));
        builder.finish();
        assertThat(builder.lateContacts()).isEqualTo(2);
        assertThat(out).extracting(fact -> fact.key().slotStart())
                .containsExactly(TEN, TEN, TEN, Instant.parse("2026-03-02T11:30:00Z"),
                        Instant.parse("2026-03-02T11:45:00Z"));
    }
}
