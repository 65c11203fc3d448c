/**
 * The stored KPI facts: the engine's 15-minute contact and agent facts written to and read from the tables
 * {@code contact_fact}, {@code queue_fact} (agents rolled up), {@code agent_fact} and {@code agent_total_fact}, each
 * agent's facts merged by UTC day in {@code agent_contact_day_fact} and {@code agent_day_fact}, and their refresh from
 * the stored contacts and agent-state events after every import and, at start-up, for completed loads whose refresh
 * never ran (and, once, the day facts of a database that had none: {@code DayFactBackfill}).
 */
@NullMarked
package org.switchboard.server.kpi.facts;

import org.jspecify.annotations.NullMarked;
