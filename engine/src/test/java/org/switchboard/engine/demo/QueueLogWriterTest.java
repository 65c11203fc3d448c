package org.switchboard.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Disposition;

/** The {@code queue_log} parses back into the calls and members of the data set it was written from. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueLogWriterTest {

    private static final DemoDataSet DATA = StandardDemo.DATA;
    private static final Set<String> VOICE = Set.of("service", "sales");

    private List<Line> lines;

    /** One parsed line: {@code epoch|callid|queue|agent|event|data…}. */
    private record Line(long epoch, String callId, String queue, String agent, String event, List<String> data) {
        static Line parse(String text) {
            var fields = text.split("\\|", -1);
            return new Line(
                    Long.parseLong(fields[0]),
                    fields[1],
                    fields[2],
                    fields[3],
                    fields[4],
                    List.of(Arrays.copyOfRange(fields, 5, fields.length)));
        }

        int number(int field) {
            return Integer.parseInt(data.get(field));
        }
    }

    @BeforeAll
    void parse() {
        lines = StandardDemo.queueLog(DATA).lines().map(Line::parse).toList();
    }

    @Test
    void startsWithQueueStartAndRunsInTimeOrder() {
        assertThat(lines.getFirst().event()).isEqualTo("QUEUESTART");
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).epoch())
                    .isGreaterThanOrEqualTo(lines.get(i - 1).epoch());
        }
    }

    @Test
    void parsesBackIntoTheSameNumberOfCallsPerOutcome() {
        for (var queue : VOICE) {
            var calls = DATA.contacts().stream()
                    .filter(contact -> contact.queue().equals(queue))
                    .toList();
            assertThat(count(queue, "ENTERQUEUE")).as(queue).isEqualTo(calls.size());
            assertThat(count(queue, "CONNECT"))
                    .isEqualTo(calls.stream()
                            .filter(c -> c.disposition().isAnswered())
                            .count());
            assertThat(count(queue, "ABANDON"))
                    .isEqualTo(calls.stream()
                            .filter(c -> c.disposition().isAbandoned())
                            .count());
            assertThat(count(queue, "COMPLETECALLER") + count(queue, "COMPLETEAGENT"))
                    .isEqualTo(calls.stream()
                            .filter(c -> c.disposition() == Disposition.ANSWERED)
                            .count());
            assertThat(count(queue, "BLINDTRANSFER"))
                    .isEqualTo(calls.stream().filter(Contact::isTransferred).count());
        }
        assertThat(count("service", "COMPLETEAGENT")).isPositive();
        assertThat(count("service", "COMPLETECALLER")).isGreaterThan(count("service", "COMPLETEAGENT"));
    }

    @Test
    void writesOnlyVoiceQueues() {
        var queues = lines.stream().skip(1).map(Line::queue).collect(Collectors.toSet());
        assertThat(queues).isEqualTo(VOICE);
        assertThat(DATA.queues())
                .filteredOn(queue -> queue.channel() == Channel.VOICE)
                .extracting(ContactQueue::name)
                .containsExactlyInAnyOrderElementsOf(VOICE);
    }

    @Test
    void dataFieldsCarryTheCallsTimes() {
        var calls = DATA.contacts().stream().collect(Collectors.toMap(Contact::id, contact -> contact));
        for (var line : lines) {
            var call = calls.get(line.callId());
            switch (line.event()) {
                case "ENTERQUEUE" -> {
                    assertThat(line.data()).hasSize(3);
                    assertThat(line.data().get(1)).isEqualTo(call.customerPhone());
                    assertThat(line.number(2)).isPositive();
                    assertThat(line.epoch()).isEqualTo(call.arrivedAt().getEpochSecond());
                }
                case "CONNECT" -> {
                    assertThat(line.number(0)).isEqualTo(call.waitTime().toSeconds());
                    assertThat(line.data().get(1)).matches("\\d+\\.\\d+").isNotEqualTo(call.id());
                    assertThat(line.agent()).isEqualTo("PJSIP/" + call.agentId().orElseThrow());
                }
                case "COMPLETECALLER", "COMPLETEAGENT" -> {
                    assertThat(line.number(0)).isEqualTo(call.waitTime().toSeconds());
                    long talk = call.endedAt().getEpochSecond()
                            - call.answeredAt().orElseThrow().getEpochSecond();
                    assertThat(line.number(1)).isEqualTo(talk);
                }
                case "BLINDTRANSFER" -> assertThat(line.data()).hasSize(5).startsWith("sales", "queues");
                case "ABANDON" -> {
                    assertThat(line.number(2)).isEqualTo(call.waitTime().toSeconds());
                    assertThat(line.number(0)).isBetween(1, line.number(1) + 1000);
                }
                default -> assertThat(line.event()).isIn("QUEUESTART", "ADDMEMBER", "REMOVEMEMBER", "PAUSE", "UNPAUSE");
            }
        }
    }

    @Test
    void aCallAloneInItsQueueIsAtPositionOne() {
        var entries =
                lines.stream().filter(line -> line.event().equals("ENTERQUEUE")).toList();
        assertThat(entries).extracting(line -> line.number(2)).contains(1);
        assertThat(entries.stream().mapToInt(line -> line.number(2)).max().orElseThrow())
                .isGreaterThan(5);
    }

    @Test
    void membersAreAddedAndRemovedWithTheirSessions() {
        var voiceAgents = DATA.agents().stream()
                .filter(agent -> agent.skills().stream().anyMatch(VOICE::contains))
                .collect(Collectors.toMap(
                        Agent::id,
                        agent -> agent.skills().stream().filter(VOICE::contains).count()));
        long logins = DATA.agentEvents().stream()
                .filter(event -> event.state() == AgentState.LOGIN && voiceAgents.containsKey(event.agentId()))
                .mapToLong(event -> voiceAgents.get(event.agentId()))
                .sum();
        assertThat(lines.stream()
                        .filter(line -> line.event().equals("ADDMEMBER"))
                        .count())
                .isEqualTo(logins);
        assertThat(lines.stream()
                        .filter(line -> line.event().equals("REMOVEMEMBER"))
                        .count())
                .isEqualTo(logins);
        assertThat(lines).filteredOn(line -> line.event().equals("PAUSE")).allSatisfy(line -> assertThat(
                        PauseReason.valueOf(line.data().getFirst()))
                .isNotNull());
    }

    @Test
    void replayingTheFileNeverConnectsAnAbsentOrPausedMember() {
        var members = new HashSet<String>();
        var paused = new HashSet<String>();
        Map<String, Integer> connects = new HashMap<>();
        for (var line : lines) {
            var key = line.queue() + "/" + line.agent();
            switch (line.event()) {
                case "ADDMEMBER" ->
                    assertThat(members.add(key)).as("added twice: %s", line).isTrue();
                case "REMOVEMEMBER" -> {
                    assertThat(members.remove(key))
                            .as("removed but absent: %s", line)
                            .isTrue();
                    paused.remove(key);
                }
                case "PAUSE" -> paused.add(key);
                case "UNPAUSE" ->
                    assertThat(paused.remove(key))
                            .as("unpaused but not paused: %s", line)
                            .isTrue();
                case "CONNECT" -> {
                    assertThat(members).as("connect of a non-member: %s", line).contains(key);
                    assertThat(paused)
                            .as("connect of a paused member: %s", line)
                            .doesNotContain(key);
                    connects.merge(line.agent(), 1, Integer::sum);
                }
                default -> {
                    // call lines other than CONNECT do not depend on membership
                }
            }
        }
        assertThat(members).isEmpty();
        assertThat(connects).isNotEmpty();
    }

    @Test
    void flushesButDoesNotCloseTheWriter() throws IOException {
        var out = new RecordingWriter();
        QueueLogWriter.write(DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(1)), out);
        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
        assertThat(out.text()).startsWith(lines.getFirst().epoch() + "|NONE|NONE|NONE|QUEUESTART|\n");
    }

    private long count(String queue, String event) {
        return lines.stream()
                .filter(line -> line.queue().equals(queue) && line.event().equals(event))
                .count();
    }

    /** A writer that remembers whether it was flushed or closed. */
    static final class RecordingWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        boolean flushed;
        boolean closed;

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }

        String text() {
            return text.toString();
        }
    }
}
