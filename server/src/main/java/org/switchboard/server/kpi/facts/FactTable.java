package org.switchboard.server.kpi.facts;

/**
 * The fact tables: contact facts and agent time, each per agent and rolled up over the agents in 15-minute slots, and
 * per agent in whole UTC days. A rolled-up table has no {@code agent_id} column and reads as agent {@code ""}
 * (contacts) or {@value FactStore#ALL_AGENTS} (time); a day table's {@code day_start} reads as {@code slot_start}.
 */
enum FactTable {
    /** {@code contact_fact}: one row per slot, queue, channel, direction and agent. */
    CONTACTS("contact_fact", Kind.CONTACTS, true, Period.SLOT),
    /** {@code queue_fact}: one row per slot, queue, channel and direction. */
    CONTACTS_ROLLED_UP("queue_fact", Kind.CONTACTS, false, Period.SLOT),
    /** {@code agent_fact}: one row per slot and agent. */
    TIME("agent_fact", Kind.TIME, true, Period.SLOT),
    /** {@code agent_total_fact}: one row per slot. */
    TIME_ROLLED_UP("agent_total_fact", Kind.TIME, false, Period.SLOT),
    /** {@code agent_contact_day_fact}: one row per UTC day, queue, channel, direction and agent (no {@code ""}). */
    CONTACTS_BY_DAY("agent_contact_day_fact", Kind.CONTACTS, true, Period.UTC_DAY),
    /** {@code agent_day_fact}: one row per UTC day and agent. */
    TIME_BY_DAY("agent_day_fact", Kind.TIME, true, Period.UTC_DAY);

    /** What a table holds: its key columns between the period and the agent, its sum columns, a rolled-up agent. */
    private enum Kind {
        CONTACTS("queue, channel, direction, ", "offered, answered, abandoned, overflowed, transferred,"
                + " answered_waits, abandoned_waits, overflowed_waits, talk_millis, wrap_millis, wrap_recorded,"
                + " first_contact_base, repeated, sale_eligible, sales, revenue", ""),
        TIME("", "logged_in_millis, ready_millis, on_contact_millis, wrap_up_millis, paused_millis,"
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

    /** The period one row sums: a 15-minute slot or a UTC day, named by the column holding its start. */
    enum Period {
        /** A 15-minute slot of the UTC epoch, in {@code slot_start}. */
        SLOT("slot_start"),
        /** A whole UTC day, in {@code day_start}. */
        UTC_DAY("day_start");

        private final String startColumn;

        Period(String startColumn) {
            this.startColumn = startColumn;
        }

        /** {@return the column holding the period's start} */
        String startColumn() {
            return startColumn;
        }
    }

    private final String table;
    private final Kind kind;
    private final boolean perAgent;
    private final Period period;

    FactTable(String table, Kind kind, boolean perAgent, Period period) {
        this.table = table;
        this.kind = kind;
        this.perAgent = perAgent;
        this.period = period;
    }

    /** {@return the table's name} */
    String table() {
        return table;
    }

    /** {@return whether the table has a row per agent} */
    boolean perAgent() {
        return perAgent;
    }

    /** {@return the period one row sums} */
    Period period() {
        return period;
    }

    /**
     * {@return the select list of every column, the period's start read as {@code slot_start}, the agent as
     * {@code agent_id}}
     */
    String selectList() {
        var start = period.startColumn() + (period == Period.SLOT ? "" : " AS slot_start");
        var agent = perAgent ? "agent_id" : "'" + kind.rolledUpAgent + "' AS agent_id";
        return start + ", " + kind.keyColumns + agent + ", " + kind.sumColumns;
    }

    /** {@return the insert statement with one {@code ?} per column: period start, keys, agent, sums} */
    String insert() {
        var columns = period.startColumn() + ", " + kind.keyColumns + (perAgent ? "agent_id, " : "") + kind.sumColumns;
        int count = columns.split(",").length;
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
    }
}
