package org.switchboard.server.kpi.facts;

/**
 * The two tables of agent facts: per agent, and with all agents rolled up. Both have the same time columns; the
 * rolled-up one has no {@code agent_id} and reads as agent {@value FactStore#ALL_AGENTS}.
 */
enum AgentFactTable {
    /** {@code agent_fact}: one row per slot and agent. */
    PER_AGENT("agent_fact", "agent_id"),
    /** {@code agent_total_fact}: one row per slot. */
    ALL_AGENTS("agent_total_fact", "'" + FactStore.ALL_AGENTS + "' AS agent_id");

    /** The columns of the times, in insert order after the key columns. */
    static final String SUM_COLUMNS = "logged_in_millis, ready_millis, on_contact_millis, wrap_up_millis,"
            + " paused_millis, paused_by_reason";

    private final String table;
    private final String agentColumn;

    AgentFactTable(String table, String agentColumn) {
        this.table = table;
        this.agentColumn = agentColumn;
    }

    /** {@return the table's name} */
    String table() {
        return table;
    }

    /** {@return the select list of every column, the agent read as {@code agent_id}} */
    String selectList() {
        return "slot_start, " + agentColumn + ", " + SUM_COLUMNS;
    }

    /** {@return whether the table has a row per agent} */
    boolean perAgent() {
        return this == PER_AGENT;
    }
}
