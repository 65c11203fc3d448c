package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.switchboard.engine.interactions.Interaction;

/**
 * The merge law of the facts (issue 3): the facts of any split of the contacts, merged in any order, equal the facts
 * of all of them. The split keeps each customer's contacts together, because repeat detection (FCR) needs a customer's
 * history; within that, the parts are arbitrary.
 */
class FactMergePropertiesTest {

    @Provide
    Arbitrary<List<Interaction>> contacts() {
        return RandomContacts.inArrivalOrder(60);
    }

    private static List<ContactFact> build(List<Interaction> contacts) {
        var table = new FactTable();
        var builder = new ContactFactBuilder(FactSettings.standard(), table::add);
        contacts.forEach(builder::accept);
        builder.finish();
        return table.contactFacts();
    }

    @Property(tries = 150)
    void mergingTheFactsOfAnySplitByCustomerEqualsTheFactsOfAll(
            @ForAll("contacts") List<Interaction> contacts, @ForAll long seed) {
        var random = new Random(seed);
        int parts = 1 + random.nextInt(4);
        var partOfCustomer = new java.util.HashMap<String, Integer>();
        var split = new ArrayList<List<Interaction>>();
        for (int k = 0; k < parts; k++) {
            split.add(new ArrayList<>());
        }
        for (var contact : contacts) {
            // Contacts without a customer key may go anywhere; a customer's contacts stay in one part.
            int part = contact.customer()
                    .map(customer -> partOfCustomer.computeIfAbsent(customer, c -> random.nextInt(parts)))
                    .orElseGet(() -> random.nextInt(parts));
            split.get(part).add(contact);
        }
        var partFacts = new ArrayList<ContactFact>();
        split.forEach(part -> partFacts.addAll(build(part)));
        Collections.shuffle(partFacts, random);

        assertThat(Rollups.contacts(partFacts, key -> key)).isEqualTo(build(contacts));
    }

    @Property(tries = 100)
    void aRollUpOfARollUpEqualsTheDirectRollUp(@ForAll("contacts") List<Interaction> contacts) {
        var facts = build(contacts);
        var byHour = Rollups.contacts(
                facts, FactKeys.toPeriod(PeriodGrid.of(PeriodGrid.Unit.MINUTES_60, java.time.ZoneId.of("Europe/Berlin"))));
        var dayGrid = FactKeys.toPeriod(PeriodGrid.of(PeriodGrid.Unit.DAY, java.time.ZoneId.of("Europe/Berlin")));
        var allAgentsByDay = dayGrid.andThen(FactKeys.allAgents());
        assertThat(Rollups.contacts(byHour, allAgentsByDay)).isEqualTo(Rollups.contacts(facts, allAgentsByDay));
    }

    @Property(tries = 100)
    void theTotalCountsEveryContactOnce(@ForAll("contacts") List<Interaction> contacts) {
        var facts = build(contacts);
        var anyKey = new FactKey(
                java.time.Instant.EPOCH,
                "all",
                org.switchboard.engine.core.Channel.VOICE,
                org.switchboard.engine.core.Direction.INBOUND,
                FactKey.NO_AGENT);
        var total = Rollups.total(facts, anyKey);
        assertThat(total.offered()).isEqualTo(contacts.size());
        assertThat(total.answered())
                .isEqualTo(contacts.stream().filter(c -> c.disposition().isAnswered()).count());
        assertThat(total.answeredWaits().sumMillis())
                .isEqualTo(contacts.stream()
                        .filter(c -> c.disposition().isAnswered())
                        .mapToLong(c -> c.waitTime().toMillis())
                        .sum());
    }
}
