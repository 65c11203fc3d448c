package org.switchboard.engine.demo.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.demo.AgentStateEvent;
import org.switchboard.engine.demo.Contact;
import org.switchboard.engine.demo.ContactReason;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.PauseReason;
import org.switchboard.engine.demo.SurveyAnswer;
import org.switchboard.engine.demo.SurveyMetric;

/**
 * Turns the primitive columns of a finished simulation into the immutable records of a {@link DemoDataSet}, naming
 * contacts on the way: a call gets the Asterisk uniqueid {@code "<arrival epoch>.<2·n>"} (n counting calls; the
 * agent's channel of the same call is {@code 2·n + 1}), any other contact {@code "<channel>-<n>"}, e.g.
 * {@code chat-000042}.
 */
final class DataSetAssembler {

    private static final Disposition[] DISPOSITIONS = new Disposition[6];
    private static final AgentState[] STATES = AgentState.values();
    private static final ContactReason[] REASONS = ContactReason.values();
    private static final SurveyMetric[] METRICS = SurveyMetric.values();
    private static final List<Optional<PauseReason>> PAUSE_REASONS =
            Arrays.stream(PauseReason.values()).map(Optional::of).toList();

    static {
        DISPOSITIONS[ContactTable.ANSWERED] = Disposition.ANSWERED;
        DISPOSITIONS[ContactTable.TRANSFERRED] = Disposition.TRANSFERRED;
        DISPOSITIONS[ContactTable.ABANDONED] = Disposition.ABANDONED;
        DISPOSITIONS[ContactTable.SHORT_ABANDON] = Disposition.SHORT_ABANDON;
    }

    private final CentreCalendar calendar;
    private final Roster roster;
    private final CentreSimulation simulation;
    private final String[] agentIds;
    private final String[] contactIds;

    private DataSetAssembler(CentreCalendar calendar, Roster roster, CentreSimulation simulation) {
        this.calendar = calendar;
        this.roster = roster;
        this.simulation = simulation;
        this.agentIds = roster.agents().stream().map(agent -> agent.id()).toArray(String[]::new);
        this.contactIds = contactIds();
    }

    static DemoDataSet assemble(CentreCalendar calendar, Roster roster, CentreSimulation simulation) {
        var assembler = new DataSetAssembler(calendar, roster, simulation);
        return new DemoDataSet(
                calendar.spec(),
                roster.teams(),
                roster.agents(),
                roster.shifts(),
                assembler.contacts(),
                assembler.agentEvents(),
                assembler.surveyAnswers());
    }

    private String[] contactIds() {
        var table = simulation.contacts;
        var ids = new String[table.size];
        int others = 0;
        for (int c = 0; c < table.size; c++) {
            var channel = calendar.spec().queues().get(table.queue[c]).queue().channel();
            ids[c] = table.voiceSequence[c] >= 0
                    ? table.arrival[c] + "." + 2L * table.voiceSequence[c]
                    : channel.name().toLowerCase(Locale.ROOT) + "-" + pad(++others, 6);
        }
        return ids;
    }

    private List<Contact> contacts() {
        var table = simulation.contacts;
        var specs = calendar.spec().queues();
        var contacts = new ArrayList<Contact>(table.size);
        for (int c = 0; c < table.size; c++) {
            var queue = specs.get(table.queue[c]).queue();
            contacts.add(new Contact(
                    contactIds[c],
                    queue.channel(),
                    queue.name(),
                    Direction.INBOUND,
                    CustomerBase.phone(table.customer[c]),
                    instant(table.arrival[c]),
                    optionalInstant(table.answer[c]),
                    instant(table.end[c]),
                    optionalInstant(table.wrapUpEnd[c]),
                    table.agent[c] >= 0 ? Optional.of(agentIds[table.agent[c]]) : Optional.empty(),
                    DISPOSITIONS[table.status[c]],
                    REASONS[table.reason[c]],
                    table.transferredFrom[c] >= 0
                            ? Optional.of(contactIds[table.transferredFrom[c]])
                            : Optional.empty(),
                    table.resolved[c],
                    table.revenueCents[c] >= 0
                            ? Optional.of(BigDecimal.valueOf(table.revenueCents[c], 2))
                            : Optional.empty()));
        }
        return contacts;
    }

    private List<AgentStateEvent> agentEvents() {
        var log = simulation.agentEvents;
        var events = new ArrayList<AgentStateEvent>(log.size());
        for (int e = 0; e < log.size(); e++) {
            int reason = log.pauseReason(e);
            int contact = log.contact(e);
            events.add(new AgentStateEvent(
                    agentIds[log.agent(e)],
                    instant(log.at(e)),
                    STATES[log.state(e)],
                    reason >= 0 ? PAUSE_REASONS.get(reason) : Optional.empty(),
                    contact >= 0 ? Optional.of(contactIds[contact]) : Optional.empty()));
        }
        return events;
    }

    /** Answers sorted by time; ties keep the order they were recorded in (response, then CSAT, NPS, CES). */
    private List<SurveyAnswer> surveyAnswers() {
        var log = simulation.surveys;
        var order = new long[log.size()];
        long origin = calendar.originEpochSecond();
        for (int i = 0; i < order.length; i++) {
            order[i] = ((log.at(i) - origin) << 32) | i;
        }
        Arrays.sort(order);
        var answers = new ArrayList<SurveyAnswer>(order.length);
        for (long key : order) {
            int i = (int) key;
            var metric = METRICS[log.metric(i)];
            answers.add(new SurveyAnswer(
                    "R" + pad(log.response(i), 6),
                    contactIds[log.contact(i)],
                    instant(log.at(i)),
                    metric,
                    metric.scaleMin(),
                    metric.scaleMax(),
                    log.value(i)));
        }
        return answers;
    }

    private static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    private static Optional<Instant> optionalInstant(long epochSecond) {
        return epochSecond >= 0 ? Optional.of(Instant.ofEpochSecond(epochSecond)) : Optional.empty();
    }

    private static String pad(int number, int width) {
        var digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
