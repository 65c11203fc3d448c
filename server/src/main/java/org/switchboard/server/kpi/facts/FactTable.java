package org.switchboard.server.kpi.facts;

/**
 * The four fact tables: contact facts and agent time, each per agent and rolled up. A rolled-up table has no
 * {@code agent_id} column and reads as agent {@code ""} (contacts) or {@value FactStore#ALL_AGENTS} (time).
 */
enum FactTable {
    /** {@code contact_fact}: one row per slot, queue, channel, direction and agent. */
    CONTACTS("contact_fact", Kind.CONTACTS, true),
    /** {@code queue_fact}: one row per slot, queue, channel and direction. */
    CONTACTS_ROLLED_UP("queue_fact", Kind.CONTACTS, false),
    /** {@code agent_fact}: one row per slot and agent. */
    TIME("agent_fact", Kind.TIME, true),
    /** {@code agent_total_fact}: one row per slot. */
    TIME_ROLLED_UP("agent_total_fact", Kind.TIME, false);

    /** What a table holds: its key columns before the agent, its sum columns, and the agent of a rolled-up row. */
    private enum Kind {
        CONTACTS("slot_start, queue, channel, direction", "offered, answered, abandoned, overflowed, transferred,"
                + " answered_waits, abandoned_waits, overflowed_waits, talk_millis, wrap_millis, wrap_recorded,"
                + " first_contact_base, repeated, sale_eligible, sales, revenue", ""),
        TIME("slot_start", "logged_in_millis, ready_millis, on_contact_millis, wrap_up_millis, paused_millis,"
                + " paused_by_reason", FactStore.ALL_AGENTS);

        private final String keyColumns;
        private final String sumColumns;
        private final String rolledUpAgent;

        Kind(String keyColumns, String sumColumns, String rolledUpAgent) {
            this.keyColumns = keyColumns;
            this.sumColumns = sumColumns;
            this.rolledUpAgent = rolledUpAgent;
        }
    }

    private final String table;
    private final Kind kind;
    private final boolean perAgent;

    FactTable(String table, Kind kind, boolean perAgent) {
        this.table = table;
        this.kind = kind;
        this.perAgent = perAgent;
    }

    /** {@return the table's name} */
    String table() {
        return table;
    }

    /** {@return whether the table has a row per agent} */
    boolean perAgent() {
        return perAgent;
    }

    /** {@return the select list of every column, the agent read as {@code agent_id}} */
    String selectList() {
        var agent = perAgent ? "agent_id" : "'" + kind.rolledUpAgent + "' AS agent_id";
        return kind.keyColumns + ", " + agent + ", " + kind.sumColumns;
    }

    /** {@return the insert statement with one {@code ?} per column, the agent after the key columns} */
    String insert() {
        var columns = kind.keyColumns + (perAgent ? ", agent_id, " : ", ") + kind.sumColumns;
        int count = columns.split(",").length;
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
    }
}
