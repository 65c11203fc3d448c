package org.switchboard.server.kpi.facts;

/**
 * The two tables of contact facts: per agent, and with the agents rolled up. Both have the same sum columns; the
 * rolled-up one has no {@code agent_id} and reads as agent {@code ""}.
 */
enum ContactFactTable {
    /** {@code contact_fact}: one row per slot, queue, channel, direction and agent. */
    PER_AGENT("contact_fact", "agent_id"),
    /** {@code queue_fact}: one row per slot, queue, channel and direction. */
    AGENTS_ROLLED_UP("queue_fact", "'' AS agent_id");

    /** The columns of the sums, in insert order after the key columns. */
    static final String SUM_COLUMNS = "offered, answered, abandoned, overflowed, transferred, answered_waits,"
            + " abandoned_waits, overflowed_waits, talk_millis, wrap_millis, wrap_recorded, first_contact_base,"
            + " repeated, sale_eligible, sales, revenue";

    private final String table;
    private final String agentColumn;

    ContactFactTable(String table, String agentColumn) {
        this.table = table;
        this.agentColumn = agentColumn;
    }

    /** {@return the table's name} */
    String table() {
        return table;
    }

    /** {@return the select list of every column, the agent read as {@code agent_id}} */
    String selectList() {
        return "slot_start, queue, channel, direction, " + agentColumn + ", " + SUM_COLUMNS;
    }

    /** {@return whether the table has a row per agent} */
    boolean perAgent() {
        return this == PER_AGENT;
    }
}
