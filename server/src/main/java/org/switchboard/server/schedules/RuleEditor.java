package org.switchboard.server.schedules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.schedules.persistence.RuleRepository;

/**
 * Changes the rules schedules are planned under: shift templates, contracts and the objective's weights, each change
 * in one transaction with its audit entry (the rule as stored before and after). The values come validated by the
 * engine's records; this class keeps names unique and refuses to delete a contract agents work under. Later planning
 * runs and evaluations use the changed rules; stored versions keep their figures.
 */
@Service
public class RuleEditor {

    /** Audit action of a created shift template. */
    public static final String AUDIT_TEMPLATE_CREATED = "SCHEDULE_TEMPLATE_CREATED";

    /** Audit action of a changed shift template. */
    public static final String AUDIT_TEMPLATE_CHANGED = "SCHEDULE_TEMPLATE_CHANGED";

    /** Audit action of a deleted shift template. */
    public static final String AUDIT_TEMPLATE_DELETED = "SCHEDULE_TEMPLATE_DELETED";

    /** Audit action of a created contract. */
    public static final String AUDIT_CONTRACT_CREATED = "SCHEDULE_CONTRACT_CREATED";

    /** Audit action of a changed contract. */
    public static final String AUDIT_CONTRACT_CHANGED = "SCHEDULE_CONTRACT_CHANGED";

    /** Audit action of a deleted contract. */
    public static final String AUDIT_CONTRACT_DELETED = "SCHEDULE_CONTRACT_DELETED";

    /** Audit action of rules replaced by an uploaded RULES.json. */
    public static final String AUDIT_RULES_REPLACED = "SCHEDULE_RULES_REPLACED";

    /** Audit action of changed weights. */
    public static final String AUDIT_WEIGHTS_CHANGED = "SCHEDULE_WEIGHTS_CHANGED";

    private static final String TEMPLATE = "schedule_shift_template";
    private static final String CONTRACT = "schedule_contract";
    private static final String NAME_TAKEN = "schedweb.refused.name-taken";
    private static final String UNKNOWN = "schedweb.refused.unknown";

    private final RuleRepository rules;
    private final AuditLog auditLog;

    RuleEditor(RuleRepository rules, AuditLog auditLog) {
        this.rules = rules;
        this.auditLog = auditLog;
    }

    /** {@return the shift templates with their ids, by name} */
    @Transactional(readOnly = true)
    public List<RuleEntry<ShiftTemplate>> templates() {
        return rules.templateEntries();
    }

    /** {@return the shift template with this id, if any} */
    @Transactional(readOnly = true)
    public Optional<RuleEntry<ShiftTemplate>> template(long id) {
        return byId(rules.templateEntries(), id);
    }

    /** {@return the contracts with their ids, by name} */
    @Transactional(readOnly = true)
    public List<RuleEntry<Contract>> contracts() {
        return rules.contractEntries();
    }

    /** {@return the contract with this id, if any} */
    @Transactional(readOnly = true)
    public Optional<RuleEntry<Contract>> contract(long id) {
        return byId(rules.contractEntries(), id);
    }

    /** {@return how many scheduled agents work under each contract, by contract id; contracts without any absent} */
    @Transactional(readOnly = true)
    public Map<Long, Integer> agentsPerContract() {
        return rules.agentsPerContract();
    }

    /** {@return the objective's weights} */
    @Transactional(readOnly = true)
    public Weights weights() {
        return rules.weights();
    }

    /**
     * Stores a new shift template.
     *
     * @return its id
     * @throws RuleRefusedException if another template has its name
     */
    @Transactional
    public long createTemplate(ShiftTemplate template) {
        requireFreeName(rules.templateEntries(), ShiftTemplate::name, template.name(), 0);
        long id = rules.insertTemplate(template);
        auditLog.record(AUDIT_TEMPLATE_CREATED, TEMPLATE, String.valueOf(id), String.valueOf(template));
        return id;
    }

    /**
     * Replaces a shift template.
     *
     * @throws RuleRefusedException if there is no such template or another template has the new name
     */
    @Transactional
    public void changeTemplate(long id, ShiftTemplate template) {
        var before = template(id).orElseThrow(() -> unknown(id));
        requireFreeName(rules.templateEntries(), ShiftTemplate::name, template.name(), id);
        rules.updateTemplate(id, template);
        auditLog.record(AUDIT_TEMPLATE_CHANGED, TEMPLATE, String.valueOf(id), change(before.rule(), template));
    }

    /**
     * Deletes a shift template.
     *
     * @throws RuleRefusedException if there is no such template
     */
    @Transactional
    public void deleteTemplate(long id) {
        var before = template(id).orElseThrow(() -> unknown(id));
        rules.deleteTemplate(id);
        auditLog.record(AUDIT_TEMPLATE_DELETED, TEMPLATE, String.valueOf(id), String.valueOf(before.rule()));
    }

    /**
     * Stores a new contract.
     *
     * @return its id
     * @throws RuleRefusedException if another contract has its name
     */
    @Transactional
    public long createContract(Contract contract) {
        requireFreeName(rules.contractEntries(), Contract::name, contract.name(), 0);
        long id = rules.insertContract(contract);
        auditLog.record(AUDIT_CONTRACT_CREATED, CONTRACT, String.valueOf(id), String.valueOf(contract));
        return id;
    }

    /**
     * Replaces a contract; the agents under it stay under it.
     *
     * @throws RuleRefusedException if there is no such contract or another contract has the new name
     */
    @Transactional
    public void changeContract(long id, Contract contract) {
        var before = contract(id).orElseThrow(() -> unknown(id));
        requireFreeName(rules.contractEntries(), Contract::name, contract.name(), id);
        rules.updateContract(id, contract);
        auditLog.record(AUDIT_CONTRACT_CHANGED, CONTRACT, String.valueOf(id), change(before.rule(), contract));
    }

    /**
     * Deletes a contract no agent works under.
     *
     * @throws RuleRefusedException if there is no such contract, or agents work under it
     */
    @Transactional
    public void deleteContract(long id) {
        var before = contract(id).orElseThrow(() -> unknown(id));
        if (!rules.deleteContract(id)) {
            throw new RuleRefusedException("schedweb.refused.contract-in-use", before.rule().name());
        }
        auditLog.record(AUDIT_CONTRACT_DELETED, CONTRACT, String.valueOf(id), String.valueOf(before.rule()));
    }

    /** Replaces the objective's weights. */
    @Transactional
    public void changeWeights(Weights weights) {
        var before = rules.weights();
        rules.updateWeights(weights);
        auditLog.record(AUDIT_WEIGHTS_CHANGED, "schedule_weights", "1", change(before, weights));
    }

    /** {@return the stored rules as a RULES.json document} */
    @Transactional(readOnly = true)
    public RulesDocument document() {
        return new RulesDocument(rules.templates(), rules.contractEntries().stream().map(RuleEntry::rule).toList(),
                rules.weights());
    }

    /**
     * Replaces the rules with those of a document: every template, the weights, and the contracts, where a stored
     * contract of the same name is changed in place (its agents stay under it) and one not in the document is
     * deleted.
     *
     * @throws RuleRefusedException if a contract not in the document has agents; nothing is changed then
     */
    @Transactional
    public void replace(RulesDocument document) {
        var agents = rules.agentsPerContract();
        var stored = rules.contractEntries();
        var wanted = document.contracts().stream().map(Contract::name).toList();
        for (var entry : stored) {
            if (!wanted.contains(entry.rule().name()) && agents.getOrDefault(entry.id(), 0) > 0) {
                throw new RuleRefusedException("schedweb.refused.contract-missing", entry.rule().name());
            }
        }
        rules.templateEntries().forEach(entry -> rules.deleteTemplate(entry.id()));
        document.templates().forEach(rules::insertTemplate);
        for (var contract : document.contracts()) {
            stored.stream()
                    .filter(entry -> entry.rule().name().equals(contract.name()))
                    .findFirst()
                    .ifPresentOrElse(entry -> rules.updateContract(entry.id(), contract),
                            () -> rules.insertContract(contract));
        }
        stored.stream()
                .filter(entry -> !wanted.contains(entry.rule().name()))
                .forEach(entry -> rules.deleteContract(entry.id()));
        rules.updateWeights(document.weights());
        auditLog.record(AUDIT_RULES_REPLACED, "schedule_rules", null, "templates: " + document.templates()
                + "; contracts: " + document.contracts() + "; weights: " + document.weights());
    }

    private static <T> Optional<RuleEntry<T>> byId(List<RuleEntry<T>> entries, long id) {
        return entries.stream().filter(entry -> entry.id() == id).findFirst();
    }

    private static <T> void requireFreeName(List<RuleEntry<T>> entries, Function<T, String> name, String wanted,
            long self) {
        if (entries.stream().anyMatch(entry -> entry.id() != self && name.apply(entry.rule()).equals(wanted))) {
            throw new RuleRefusedException(NAME_TAKEN, wanted);
        }
    }

    private static String change(Object before, Object after) {
        return "before: " + before + "; after: " + after;
    }

    private static RuleRefusedException unknown(long id) {
        return new RuleRefusedException(UNKNOWN, String.valueOf(id));
    }
}
