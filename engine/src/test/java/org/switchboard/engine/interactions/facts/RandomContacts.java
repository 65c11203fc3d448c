package org.switchboard.engine.interactions.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;

/**
 * Arbitrary contacts for property tests: two queues, three agents, five customers (or none), every disposition,
 * waits to 15 minutes in milliseconds, arrivals over ten days (so FCR windows both hit and miss), sales and revenue.
 */
public final class RandomContacts {

    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    private RandomContacts() {}

    /** {@return lists of up to {@code max} contacts in arrival order} */
    public static Arbitrary<List<Interaction>> inArrivalOrder(int max) {
        return contact().list().ofMaxSize(max).map(contacts -> contacts.stream()
                .sorted(Comparator.comparing(Interaction::arrivedAt).thenComparing(Interaction::sourceId))
                .toList());
    }

    private static Arbitrary<Interaction> contact() {
        var ids = Arbitraries.strings().alpha().ofLength(8);
        var arrivals = Arbitraries.longs().between(0, 10L * 86_400_000);
        var queues = Arbitraries.of("Service", "Sales");
        var agents = Arbitraries.of("A1", "A2", "A3");
        var customers = Arbitraries.of("", "+491", "+492", "+493", "+494", "+495");
        var dispositions = Arbitraries.of(Disposition.class);
        var waits = Arbitraries.longs().between(0, 900_000);
        var talks = Arbitraries.longs().between(0, 1_200_000);
        var wraps = Arbitraries.longs().between(-1, 300_000);
        var sales = Arbitraries.integers().between(-1, 1);
        var cents = Arbitraries.longs().between(-1, 100_000);
        List<Arbitrary<Object>> parts = List.of(
                ids, arrivals, queues, agents, customers, dispositions, waits, talks, wraps, sales, cents)
                .stream()
                .map(RandomContacts::anyValue)
                .toList();
        return Combinators.combine(parts).as(RandomContacts::make);
    }

    private static Arbitrary<Object> anyValue(Arbitrary<?> values) {
        return values.map(Object.class::cast);
    }

    private static Interaction make(List<Object> v) {
        var arrival = START.plusMillis((Long) v.get(1));
        var disposition = (Disposition) v.get(5);
        var wait = (Long) v.get(6);
        var customer = (String) v.get(4);
        boolean answered = disposition.isAnswered();
        var answer = arrival.plusMillis(wait);
        var end = answered ? answer.plusMillis((Long) v.get(7)) : answer;
        long wrap = (Long) v.get(8);
        int sale = (Integer) v.get(9);
        long cents = (Long) v.get(10);
        return new Interaction(
                (String) v.get(0),
                Channel.VOICE,
                (String) v.get(2),
                Direction.INBOUND,
                customer.isEmpty() ? Optional.empty() : Optional.of(customer),
                arrival,
                answered ? Optional.of(answer) : Optional.empty(),
                end,
                answered && wrap >= 0 ? Optional.of(end.plusMillis(wrap)) : Optional.empty(),
                answered ? Optional.of((String) v.get(3)) : Optional.empty(),
                disposition,
                Optional.empty(),
                answered && sale >= 0 ? Optional.of(sale == 1) : Optional.empty(),
                answered && sale == 1 && cents >= 0 ? Optional.of(BigDecimal.valueOf(cents, 2)) : Optional.empty());
    }
}
