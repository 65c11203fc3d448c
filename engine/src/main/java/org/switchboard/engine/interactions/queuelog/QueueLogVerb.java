package org.switchboard.engine.interactions.queuelog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event verbs of Asterisk's app_queue and logger, current and older versions, with the data fields each needs.
 *
 * <p>{@code minimumData} is the number of data fields every Asterisk version writes; {@code numericData} lists the
 * 0-based data fields that hold whole non-negative numbers (seconds, milliseconds, positions) and are checked when
 * present. Later versions append fields (CONNECT's ring time since 2007, ENTERQUEUE's original position since 2009,
 * TRANSFER's hold and call time since 2006–2008), so extra fields are always accepted. Source:
 * {@code queue-log-format.md} §1.2 (from {@code apps/app_queue.c} and {@code main/logger.c}).
 */
public enum QueueLogVerb {
    /** A caller joined a queue: url, caller id number, original position, caller id name. */
    ENTERQUEUE(0, 2),
    /** A member answered: hold time s, the member channel's uniqueid, ring time s. */
    CONNECT(1, 0, 2),
    /** The caller hung up after talking: hold time s, call time s, original position. */
    COMPLETECALLER(2, 0, 1, 2),
    /** The member hung up after talking: hold time s, call time s, original position. */
    COMPLETEAGENT(2, 0, 1, 2),
    /** The caller hung up while waiting: position, original position, wait time s. */
    ABANDON(1, 0, 1, 2),
    /** The queue timed out: position, original position, wait time s. */
    EXITWITHTIMEOUT(1, 0, 1, 2),
    /** The caller pressed an exit key: key, position, original position, wait time s. */
    EXITWITHKEY(2, 1, 2, 3),
    /** The queue had no available members ({@code leavewhenempty}): position, original position, wait time s. */
    EXITEMPTY(1, 0, 1, 2),
    /** A member rang and did not answer: ring time ms. */
    RINGNOANSWER(1, 0),
    /** The caller hung up while a member rang: ring time ms (Asterisk 15 and later). */
    RINGCANCELED(1, 0),
    /** Transfer up to Asterisk 11: extension, context, hold time s, call time s, original position. */
    TRANSFER(2, 2, 3, 4),
    /** Blind transfer, Asterisk 12 and later: extension, context, hold time s, call time s, original position. */
    BLINDTRANSFER(2, 2, 3, 4),
    /**
     * Attended transfer, Asterisk 12 and later: method (BRIDGE, APP, LINK), method data, hold time s, call time s,
     * original position; LINK has two channel names, which shifts the numbers one field right.
     */
    ATTENDEDTRANSFER(2),
    /** A member was added to the queue: {@code PAUSED} or empty. */
    ADDMEMBER(0),
    /** A member was removed from the queue. */
    REMOVEMEMBER(0),
    /** A member paused in one queue: reason. */
    PAUSE(0),
    /** A member unpaused in one queue: reason ({@code Auto-Unpause} after autopause). */
    UNPAUSE(0),
    /** A member paused in all queues (queue {@code NONE}): reason. */
    PAUSEALL(0),
    /** A member unpaused in all queues (queue {@code NONE}): reason. */
    UNPAUSEALL(0),
    /** An agent logged in (chan_agent, app_agent_pool): channel. */
    AGENTLOGIN(0),
    /** An agent logged off: channel, login time s. */
    AGENTLOGOFF(0, 1),
    /** A callback agent logged in (Asterisk 1.4 and older): exten@context. */
    AGENTCALLBACKLOGIN(0),
    /** A callback agent logged off (Asterisk 1.4 and older): exten@context, login time s, reason. */
    AGENTCALLBACKLOGOFF(0, 1),
    /** The queue logger started. */
    QUEUESTART(0),
    /** The configuration was reloaded. */
    CONFIGRELOAD(0),
    /** The caller's and the member's channels were incompatible. */
    SYSCOMPAT(0),
    /** The number the caller dialled, written by the dialplan before ENTERQUEUE: DID. */
    DID(0),
    /** Free information written by the dialplan: key, value… */
    INFO(0);

    private static final Map<String, QueueLogVerb> BY_NAME = new HashMap<>();

    static {
        for (var verb : values()) {
            BY_NAME.put(verb.name(), verb);
        }
    }

    private final int minimumData;
    private final int[] numericData;

    QueueLogVerb(int minimumData, int... numericData) {
        this.minimumData = minimumData;
        this.numericData = numericData;
    }

    /**
     * {@return the verb written as {@code text} (exact, upper case), or empty for a custom or unknown verb}
     *
     * @param text the event field of a line
     */
    public static Optional<QueueLogVerb> from(String text) {
        return Optional.ofNullable(BY_NAME.get(text));
    }

    /** {@return the number of data fields every Asterisk version writes for this verb} */
    public int minimumData() {
        return minimumData;
    }

    /**
     * {@return whether the data field at {@code index} holds a whole non-negative number for this verb}
     *
     * @param index 0-based data index
     * @param data the line's data fields (ATTENDEDTRANSFER's layout depends on its method)
     */
    boolean isNumeric(int index, List<String> data) {
        if (this == ATTENDEDTRANSFER) {
            int first = !data.isEmpty() && data.get(0).equals("LINK") ? 3 : 2;
            return index >= first && index <= first + 2;
        }
        for (int numeric : numericData) {
            if (numeric == index) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether this verb ends a call's stay in its queue} */
    public boolean endsCall() {
        return switch (this) {
            case COMPLETECALLER, COMPLETEAGENT, ABANDON, EXITWITHTIMEOUT, EXITWITHKEY, EXITEMPTY, TRANSFER,
                    BLINDTRANSFER, ATTENDEDTRANSFER -> true;
            default -> false;
        };
    }
}
