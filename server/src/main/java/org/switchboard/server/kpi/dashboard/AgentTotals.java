package org.switchboard.server.kpi.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.kpi.ProductivityKpis;
import org.switchboard.engine.kpi.QualityKpis;
import org.switchboard.engine.kpi.RevenueKpis;

/**
 * Each agent's contact facts and time facts of a period, summed in place, and the agent table's rows made from them.
 * The facts may be of any period length (15-minute slots, days, both): only their sums count. Sums are accumulated in
 * place: a period's facts are hundreds per agent, and pairwise merges would copy each agent's growing wait histograms
 * once per fact.
 */
final class AgentTotals {

    private final TreeMap<String, ContactFact.Accumulator> contacts = new TreeMap<>();
    private final TreeMap<String, AgentFact.Accumulator> time = new TreeMap<>();

    /** Adds a contact fact to its agent's sums; contacts no agent took are left out. */
    void addContacts(ContactFact fact) {
        if (!fact.key().agentId().equals(FactKey.NO_AGENT)) {
            contacts.computeIfAbsent(fact.key().agentId(), agent -> new ContactFact.Accumulator(FactCube.ANY))
                    .add(fact);
        }
    }

    /** Adds a time fact to its agent's sums. */
    void addTime(AgentFact fact) {
        time.computeIfAbsent(fact.key().agentId(), agent -> new AgentFact.Accumulator(FactCube.ANY_AGENT)).add(fact);
    }

    /**
     * {@return one row per agent with contacts, by agent id: productivity (metrics.md §2), quality (§3) and revenue
     * (§5) of the summed facts} An agent with time but no contacts gets no row.
     *
     * @param entries the agent directory's entries by agent id, for names and teams
     */
    List<AgentRow> rows(Map<String, AgentDirectory.AgentEntry> entries) {
        var rows = new ArrayList<AgentRow>();
        for (var agent : contacts.entrySet()) {
            var contactFact = agent.getValue().result();
            var timeFact = Optional.ofNullable(time.get(agent.getKey()))
                    .map(AgentFact.Accumulator::result)
                    .orElseGet(() -> AgentFact.empty(FactCube.ANY_AGENT));
            var entry = Optional.ofNullable(entries.get(agent.getKey()));
            rows.add(new AgentRow(agent.getKey(), entry.map(AgentDirectory.AgentEntry::name),
                    entry.flatMap(AgentDirectory.AgentEntry::team), ProductivityKpis.of(contactFact, timeFact),
                    QualityKpis.of(contactFact), RevenueKpis.of(contactFact, timeFact)));
        }
        return rows;
    }
}
