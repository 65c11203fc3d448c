package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated demo centre: its people, its schedule and eight weeks (or whatever the spec says) of what happened.
 * Immutable; the lists are in time order, as described on each component.
 *
 * @param spec the spec it was generated from
 * @param teams the teams, in spec order
 * @param agents the agents, by id
 * @param shifts the planned shifts, by day, then agent
 * @param contacts the contacts, by arrival (ties in the order they entered their queue)
 * @param agentEvents the agent-state events, by time (ties in the order they happened)
 * @param surveyAnswers the survey answers, by answer time (ties by response, then CSAT, NPS, CES)
 */
public record DemoDataSet(
        DemoSpec spec,
        List<Team> teams,
        List<Agent> agents,
        List<ScheduledShift> shifts,
        List<Contact> contacts,
        List<AgentStateEvent> agentEvents,
        List<SurveyAnswer> surveyAnswers) {

    /**
     * Copies the lists and checks that every reference resolves.
     *
     * @throws IllegalArgumentException if ids repeat, or an agent, shift, contact, event or answer refers to a team,
     *     queue, agent or contact that is not in the data set
     */
    public DemoDataSet {
        teams = List.copyOf(teams);
        agents = List.copyOf(agents);
        shifts = List.copyOf(shifts);
        contacts = List.copyOf(contacts);
        agentEvents = List.copyOf(agentEvents);
        surveyAnswers = List.copyOf(surveyAnswers);
        var teamIds = new HashSet<String>();
        teams.forEach(team -> requireArgument(teamIds.add(team.id()), "duplicate team id: %s", team.id()));
        var agentIds = new HashSet<String>();
        for (var agent : agents) {
            requireArgument(agentIds.add(agent.id()), "duplicate agent id: %s", agent.id());
            requireArgument(teamIds.contains(agent.teamId()), "agent in unknown team: %s", agent);
        }
        shifts.forEach(
                shift -> requireArgument(agentIds.contains(shift.agentId()), "shift of unknown agent: %s", shift));
        var contactIds = checkContacts(spec, contacts, agentIds);
        agentEvents.forEach(event -> requireArgument(
                agentIds.contains(event.agentId())
                        && event.contactId().map(contactIds::contains).orElse(true),
                "event of unknown agent or contact: %s",
                event));
        surveyAnswers.forEach(answer -> requireArgument(
                contactIds.contains(answer.contactId()), "survey answer about unknown contact: %s", answer));
    }

    private static Set<String> checkContacts(DemoSpec spec, List<Contact> contacts, Set<String> agentIds) {
        var queueNames = new HashSet<String>();
        spec.queues().forEach(queue -> queueNames.add(queue.queue().name()));
        var contactIds = HashSet.<String>newHashSet(contacts.size());
        for (var contact : contacts) {
            requireArgument(contactIds.add(contact.id()), "duplicate contact id: %s", contact.id());
            requireArgument(
                    queueNames.contains(contact.queue())
                            && contact.agentId().map(agentIds::contains).orElse(true)
                            && contact.transferredFrom()
                                    .map(contactIds::contains)
                                    .orElse(true),
                    "contact refers to an unknown queue, agent or earlier contact: %s",
                    contact);
        }
        return contactIds;
    }

    /** {@return the queues, in spec order} */
    public List<ContactQueue> queues() {
        return spec.queues().stream().map(QueueSpec::queue).toList();
    }

    /**
     * Counts offered, answered, abandoned and transferred contacts per queue; see {@link QueueSummary} for the
     * service level and abandonment rate computed from them.
     *
     * @return the totals, one per queue in spec order
     */
    public DemoSummary summary() {
        var tallies = new HashMap<String, Tally>();
        for (var queue : queues()) {
            tallies.put(queue.name(), new Tally(queue.serviceLevelThreshold()));
        }
        for (var contact : contacts) {
            tallies.get(contact.queue()).add(contact);
        }
        var summaries = new ArrayList<QueueSummary>();
        for (var queue : queues()) {
            summaries.add(tallies.get(queue.name()).toSummary(queue.name()));
        }
        return new DemoSummary(summaries);
    }

    /** Running totals of one queue; single use inside {@link #summary()}. */
    private static final class Tally {
        private final Duration threshold;
        private long offered;
        private long answered;
        private long withinThreshold;
        private long abandoned;
        private long shortAbandons;
        private long transferred;
        private Duration answeredWait = Duration.ZERO;

        Tally(Duration threshold) {
            this.threshold = threshold;
        }

        void add(Contact contact) {
            offered++;
            switch (contact.disposition()) {
                case ANSWERED, TRANSFERRED -> {
                    answered++;
                    var wait = contact.waitTime();
                    answeredWait = answeredWait.plus(wait);
                    withinThreshold += wait.compareTo(threshold) <= 0 ? 1 : 0;
                    transferred += contact.isTransferred() ? 1 : 0;
                }
                case ABANDONED -> abandoned++;
                case SHORT_ABANDON -> shortAbandons++;
                case OVERFLOWED -> {
                    // Neither answered nor abandoned: counts in offered only.
                }
            }
        }

        QueueSummary toSummary(String queue) {
            return new QueueSummary(
                    queue,
                    threshold,
                    offered,
                    answered,
                    withinThreshold,
                    abandoned,
                    shortAbandons,
                    transferred,
                    answeredWait);
        }
    }

    /**
     * {@return the agents by id}
     */
    public Map<String, Agent> agentsById() {
        var byId = new HashMap<String, Agent>();
        agents.forEach(agent -> byId.put(agent.id(), agent));
        return Map.copyOf(byId);
    }
}
