package org.switchboard.server.schedules.persistence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.server.schedules.RuleEntry;

/**
 * Stores and reads the rules schedules are built under: shift templates with their break rules
 * ({@code schedule_shift_template}, {@code schedule_break_rule}), contracts ({@code schedule_contract}) and the
 * scheduled agents with their leave and preferences ({@code schedule_agent}, {@code schedule_leave},
 * {@code schedule_preference}), and the weights of the objective and of the soft goals ({@code schedule_weights}), as the engine's types; the
 * rules editor lists, replaces and deletes templates and contracts by id.
 */
@Repository
public class RuleRepository {

    private static final String START = "START";
    private static final String DAY_OFF = "DAY_OFF";

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@return the shift templates with their breaks, by name} */
    public List<ShiftTemplate> templates() {
        return templateEntries().stream().map(RuleEntry::rule).toList();
    }

    /** {@return the shift templates with their breaks and ids, by name} */
    public List<RuleEntry<ShiftTemplate>> templateEntries() {
        var breaks = new HashMap<Long, List<BreakRule>>();
        jdbc.sql("""
                SELECT template_id, length_minutes, paid, earliest_after_start, latest_before_end
                FROM schedule_break_rule ORDER BY template_id, position""")
                .query((rs, row) -> breaks.computeIfAbsent(rs.getLong("template_id"), id -> new ArrayList<>())
                        .add(new BreakRule(rs.getInt("length_minutes"), rs.getBoolean("paid"),
                                rs.getInt("earliest_after_start"), rs.getInt("latest_before_end"))))
                .list();
        return jdbc.sql("""
                SELECT id, name, start_earliest_min, start_latest_min, start_step_minutes, lengths_minutes,
                       min_gap_minutes
                FROM schedule_shift_template ORDER BY name""")
                .query((rs, row) -> new RuleEntry<>(rs.getLong("id"), new ShiftTemplate(
                        rs.getString("name"),
                        LocalTime.ofSecondOfDay(rs.getInt("start_earliest_min") * 60L),
                        LocalTime.ofSecondOfDay(rs.getInt("start_latest_min") * 60L),
                        rs.getInt("start_step_minutes"),
                        Arrays.stream(rs.getString("lengths_minutes").split(";")).map(Integer::valueOf).toList(),
                        breaks.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getInt("min_gap_minutes"))))
                .list();
    }

    /**
     * Stores a shift template with its breaks.
     *
     * @return its id
     */
    public long insertTemplate(ShiftTemplate template) {
        var keys = new GeneratedKeyHolder();
        templateFields(jdbc.sql("""
                INSERT INTO schedule_shift_template (name, start_earliest_min, start_latest_min, start_step_minutes,
                                                     lengths_minutes, min_gap_minutes)
                VALUES (:name, :earliest, :latest, :step, :lengths, :gap)"""), template)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertBreaks(id, template.breaks());
        return id;
    }

    /**
     * Replaces a stored shift template and its breaks.
     *
     * @return whether there was a template with this id
     */
    public boolean updateTemplate(long id, ShiftTemplate template) {
        int updated = templateFields(jdbc.sql("""
                UPDATE schedule_shift_template SET name = :name, start_earliest_min = :earliest,
                       start_latest_min = :latest, start_step_minutes = :step, lengths_minutes = :lengths,
                       min_gap_minutes = :gap
                WHERE id = :id"""), template)
                .param("id", id)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM schedule_break_rule WHERE template_id = :id").param("id", id).update();
        insertBreaks(id, template.breaks());
        return true;
    }

    /**
     * Deletes a shift template with its breaks.
     *
     * @return whether there was a template with this id
     */
    public boolean deleteTemplate(long id) {
        jdbc.sql("DELETE FROM schedule_break_rule WHERE template_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM schedule_shift_template WHERE id = :id").param("id", id).update() > 0;
    }

    private static JdbcClient.StatementSpec templateFields(JdbcClient.StatementSpec statement, ShiftTemplate template) {
        return statement.param("name", template.name())
                .param("earliest", template.startEarliest().toSecondOfDay() / 60)
                .param("latest", template.startLatest().toSecondOfDay() / 60)
                .param("step", template.startStepMinutes())
                .param("lengths", template.lengthsMinutes().stream().map(String::valueOf)
                        .collect(Collectors.joining(";")))
                .param("gap", template.minGapMinutes());
    }

    private void insertBreaks(long templateId, List<BreakRule> breaks) {
        for (int position = 0; position < breaks.size(); position++) {
            var rule = breaks.get(position);
            jdbc.sql("""
                    INSERT INTO schedule_break_rule (template_id, position, length_minutes, paid, earliest_after_start,
                                                     latest_before_end)
                    VALUES (:template, :position, :length, :paid, :earliest, :latest)""")
                    .param("template", templateId)
                    .param("position", position)
                    .param("length", rule.lengthMinutes())
                    .param("paid", rule.paid())
                    .param("earliest", rule.earliestAfterStartMinutes())
                    .param("latest", rule.latestBeforeEndMinutes())
                    .update();
        }
    }

    /**
     * Stores a contract.
     *
     * @return its id
     */
    public long insertContract(Contract contract) {
        var keys = new GeneratedKeyHolder();
        contractFields(jdbc.sql("""
                INSERT INTO schedule_contract (name, min_hours_per_week, max_hours_per_week, min_shifts_per_week,
                       max_shifts_per_week, days_off_per_week, consecutive_days_off, min_rest_hours,
                       max_consecutive_days, max_night_shifts, max_consecutive_nights, min_rest_after_night_hours)
                VALUES (:name, :minHours, :maxHours, :minShifts, :maxShifts, :daysOff, :consecutive, :rest,
                        :maxDays, :nights, :maxNights, :restAfterNight)"""), contract)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Replaces a stored contract; the agents under it stay under it.
     *
     * @return whether there was a contract with this id
     */
    public boolean updateContract(long id, Contract contract) {
        return contractFields(jdbc.sql("""
                UPDATE schedule_contract SET name = :name, min_hours_per_week = :minHours,
                       max_hours_per_week = :maxHours, min_shifts_per_week = :minShifts,
                       max_shifts_per_week = :maxShifts, days_off_per_week = :daysOff,
                       consecutive_days_off = :consecutive, min_rest_hours = :rest, max_consecutive_days = :maxDays,
                       max_night_shifts = :nights, max_consecutive_nights = :maxNights,
                       min_rest_after_night_hours = :restAfterNight
                WHERE id = :id"""), contract)
                .param("id", id)
                .update() > 0;
    }

    /**
     * Deletes a contract no agent works under.
     *
     * @return whether there was such a contract
     */
    public boolean deleteContract(long id) {
        return jdbc.sql("""
                DELETE FROM schedule_contract
                WHERE id = :id AND NOT EXISTS (SELECT 1 FROM schedule_agent WHERE contract_id = :id)""")
                .param("id", id)
                .update() > 0;
    }

    /** {@return the contracts with their ids, by name} */
    public List<RuleEntry<Contract>> contractEntries() {
        return contracts().entrySet().stream()
                .map(entry -> new RuleEntry<>(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(entry -> entry.rule().name()))
                .toList();
    }

    /** {@return how many scheduled agents work under each contract, by contract id; contracts without any absent} */
    public Map<Long, Integer> agentsPerContract() {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("SELECT contract_id, COUNT(*) AS agents FROM schedule_agent GROUP BY contract_id")
                .query((rs, row) -> counts.put(rs.getLong("contract_id"), rs.getInt("agents")))
                .list();
        return counts;
    }

    /** {@return the id of the first contract by name, if there is any} */
    public Optional<Long> firstContractId() {
        return contractEntries().stream().map(RuleEntry::id).findFirst();
    }

    private static JdbcClient.StatementSpec contractFields(JdbcClient.StatementSpec statement, Contract contract) {
        return statement.param("name", contract.name())
                .param("minHours", contract.minHoursPerWeek())
                .param("maxHours", contract.maxHoursPerWeek())
                .param("minShifts", contract.minShiftsPerWeek())
                .param("maxShifts", contract.maxShiftsPerWeek())
                .param("daysOff", contract.daysOffPerWeek())
                .param("consecutive", contract.consecutiveDaysOff())
                .param("rest", contract.minRestHours())
                .param("maxDays", contract.maxConsecutiveDays())
                .param("nights", contract.maxNightShiftsPerWeek())
                .param("maxNights", contract.maxConsecutiveNights())
                .param("restAfterNight", contract.minRestAfterNightHours());
    }

    /**
     * {@return the objective's and the soft goals' weights (table {@code schedule_weights}, seeded by migration V014,
     * soft weights since V016)}
     */
    public Weights weights() {
        return jdbc.sql("""
                SELECT understaffed_hour, overstaffed_hour, paid_hour, preference_miss, weekend_fairness,
                       late_shift_fairness
                FROM schedule_weights WHERE id = 1""")
                .query((rs, row) -> new Weights(
                        rs.getDouble("understaffed_hour"),
                        rs.getDouble("overstaffed_hour"),
                        rs.getDouble("paid_hour"),
                        rs.getDouble("preference_miss"),
                        rs.getDouble("weekend_fairness"),
                        rs.getDouble("late_shift_fairness")))
                .single();
    }

    /** Replaces the objective's and the soft goals' weights. */
    public void updateWeights(Weights weights) {
        jdbc.sql("""
                UPDATE schedule_weights SET understaffed_hour = :under, overstaffed_hour = :over, paid_hour = :paid,
                       preference_miss = :miss, weekend_fairness = :weekends, late_shift_fairness = :lates
                WHERE id = 1""")
                .param("under", weights.understaffedHour())
                .param("over", weights.overstaffedHour())
                .param("paid", weights.paidHour())
                .param("miss", weights.preferenceMiss())
                .param("weekends", weights.weekendFairness())
                .param("lates", weights.lateShiftFairness())
                .update();
    }

    /** {@return the id of the contract with this name, if any} */
    public Optional<Long> contractId(String name) {
        return jdbc.sql("SELECT id FROM schedule_contract WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .optional();
    }

    /** {@return the ids of the agents already scheduled} */
    public Set<String> enrolledAgentIds() {
        return new HashSet<>(jdbc.sql("SELECT agent_id FROM schedule_agent").query(String.class).list());
    }

    /** Adds an agent to those scheduled. */
    public void enrol(String agentId, String name, String team, Set<String> skills, long contractId, int seniority) {
        jdbc.sql("""
                INSERT INTO schedule_agent (agent_id, display_name, team, skills, contract_id, seniority)
                VALUES (:id, :name, :team, :skills, :contract, :seniority)""")
                .param("id", agentId)
                .param("name", name)
                .param("team", team)
                .param("skills", skills.stream().sorted().collect(Collectors.joining(";")))
                .param("contract", contractId)
                .param("seniority", seniority)
                .update();
    }

    /** Records a day an agent cannot work; a day already recorded keeps its kind. */
    public void addLeave(String agentId, LocalDate day, String kind) {
        jdbc.sql("""
                INSERT INTO schedule_leave (agent_id, leave_day, kind)
                SELECT :agent, :day, :kind FROM schedule_agent WHERE agent_id = :agent
                AND NOT EXISTS (SELECT 1 FROM schedule_leave WHERE agent_id = :agent AND leave_day = :day)""")
                .param("agent", agentId)
                .param("day", day)
                .param("kind", kind)
                .update();
    }

    /** Replaces an agent's preferences. */
    public void setPreferences(String agentId, Preferences preferences) {
        jdbc.sql("DELETE FROM schedule_preference WHERE agent_id = :agent").param("agent", agentId).update();
        preferences.preferredStart().ifPresent(start -> jdbc.sql("""
                INSERT INTO schedule_preference (agent_id, kind, start_minute) VALUES (:agent, 'START', :minute)""")
                .param("agent", agentId)
                .param("minute", start.toSecondOfDay() / 60)
                .update());
        for (var day : preferences.preferredDaysOff()) {
            jdbc.sql("""
                    INSERT INTO schedule_preference (agent_id, kind, day_of_week) VALUES (:agent, 'DAY_OFF', :day)""")
                    .param("agent", agentId)
                    .param("day", day.getValue())
                    .update();
        }
    }

    /**
     * {@return the scheduled agents with their contract, their leave in [{@code from}, {@code to}) and their
     * preferences, by id}
     */
    public List<Agent> agents(LocalDate from, LocalDate to) {
        var leave = new HashMap<String, Set<LocalDate>>();
        jdbc.sql("SELECT agent_id, leave_day FROM schedule_leave WHERE leave_day >= :from AND leave_day < :to")
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> leave.computeIfAbsent(rs.getString("agent_id"), id -> new HashSet<>())
                        .add(rs.getObject("leave_day", LocalDate.class)))
                .list();
        var starts = new HashMap<String, LocalTime>();
        var daysOff = new HashMap<String, Set<DayOfWeek>>();
        jdbc.sql("SELECT agent_id, kind, start_minute, day_of_week FROM schedule_preference")
                .query((rs, row) -> {
                    var agent = rs.getString("agent_id");
                    if (START.equals(rs.getString("kind"))) {
                        starts.put(agent, LocalTime.ofSecondOfDay(rs.getInt("start_minute") * 60L));
                    } else if (DAY_OFF.equals(rs.getString("kind"))) {
                        daysOff.computeIfAbsent(agent, id -> EnumSet.noneOf(DayOfWeek.class))
                                .add(DayOfWeek.of(rs.getInt("day_of_week")));
                    }
                    return agent;
                })
                .list();
        var contracts = contracts();
        return jdbc.sql("""
                SELECT agent_id, display_name, team, skills, contract_id, seniority FROM schedule_agent
                ORDER BY agent_id""")
                .query((rs, row) -> {
                    var id = rs.getString("agent_id");
                    var team = rs.getString("team");
                    return new Agent(
                            id,
                            rs.getString("display_name"),
                            Set.of(rs.getString("skills").split(";")),
                            team == null ? "" : team,
                            contracts.get(rs.getLong("contract_id")),
                            leave.getOrDefault(id, Set.of()),
                            new Preferences(Optional.ofNullable(starts.get(id)),
                                    daysOff.getOrDefault(id, Set.of())),
                            rs.getInt("seniority"));
                })
                .list();
    }

    private Map<Long, Contract> contracts() {
        var contracts = new HashMap<Long, Contract>();
        jdbc.sql("""
                SELECT id, name, min_hours_per_week, max_hours_per_week, min_shifts_per_week, max_shifts_per_week,
                       days_off_per_week, consecutive_days_off, min_rest_hours, max_consecutive_days, max_night_shifts,
                       max_consecutive_nights, min_rest_after_night_hours
                FROM schedule_contract""")
                .query((rs, row) -> contracts.put(rs.getLong("id"), new Contract(
                        rs.getString("name"),
                        rs.getDouble("min_hours_per_week"),
                        rs.getDouble("max_hours_per_week"),
                        rs.getInt("min_shifts_per_week"),
                        rs.getInt("max_shifts_per_week"),
                        rs.getInt("days_off_per_week"),
                        rs.getBoolean("consecutive_days_off"),
                        rs.getDouble("min_rest_hours"),
                        rs.getInt("max_consecutive_days"),
                        rs.getInt("max_night_shifts"),
                        rs.getInt("max_consecutive_nights"),
                        rs.getDouble("min_rest_after_night_hours"))))
                .list();
        return contracts;
    }
}
