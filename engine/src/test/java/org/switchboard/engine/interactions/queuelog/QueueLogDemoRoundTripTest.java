package org.switchboard.engine.interactions.queuelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.demo.Contact;
import org.switchboard.engine.demo.QueueLogWriter;

/** The demo's queue_log, written by {@link QueueLogWriter}, assembles back into the demo's voice contacts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueLogDemoRoundTripTest {

    private List<Contact> voiceContacts;
    private final List<QueueCall> calls = new ArrayList<>();
    private final List<AgentStateChange> changes = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private List<OpenCall> open;
    private String text;

    @BeforeAll
    void writeAndParse() throws IOException {
        var demo = DemoQueueLog.oneWeek();
        voiceContacts = demo.voiceContacts();
        text = demo.text();
        var parser = new QueueLogParser(QueueLogWriter.FILE_NAME);
        var assembler = new QueueLogAssembler(QueueLogAssembler.Settings.standard(), calls::add, changes::add);
        parser.parse(new StringReader(text), assembler::accept);
        open = assembler.finish();
        problems.addAll(parser.problems());
        problems.addAll(assembler.problems());
    }

    @Test
    void readsTheWholeFileWithoutProblemsOrOpenCalls() {
        assertThat(voiceContacts).isNotEmpty();
        assertThat(problems).isEmpty();
        assertThat(open).isEmpty();
        assertThat(calls).hasSameSizeAs(voiceContacts);
    }

    @Test
    void perQueueCountsOfAnsweredAbandonedAndTransferredMatchTheDemo() {
        assertThat(countsByQueue(calls, QueueCall::queue, call -> category(call.disposition())))
                .isEqualTo(countsByQueue(voiceContacts, Contact::queue, contact -> category(contact.disposition())));
    }

    @Test
    void everyCallMatchesItsContactToTheSecond() {
        var contacts = voiceContacts.stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        assertThat(calls).allSatisfy(call -> {
            var contact = contacts.get(call.callId());
            assertThat(contact).as(call.callId()).isNotNull();
            assertThat(call.queue()).isEqualTo(contact.queue());
            assertThat(call.arrival()).isEqualTo(contact.arrivedAt());
            assertThat(call.answer()).isEqualTo(contact.answeredAt());
            assertThat(call.end()).isEqualTo(contact.endedAt());
            assertThat(call.disposition()).isEqualTo(contact.disposition());
            assertThat(call.agent()).isEqualTo(contact.agentId().map(QueueLogWriter::memberInterface));
            assertThat(call.callerId()).contains(contact.customerPhone());
            assertThat(call.holdTime()).isEqualTo(contact.waitTime());
        });
    }

    @Test
    void theFileCutInTwoAssemblesTheSameCallsThroughTheOpenState() {
        int cut = text.indexOf('\n', text.length() / 2) + 1;
        var parts = new ArrayList<QueueCall>();
        var firstParser = new QueueLogParser("queue_log.1");
        var first = new QueueLogAssembler(QueueLogAssembler.Settings.standard(), parts::add, change -> {});
        firstParser.parse(new StringReader(text.substring(0, cut)), first::accept);
        var openAtCut = first.finish();
        var secondParser = new QueueLogParser("queue_log.2");
        var second = QueueLogAssembler.resume(
                QueueLogAssembler.Settings.standard(), openAtCut, parts::add, change -> {});
        secondParser.parse(new StringReader(text.substring(cut)), second::accept);

        assertThat(openAtCut).isNotEmpty();
        assertThat(second.finish()).isEmpty();
        assertThat(firstParser.problems()).isEmpty();
        assertThat(secondParser.problems()).isEmpty();
        assertThat(first.problems()).isEmpty();
        assertThat(second.problems()).isEmpty();
        assertThat(parts).containsExactlyInAnyOrderElementsOf(calls);
    }

    @Test
    void memberLinesBecomeAgentStateChanges() {
        assertThat(changes).isNotEmpty();
        assertThat(changes).allSatisfy(change -> assertThat(change.agent()).startsWith("PJSIP/"));
        var byState = changes.stream()
                .collect(Collectors.groupingBy(AgentStateChange::state, Collectors.counting()));
        assertThat(byState)
                .containsOnly(
                        Map.entry(AgentState.LOGIN, linesWith("|ADDMEMBER|")),
                        Map.entry(AgentState.LOGOUT, linesWith("|REMOVEMEMBER|")),
                        Map.entry(AgentState.PAUSE, linesWith("|PAUSE|")),
                        Map.entry(AgentState.READY, linesWith("|UNPAUSE|")));
    }

    private long linesWith(String verb) {
        return text.lines().filter(line -> line.contains(verb)).count();
    }

    private static String category(org.switchboard.engine.core.Disposition disposition) {
        return switch (disposition) {
            case ANSWERED -> "answered";
            case TRANSFERRED -> "transferred";
            case ABANDONED, SHORT_ABANDON -> "abandoned";
            case OVERFLOWED -> "overflowed";
        };
    }

    private static <T> Map<String, Map<String, Long>> countsByQueue(
            List<T> items, Function<T, String> queue, Function<T, String> category) {
        return items.stream()
                .collect(Collectors.groupingBy(queue, Collectors.groupingBy(category, Collectors.counting())));
    }
}
