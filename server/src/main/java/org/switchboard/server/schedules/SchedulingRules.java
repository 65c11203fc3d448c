package org.switchboard.server.schedules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.server.interactions.AgentStates;
import org.switchboard.server.schedules.persistence.RuleRepository;

/**
 * The agents schedules are built for: every agent of the interaction data with a skill is enrolled under contract
 * {@value #DEFAULT_CONTRACT} (or, when that contract has been renamed or deleted in the rules editor, the first
 * contract by name), with the wishes and leave recorded for them. The shift templates, contracts and weights are edited
 * under {@code /schedules/rules} ({@link RuleEditor}); migration V014 stores the rules the planning used before they
 * could be edited.
 */
@Service
public class SchedulingRules {

    /** The name of the contract new agents are enrolled under, while it exists. */
    public static final String DEFAULT_CONTRACT = "Full time";

    private final RuleRepository rules;
    private final AgentStates agents;

    SchedulingRules(RuleRepository rules, AgentStates agents) {
        this.rules = rules;
        this.agents = agents;
    }

    /**
     * Enrols every stored agent with a skill who is not scheduled yet under the default contract; nobody is enrolled
     * while there is no contract at all.
     */
    @Transactional
    public void enrolAgents() {
        var contract = rules.contractId(DEFAULT_CONTRACT).or(rules::firstContractId);
        if (contract.isEmpty()) {
            return;
        }
        var enrolled = new HashSet<>(rules.enrolledAgentIds());
        for (var agent : agents.agents()) {
            if (enrolled.add(agent.id()) && !agent.skills().isEmpty()) {
                rules.enrol(agent.id(), agent.name(), agent.team().orElse(""), new HashSet<>(agent.skills()),
                        contract.get(), 0);
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
}
