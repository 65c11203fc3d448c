package org.switchboard.engine.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;

/**
 * Writes the voice queues of a demo data set as an Asterisk {@code queue_log} file, the way current Asterisk
 * (app_queue since version 12) writes it, so the demo loads through the same importer as a real PBX.
 *
 * <p>Line format: {@code epoch|callid|queuename|agent|event|data1|data2|…}, epoch in whole seconds, lines in time
 * order, {@code \n} line ends. The first line is {@code QUEUESTART} at the start of the period. Then:
 * <table>
 *   <caption>What each contact and agent-state event becomes</caption>
 *   <tr><th>source</th><th>line</th></tr>
 *   <tr><td>arrival</td><td>{@code ENTERQUEUE|url|callerid|origposition}: empty url, the customer's number, the
 *       caller's position when it joined (1 = first)</td></tr>
 *   <tr><td>answer</td><td>{@code CONNECT|holdtime|bridged uniqueid|ringtime}: wait in s, the agent channel's uniqueid
 *       ({@code "<answer epoch>.<n + 1>"} for the call {@code "<arrival epoch>.<n>"}), ring time 0 (agents use
 *       auto-answer)</td></tr>
 *   <tr><td>end of an answered call</td><td>{@code COMPLETECALLER} or {@code COMPLETEAGENT}
 *       {@code |holdtime|calltime|origposition}; who hung up is not part of the contact record, so it is derived
 *       from the call id: the agent when {@code floorMod(id.hashCode(), 5) < 2} (about 40 %), else the caller</td></tr>
 *   <tr><td>transfer</td><td>{@code BLINDTRANSFER|extension|context|holdtime|calltime|origposition}: extension is the
 *       target queue's name in context {@code queues} (the dialplan sends it to {@code Queue(<name>)}); the caller
 *       then enters the target queue as a new call with its own uniqueid</td></tr>
 *   <tr><td>abandon (short or not)</td><td>{@code ABANDON|position|origposition|waittime}: position when the caller
 *       hung up</td></tr>
 *   <tr><td>LOGIN / LOGOUT</td><td>{@code ADDMEMBER|} / {@code REMOVEMEMBER|} per voice queue of the agent, callid
 *       {@code MANAGER} (dynamic members added through AMI)</td></tr>
 *   <tr><td>PAUSE, and leaving it</td><td>{@code PAUSE|reason} per voice queue of the agent, callid {@code NONE}; the
 *       next event (unless LOGOUT or another PAUSE) writes {@code UNPAUSE|}</td></tr>
 * </table>
 * The agent field is the member interface {@code PJSIP/<agent id>}, e.g. {@code PJSIP/A017} (the agent id is the
 * endpoint name). Agents without a voice skill and non-voice contacts do not appear. Wrap-up is not written: Asterisk
 * logs none. At equal seconds, call ends come first, then member lines (in the order the agents' states changed),
 * then arrivals, then connects, so an importer replaying the file in order never sees an agent connected while
 * absent or paused.
 * Field meanings per Asterisk version: {@code queue-log-format.md} in the shared data notes, from
 * {@code apps/app_queue.c}.
 */
public final class QueueLogWriter {

    /** The file's conventional name. */
    public static final String FILE_NAME = "queue_log";

    private static final int RANK_END = 0;
    private static final int RANK_MEMBER = 1;
    private static final int RANK_ENTER = 2;
    private static final int RANK_CONNECT = 3;

    private final List<String> lines = new ArrayList<>();
    private long[] keys = new long[1 << 16];
    private final long origin;

    private QueueLogWriter(long origin) {
        this.origin = origin;
    }

    /**
     * {@return the member interface written in the agent field for an agent: {@code PJSIP/<agent id>}}
     *
     * @param agentId the agent's id
     */
    public static String memberInterface(String agentId) {
        return "PJSIP/" + agentId;
    }

    /**
     * Writes the {@code queue_log} of the voice queues. Flushes {@code out} but does not close it.
     *
     * @param data the data set
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public static void write(DemoDataSet data, Writer out) throws IOException {
        var origin = data.spec().start().atStartOfDay(data.spec().zone()).toEpochSecond();
        var writer = new QueueLogWriter(origin);
        writer.add(origin, RANK_END, String.join("|", Long.toString(origin), "NONE", "NONE", "NONE", "QUEUESTART", ""));
        var voiceQueues = data.queues().stream()
                .filter(queue -> queue.channel() == Channel.VOICE)
                .map(ContactQueue::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        writer.addCalls(data, voiceQueues);
        writer.addMembers(data, voiceQueues);
        writer.writeSorted(out);
    }

    private void addCalls(DemoDataSet data, Set<String> voiceQueues) {
        var transferTargets = new HashMap<String, String>();
        for (var contact : data.contacts()) {
            contact.transferredFrom().ifPresent(source -> transferTargets.put(source, contact.queue()));
        }
        for (var queue : voiceQueues) {
            var calls = data.contacts().stream()
                    .filter(contact -> contact.queue().equals(queue))
                    .toList();
            var positions = QueuePositions.of(calls);
            for (int k = 0; k < calls.size(); k++) {
                addCall(calls.get(k), positions.onEntry(k), positions.onAbandon(k), transferTargets);
            }
        }
    }

    private void addCall(Contact call, int entryPosition, int abandonPosition, Map<String, String> transferTargets) {
        long arrival = call.arrivedAt().getEpochSecond();
        long end = call.endedAt().getEpochSecond();
        var origPosition = Integer.toString(entryPosition);
        add(arrival, RANK_ENTER, line(arrival, call, "NONE", "ENTERQUEUE", "", call.customerPhone(), origPosition));
        if (call.disposition().isAbandoned()) {
            add(
                    end,
                    RANK_END,
                    line(
                            end,
                            call,
                            "NONE",
                            "ABANDON",
                            Integer.toString(abandonPosition),
                            origPosition,
                            Long.toString(end - arrival)));
            return;
        }
        long answer = call.answeredAt().orElseThrow().getEpochSecond();
        var member = memberInterface(call.agentId().orElseThrow());
        var hold = Long.toString(answer - arrival);
        var talk = Long.toString(end - answer);
        add(answer, RANK_CONNECT, line(answer, call, member, "CONNECT", hold, agentChannel(call, answer), "0"));
        if (call.isTransferred()) {
            var target = transferTargets.getOrDefault(call.id(), "");
            add(end, RANK_END, line(end, call, member, "BLINDTRANSFER", target, "queues", hold, talk, origPosition));
        } else {
            var event = Math.floorMod(call.id().hashCode(), 5) < 2 ? "COMPLETEAGENT" : "COMPLETECALLER";
            add(end, RANK_END, line(end, call, member, event, hold, talk, origPosition));
        }
    }

    /** The uniqueid of the agent's leg: the call's sequence number + 1, stamped with the answer second. */
    private static String agentChannel(Contact call, long answerEpochSecond) {
        var id = call.id();
        long sequence = Long.parseLong(id.substring(id.indexOf('.') + 1));
        return answerEpochSecond + "." + (sequence + 1);
    }

    private void addMembers(DemoDataSet data, Set<String> voiceQueues) {
        var queuesOfAgent = new HashMap<String, List<String>>();
        for (var agent : data.agents()) {
            queuesOfAgent.put(
                    agent.id(),
                    voiceQueues.stream().filter(agent.skills()::contains).toList());
        }
        var previous = new HashMap<String, AgentState>();
        for (var event : data.agentEvents()) {
            var queues = queuesOfAgent.get(event.agentId());
            var before = previous.put(event.agentId(), event.state());
            if (queues.isEmpty()) {
                continue;
            }
            long at = event.at().getEpochSecond();
            var member = memberInterface(event.agentId());
            switch (event.state()) {
                case LOGIN -> addMember(at, queues, member, "MANAGER", "ADDMEMBER", "");
                case LOGOUT -> addMember(at, queues, member, "MANAGER", "REMOVEMEMBER", "");
                case PAUSE ->
                    addMember(
                            at,
                            queues,
                            member,
                            "NONE",
                            "PAUSE",
                            event.pauseReason().orElseThrow().name());
                default -> {
                    if (before == AgentState.PAUSE) {
                        addMember(at, queues, member, "NONE", "UNPAUSE", "");
                    }
                }
            }
        }
    }

    private void addMember(long at, List<String> queues, String member, String callId, String verb, String data) {
        for (var queue : queues) {
            add(at, RANK_MEMBER, String.join("|", Long.toString(at), callId, queue, member, verb, data));
        }
    }

    private static String line(long epochSecond, Contact call, String agent, String verb, String... data) {
        return Long.toString(epochSecond)
                + '|'
                + call.id()
                + '|'
                + call.queue()
                + '|'
                + agent
                + '|'
                + verb
                + '|'
                + String.join("|", data);
    }

    private void add(long epochSecond, int rank, String line) {
        int index = lines.size();
        if (index == keys.length) {
            keys = Arrays.copyOf(keys, index * 2);
        }
        keys[index] = ((epochSecond - origin) << 32) | ((long) rank << 28) | index;
        lines.add(line);
    }

    private void writeSorted(Writer out) throws IOException {
        var order = Arrays.copyOf(keys, lines.size());
        Arrays.sort(order);
        for (long key : order) {
            out.write(lines.get((int) (key & ((1 << 28) - 1))));
            out.write('\n');
        }
        out.flush();
    }

    /**
     * A caller's position in its queue (1 = head) when it entered and when it abandoned, replayed from the contacts of
     * one queue in arrival order. A caller ahead is one that arrived earlier and had not yet left (answered or
     * abandoned strictly later than the moment in question).
     */
    private record QueuePositions(long[] arrival, long[] leave, long maxWait) {

        static QueuePositions of(List<Contact> calls) {
            var arrival = new long[calls.size()];
            var leave = new long[calls.size()];
            long maxWait = 0;
            for (int k = 0; k < calls.size(); k++) {
                var call = calls.get(k);
                arrival[k] = call.arrivedAt().getEpochSecond();
                leave[k] = call.answeredAt().orElse(call.endedAt()).getEpochSecond();
                maxWait = Math.max(maxWait, leave[k] - arrival[k]);
            }
            return new QueuePositions(arrival, leave, maxWait);
        }

        int onEntry(int k) {
            return 1 + waitingAhead(k, arrival[k]);
        }

        int onAbandon(int k) {
            return 1 + waitingAhead(k, leave[k]);
        }

        private int waitingAhead(int k, long moment) {
            int ahead = 0;
            for (int i = k - 1; i >= 0 && arrival[i] >= arrival[k] - maxWait; i--) {
                if (leave[i] > moment) {
                    ahead++;
                }
            }
            return ahead;
        }
    }
}
