package org.switchboard.server.schedules.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.server.schedules.RuleEntry;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link RuleRepository} on a real database (H2, and PostgreSQL with tag {@code database}): templates,
 * contracts, agents with leave and preferences are read back as the engine's values they were stored from; templates
 * and contracts are replaced and deleted by id (a contract with agents is not deleted), and the weights with the soft
 * weights kept in their one row (V014, V016); a contract keeps its night rules (V016).
 */
@SwitchboardIntegrationTest
@Tag("database")
class RuleRepositoryIT {

    @Autowired
    RuleRepository rules;

    @Test
    void aTemplateWithItsBreaksIsReadBackAsStored() {
        var template = new ShiftTemplate(UniqueNames.of("tpl"), LocalTime.of(6, 30), LocalTime.of(10, 0), 30,
                List.of(480, 510), List.of(new BreakRule(15, true, 60, 300), new BreakRule(30, false, 180, 120)), 45);

        rules.insertTemplate(template);

        assertThat(rules.templates()).contains(template);
    }

    @Test
    void anAgentComesBackWithContractLeaveInThePeriodAndPreferences() {
        var contract = new Contract(UniqueNames.of("contract"), 20, 38.5, 3, 5, 2, true, 11, 6, 1);
        long contractId = rules.insertContract(contract);
        var agent = UniqueNames.of("agent");
        rules.enrol(agent, "Ada Lovelace", "T9", Set.of("service", "chat"), contractId, 3);
        var monday = LocalDate.of(2031, 9, 1);
        rules.addLeave(agent, monday, "LEAVE");
        rules.addLeave(agent, monday, "SICK");
        rules.addLeave(agent, monday.plusDays(10), "LEAVE");
        var preferences = new Preferences(Optional.of(LocalTime.of(9, 0)), Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        rules.setPreferences(agent, preferences);

        var read = rules.agents(monday, monday.plusDays(7)).stream()
                .filter(candidate -> candidate.id().equals(agent))
                .findFirst()
                .orElseThrow();

        assertThat(rules.contractId(contract.name())).contains(contractId);
        assertThat(rules.enrolledAgentIds()).contains(agent);
        assertThat(read).isEqualTo(new Agent(agent, "Ada Lovelace", Set.of("service", "chat"), "T9", contract,
                Set.of(monday), preferences, 3));
    }

    @Test
    void aTemplateIsReplacedWithItsBreaksAndDeleted() {
        var name = UniqueNames.of("tpl");
        long id = rules.insertTemplate(new ShiftTemplate(name, LocalTime.of(6, 0), LocalTime.of(8, 0), 15,
                List.of(480), List.of(new BreakRule(15, true, 60, 60), new BreakRule(30, false, 180, 120)), 0));
        var replaced = new ShiftTemplate(name, LocalTime.of(7, 0), LocalTime.of(7, 30), 30, List.of(240, 300),
                List.of(new BreakRule(10, false, 90, 30)), 20);

        assertThat(rules.updateTemplate(id, replaced)).isTrue();
        assertThat(rules.templateEntries()).contains(new RuleEntry<>(id, replaced));
        assertThat(rules.deleteTemplate(id)).isTrue();
        assertThat(rules.templateEntries()).noneMatch(entry -> entry.id() == id);
        assertThat(rules.updateTemplate(id, replaced)).as("gone").isFalse();
    }

    @Test
    void aContractIsChangedInPlaceAndDeletedOnlyWithoutAgents() {
        long free = rules.insertContract(new Contract(UniqueNames.of("contract"), 10, 20, 0, 5, 2, false, 11, 6, 0));
        var busyContract = new Contract(UniqueNames.of("contract"), 10, 20, 0, 5, 2, false, 11, 6, 0);
        long busy = rules.insertContract(busyContract);
        rules.enrol(UniqueNames.of("agent"), "Grace Hopper", "T1", Set.of("repository-only"), busy, 0);
        var changed = new Contract(busyContract.name(), 12.5, 30, 1, 4, 3, true, 12, 5, 2).withNightRules(2, 36.5);

        assertThat(rules.updateContract(busy, changed)).isTrue();
        assertThat(rules.contractEntries()).contains(new RuleEntry<>(busy, changed));
        assertThat(rules.agentsPerContract()).containsEntry(busy, 1).doesNotContainKey(free);
        assertThat(rules.deleteContract(busy)).as("an agent works under it").isFalse();
        assertThat(rules.deleteContract(free)).isTrue();
        assertThat(rules.contractEntries()).extracting(RuleEntry::id).contains(busy).doesNotContain(free);
    }

    @Test
    void aContractKeepsItsNightRules() {
        var contract = new Contract(UniqueNames.of("contract"), 0, 40, 0, 5, 2, false, 11, 6, 3).withNightRules(3, 48);

        long id = rules.insertContract(contract);

        assertThat(rules.contractEntries()).contains(new RuleEntry<>(id, contract));
    }

    @Test
    void theWeightsAreStoredInTheirOneRowWithTheSoftWeights() {
        var before = rules.weights();
        try {
            var changed = new Weights(12.5, 0.75, 0.125, 0.375, 1.5, 0.0625);
            rules.updateWeights(changed);

            assertThat(rules.weights()).isEqualTo(changed);
        } finally {
            rules.updateWeights(before);
        }
    }

    /**
     * V016 gave the seeded row the engine's default soft weights, shares of paidHour: 0.25, 0.5 and 0.25 × 0.5 (V014's
     * paidHour) = 0.125, 0.25, 0.125 — unless another test changed the row, which every test restores.
     */
    @Test
    void theMigrationSeedsTheDefaultSoftWeights() {
        var stored = rules.weights();

        assertThat(stored).isEqualTo(Weights.withDefaultSoftGoals(
                stored.understaffedHour(), stored.overstaffedHour(), stored.paidHour()));
    }
}
