package org.switchboard.engine.interactions.facts;

import java.time.Duration;
import java.time.Instant;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;

/**
 * What a {@link ContactFact} is about: the period starting at {@code slotStart}, one queue, channel, direction and
 * agent.
 *
 * <p>Facts are built per 15-minute slot aligned to the UTC epoch ({@link #slotOf(Instant)}). Every time zone in use
 * today has an offset from UTC that is a whole multiple of 15 minutes (e.g. +05:45 Nepal, +08:45 Eucla, −03:30
 * Newfoundland), so a local 15-minute slot is exactly one UTC slot, and local 30- and 60-minute slots, days, weeks and
 * months are unions of whole UTC slots: every coarser view is a merge ({@link Rollups}). A rolled-up key keeps the
 * start of its coarser period in {@code slotStart}.
 *
 * @param slotStart the start of the period, on a 15-minute boundary of the UTC epoch
 * @param queue the queue (or the group of queues after a roll-up)
 * @param channel the channel
 * @param direction inbound or outbound
 * @param agentId the agent who took the contacts, {@code ""} for contacts no agent took (abandoned, overflowed), or
 *     for all agents after a roll-up
 */
public record FactKey(Instant slotStart, String queue, Channel channel, Direction direction, String agentId) {

    /** The length of the slot facts are built in. */
    public static final Duration SLOT = Duration.ofMinutes(15);

    /** The agent id of contacts no agent took. */
    public static final String NO_AGENT = "";

    private static final long SLOT_SECONDS = SLOT.toSeconds();

    /**
     * Validates the key.
     *
     * @throws IllegalArgumentException if the slot start is not on a 15-minute boundary or the queue is blank
     */
    public FactKey {
        // Plain ifs, not Checks.requireArgument: its varargs would allocate once per contact while building facts.
        if (!isSlotBoundary(slotStart)) {
            throw new IllegalArgumentException("slot start must be on a 15-minute boundary: " + slotStart);
        }
        if (queue.isBlank()) {
            throw new IllegalArgumentException("queue must not be blank: slot=" + slotStart);
        }
    }

    /**
     * {@return the start of the 15-minute UTC slot holding an instant}
     *
     * @param instant the instant
     */
    public static Instant slotOf(Instant instant) {
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS);
    }

    /**
     * {@return whether an instant is on a 15-minute boundary of the UTC epoch}
     *
     * @param instant the instant
     */
    public static boolean isSlotBoundary(Instant instant) {
        return instant.getNano() == 0 && Math.floorMod(instant.getEpochSecond(), SLOT_SECONDS) == 0;
    }

    /**
     * {@return this key with another period start}
     *
     * @param start the new period start
     */
    public FactKey withSlotStart(Instant start) {
        return new FactKey(start, queue, channel, direction, agentId);
    }

    /**
     * {@return this key with another queue (a queue group)}
     *
     * @param group the queue or group name
     */
    public FactKey withQueue(String group) {
        return new FactKey(slotStart, group, channel, direction, agentId);
    }

    /**
     * {@return this key with another agent (a team, or {@link #NO_AGENT} for all agents)}
     *
     * @param agent the agent, team or {@code ""}
     */
    public FactKey withAgentId(String agent) {
        return new FactKey(slotStart, queue, channel, direction, agent);
    }
}
