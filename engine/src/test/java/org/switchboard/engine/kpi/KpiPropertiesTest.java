package org.switchboard.engine.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.ContactFactBuilder;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.interactions.facts.FactSettings;
import org.switchboard.engine.interactions.facts.FactTable;
import org.switchboard.engine.interactions.facts.RandomContacts;
import org.switchboard.engine.interactions.facts.Rollups;

/** Laws of the KPIs over random contacts: SL(T) never falls as T grows; every share lies within [0, 1]. */
class KpiPropertiesTest {

    @Provide
    Arbitrary<List<Interaction>> contacts() {
        return RandomContacts.inArrivalOrder(80);
    }

    private static ContactFact total(List<Interaction> contacts) {
        var table = new FactTable();
        var builder = new ContactFactBuilder(FactSettings.standard(), table::add);
        contacts.forEach(builder::accept);
        builder.finish();
        return Rollups.total(
                table.contactFacts(),
                new FactKey(Instant.EPOCH, "all", Channel.VOICE, Direction.INBOUND, FactKey.NO_AGENT));
    }

    private static void assertShare(OptionalDouble share) {
        share.ifPresent(value -> assertThat(value).isBetween(0.0, 1.0));
    }

    @Property(tries = 100)
    void serviceLevelIsNonDecreasingInTForEveryVariant(
            @ForAll("contacts") List<Interaction> contacts, @ForAll @LongRange(min = 0, max = 900) long t) {
        var fact = total(contacts);
        var base = QueueKpiSettings.defaultsFor(Channel.VOICE);
        for (var variant : ServiceLevelVariant.values()) {
            var lower = AccessibilityKpis.of(fact, base.with(t, 5, variant)).serviceLevel();
            var higher = AccessibilityKpis.of(fact, base.with(t + 1, 5, variant)).serviceLevel();
            if (lower.isPresent() && higher.isPresent()) {
                assertThat(higher.getAsDouble()).as(variant.name()).isGreaterThanOrEqualTo(lower.getAsDouble());
            }
        }
    }

    @Property(tries = 100)
    void everyShareLiesWithinZeroAndOne(
            @ForAll("contacts") List<Interaction> contacts,
            @ForAll @LongRange(min = 0, max = 900) long t,
            @ForAll @LongRange(min = 0, max = 30) long shortAbandon) {
        var fact = total(contacts);
        for (var variant : ServiceLevelVariant.values()) {
            var kpis = AccessibilityKpis.of(fact, QueueKpiSettings.defaultsFor(Channel.VOICE).with(t, shortAbandon, variant));
            assertShare(kpis.serviceLevel());
            assertShare(kpis.abandonRate());
            assertShare(kpis.answeredWithinDeadline());
        }
        var quality = QualityKpis.of(fact);
        assertShare(quality.fcr());
        assertShare(quality.repeatContactRate());
        assertShare(quality.transferRate());
        assertShare(RevenueKpis.of(fact, org.switchboard.engine.interactions.facts.AgentFact.empty(
                        new org.switchboard.engine.interactions.facts.AgentFactKey(Instant.EPOCH, "all")))
                .conversionRate());
    }
}
