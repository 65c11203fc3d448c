package org.switchboard.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Disposition;

/**
 * Laws every generated centre obeys, whatever the seed. Each check collects its violations and asserts once, so a
 * failure lists the first offenders and the checks stay linear in the size of the data set.
 */
class DemoInvariantsTest {

    @Property(tries = 8)
    void everyCentreIsConsistent(@ForAll long seed) {
        checkAll(DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(seed)));
    }

    @Test
    void theStandardCentreIsConsistent() {
        checkAll(StandardDemo.DATA);
    }

    private static void checkAll(DemoDataSet data) {
        var violations = new Violations();
        contactsRunForwardInArrivalOrder(data, violations);
        abandonedContactsHaveNoAgentAndNoEvent(data, violations);
        agentsNeverHoldMoreContactsThanTheQueueAllows(data, violations);
        agentStatesFollowLoginSessions(data, violations);
        agentsDoNotHandleContactsWhilePaused(data, violations);
        everyTransferOffersOneContactToTheTargetQueue(data, violations);
        surveysFollowAnsweredContacts(data, violations);
        agentsLogInOnlyForScheduledShifts(data, violations);
        assertThat(violations.first).as("%d violations", violations.count).isEmpty();
    }

    private static void contactsRunForwardInArrivalOrder(DemoDataSet data, Violations violations) {
        long previous = Long.MIN_VALUE;
        for (var contact : data.contacts()) {
            long arrival = contact.arrivedAt().getEpochSecond();
            violations.unless(arrival >= previous, "contact out of arrival order: %s", contact.id());
            previous = arrival;
            var leftQueue = contact.answeredAt().orElse(contact.endedAt());
            violations.unless(
                    !leftQueue.isBefore(contact.arrivedAt())
                            && !contact.endedAt().isBefore(leftQueue),
                    "contact runs backwards: %s",
                    contact);
        }
    }

    private static void abandonedContactsHaveNoAgentAndNoEvent(DemoDataSet data, Violations violations) {
        var withEvents = new HashSet<String>();
        data.agentEvents().forEach(event -> event.contactId().ifPresent(withEvents::add));
        for (var contact : data.contacts()) {
            if (contact.disposition().isAbandoned()) {
                violations.unless(
                        contact.agentId().isEmpty() && !withEvents.contains(contact.id()),
                        "abandoned contact with an agent: %s",
                        contact.id());
            }
        }
    }

    private static void agentsNeverHoldMoreContactsThanTheQueueAllows(DemoDataSet data, Violations violations) {
        var concurrency =
                data.queues().stream().collect(Collectors.toMap(ContactQueue::name, ContactQueue::concurrency));
        var steps = new HashMap<String, List<long[]>>();
        for (var contact : data.contacts()) {
            if (contact.agentId().isEmpty()) {
                continue;
            }
            // {time, +1 at answer / −1 at release, queue concurrency}; releases sort first at equal times.
            var agentSteps = steps.computeIfAbsent(contact.agentId().orElseThrow(), agent -> new ArrayList<>());
            long allowed = concurrency.get(contact.queue());
            agentSteps.add(new long[] {contact.answeredAt().orElseThrow().getEpochSecond(), +1, allowed});
            agentSteps.add(new long[] {
                contact.wrapUpEndedAt().orElse(contact.endedAt()).getEpochSecond(), -1, allowed
            });
        }
        steps.forEach((agent, agentSteps) -> {
            agentSteps.sort(Comparator.<long[]>comparingLong(step -> step[0]).thenComparingLong(step -> step[1]));
            int held = 0;
            for (var step : agentSteps) {
                held += (int) step[1];
                violations.unless(held <= step[2], "agent %s holds %d contacts at %d", agent, held, step[0]);
            }
        });
    }

    private static void agentStatesFollowLoginSessions(DemoDataSet data, Violations violations) {
        var contacts = byId(data.contacts(), Contact::id);
        var loggedIn = new HashMap<String, Boolean>();
        var onContactEvents = new HashMap<String, Integer>();
        for (var event : data.agentEvents()) {
            boolean wasIn = loggedIn.getOrDefault(event.agentId(), false);
            violations.unless(wasIn == (event.state() != AgentState.LOGIN), "event outside a session: %s", event);
            loggedIn.put(event.agentId(), event.state() != AgentState.LOGOUT);
            if (event.contactId().isEmpty()) {
                continue;
            }
            var contact = contacts.get(event.contactId().orElseThrow());
            var expected = event.state() == AgentState.ON_CONTACT
                    ? contact.answeredAt().orElseThrow()
                    : contact.endedAt();
            violations.unless(
                    contact.agentId().orElseThrow().equals(event.agentId())
                            && event.at().equals(expected),
                    "event does not match its contact: %s",
                    event);
            if (event.state() == AgentState.ON_CONTACT) {
                onContactEvents.merge(contact.id(), 1, Integer::sum);
            }
        }
        loggedIn.forEach((agent, in) -> violations.unless(!in, "agent %s never logs out", agent));
        for (var contact : data.contacts()) {
            if (contact.disposition().isAnswered()) {
                violations.unless(
                        onContactEvents.getOrDefault(contact.id(), 0) == 1, "not one ON_CONTACT for %s", contact.id());
            }
        }
    }

    private static void agentsDoNotHandleContactsWhilePaused(DemoDataSet data, Violations violations) {
        var pauseStarts = new HashMap<String, List<Long>>();
        var pauseEnds = new HashMap<String, List<Long>>();
        var pausedSince = new HashMap<String, Long>();
        for (var event : data.agentEvents()) {
            var started = pausedSince.remove(event.agentId());
            if (started != null) {
                pauseStarts
                        .computeIfAbsent(event.agentId(), agent -> new ArrayList<>())
                        .add(started);
                pauseEnds
                        .computeIfAbsent(event.agentId(), agent -> new ArrayList<>())
                        .add(event.at().getEpochSecond());
            }
            if (event.state() == AgentState.PAUSE) {
                pausedSince.put(event.agentId(), event.at().getEpochSecond());
            }
        }
        for (var contact : data.contacts()) {
            if (contact.agentId().isEmpty()) {
                continue;
            }
            var agent = contact.agentId().orElseThrow();
            var starts = pauseStarts.getOrDefault(agent, List.of());
            long from = contact.answeredAt().orElseThrow().getEpochSecond();
            long to = contact.wrapUpEndedAt().orElse(contact.endedAt()).getEpochSecond();
            // The last pause starting before the contact's release is the only one that can overlap it (pauses of one
            // agent are disjoint and in time order).
            int i = lastBefore(starts, to);
            violations.unless(
                    i < 0 || pauseEnds.get(agent).get(i) <= from,
                    "contact %s overlaps a pause of %s",
                    contact.id(),
                    agent);
        }
    }

    private static int lastBefore(List<Long> sortedStarts, long time) {
        int low = 0;
        int high = sortedStarts.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sortedStarts.get(mid) < time) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    private static void everyTransferOffersOneContactToTheTargetQueue(DemoDataSet data, Violations violations) {
        var legs = data.contacts().stream()
                .filter(contact -> contact.transferredFrom().isPresent())
                .collect(Collectors.groupingBy(
                        contact -> contact.transferredFrom().orElseThrow()));
        var targets = data.spec().queues().stream()
                .filter(queue -> queue.transfer().isPresent())
                .collect(Collectors.toMap(
                        queue -> queue.queue().name(),
                        queue -> queue.transfer().orElseThrow().queue()));
        for (var contact : data.contacts()) {
            var leg = legs.getOrDefault(contact.id(), List.of());
            if (!contact.isTransferred()) {
                violations.unless(leg.isEmpty(), "transfer leg of a contact not transferred: %s", contact.id());
                continue;
            }
            violations.unless(
                    leg.size() == 1
                            && leg.getFirst().arrivedAt().equals(contact.endedAt())
                            && leg.getFirst().customerPhone().equals(contact.customerPhone())
                            && leg.getFirst().queue().equals(targets.get(contact.queue())),
                    "transfer %s does not offer one contact to the target queue: %s",
                    contact.id(),
                    leg);
        }
    }

    private static void surveysFollowAnsweredContacts(DemoDataSet data, Violations violations) {
        var contacts = byId(data.contacts(), Contact::id);
        var responses = data.surveyAnswers().stream().collect(Collectors.groupingBy(SurveyAnswer::responseId));
        responses.forEach((response, answers) -> {
            var metrics = answers.stream().map(SurveyAnswer::metric).toList();
            var contact = contacts.get(answers.getFirst().contactId());
            violations.unless(
                    metrics.contains(SurveyMetric.CSAT)
                            && metrics.contains(SurveyMetric.CES)
                            && metrics.size() == metrics.stream().distinct().count(),
                    "response %s answers %s",
                    response,
                    metrics);
            violations.unless(contact.disposition() == Disposition.ANSWERED, "survey of %s", contact);
            for (var answer : answers) {
                violations.unless(
                        answer.contactId().equals(contact.id())
                                && answer.answeredAt().isAfter(contact.endedAt()),
                        "answer before its contact ended: %s",
                        answer);
            }
        });
    }

    private static void agentsLogInOnlyForScheduledShifts(DemoDataSet data, Violations violations) {
        var zone = data.spec().zone();
        var worked = data.shifts().stream()
                .filter(shift -> !shift.absent())
                .collect(Collectors.toMap(shift -> shift.agentId() + "@" + shift.day(), Function.identity()));
        for (var event : data.agentEvents()) {
            if (event.state() != AgentState.LOGIN) {
                continue;
            }
            var shift =
                    worked.get(event.agentId() + "@" + event.at().atZone(zone).toLocalDate());
            violations.unless(
                    shift != null
                            && !event.at().isBefore(shift.start().minusSeconds(300))
                            && !event.at().isAfter(shift.start().plusSeconds(600)),
                    "login without a shift: %s",
                    event);
        }
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The violations found, counted, the first few described. */
    private static final class Violations {
        private static final int SHOWN = 10;
        private final List<String> first = new ArrayList<>();
        private int count;

        void unless(boolean holds, String template, Object... args) {
            if (!holds) {
                count++;
                if (first.size() < SHOWN) {
                    first.add(template.formatted(Arrays.stream(args).toArray()));
                }
            }
        }
    }
}
