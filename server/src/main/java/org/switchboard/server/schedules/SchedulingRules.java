package org.switchboard.server.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.server.interactions.AgentStates;
import org.switchboard.server.schedules.persistence.RuleRepository;

/**
 * The rules schedules are built under, with defaults for a centre that has none yet: one shift template and one
 * full-time contract, and every agent of the interaction data enrolled under that contract.
 *
 * <p>Default template {@value #DEFAULT_TEMPLATE}: starts 07:00–12:00 every 30 minutes, 8 h 30 min long, with a paid
 * 15-minute break 60–135 minutes after the start, an unpaid 30-minute lunch 180–270 minutes after the start and a paid
 * 15-minute break 330–435 minutes after the start, at least 60 minutes of work between breaks: 8 paid hours. Default
 * contract {@value #DEFAULT_CONTRACT}: 24–40 paid hours and at most 5 shifts a week, 2 days off (not necessarily
 * consecutive, so that rotas with Sunday and Monday off stay possible), 11 hours of rest (the EU Working Time
 * Directive's daily rest), at most 6 days in a row, no night shifts.
 */
@Service
public class SchedulingRules {

    /** The name of the default shift template. */
    public static final String DEFAULT_TEMPLATE = "Day 8.5 h";

    /** The name of the default contract. */
    public static final String DEFAULT_CONTRACT = "Full time";

    private final RuleRepository rules;
    private final AgentStates agents;

    SchedulingRules(RuleRepository rules, AgentStates agents) {
        this.rules = rules;
        this.agents = agents;
    }

    /**
     * Stores the default template and contract when there is none, and enrols every stored agent not yet scheduled
     * under the default contract.
     */
    @Transactional
    public void enrolAgents() {
        if (rules.templates().isEmpty()) {
            rules.insertTemplate(defaultTemplate());
        }
        long contract = rules.contractId(DEFAULT_CONTRACT).orElseGet(() -> rules.insertContract(defaultContract()));
        var enrolled = new HashSet<>(rules.enrolledAgentIds());
        for (var agent : agents.agents()) {
            if (enrolled.add(agent.id()) && !agent.skills().isEmpty()) {
                rules.enrol(agent.id(), agent.name(), agent.team().orElse(""), new HashSet<>(agent.skills()), contract,
                        0);
            }
        }
    }

    /**
     * Records the wishes and leave of an agent already enrolled.
     *
     * @param agentId the agent
     * @param preferences the agent's preferences, replacing earlier ones
     * @param leave days the agent cannot work
     */
    @Transactional
    public void describe(String agentId, Preferences preferences, List<LocalDate> leave) {
        rules.setPreferences(agentId, preferences);
        leave.forEach(day -> rules.addLeave(agentId, day, "LEAVE"));
    }

    static ShiftTemplate defaultTemplate() {
        return new ShiftTemplate(
                DEFAULT_TEMPLATE,
                LocalTime.of(7, 0),
                LocalTime.of(12, 0),
                30,
                List.of(510),
                List.of(new BreakRule(15, true, 60, 360), new BreakRule(30, false, 180, 210),
                        new BreakRule(15, true, 330, 60)),
                60);
    }

    static Contract defaultContract() {
        return new Contract(DEFAULT_CONTRACT, 24, 40, 0, 5, 2, false, 11, 6, 0);
    }
}
