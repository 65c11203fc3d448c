package org.switchboard.engine.interactions.queuelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.demo.Contact;
import org.switchboard.engine.demo.QueueLogWriter;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.RecordingSink;

class QueueLogReaderTest {

    private static QueueLogReader reader(RecordingSink sink) {
        return new QueueLogReader(QueueLogAssembler.Settings.standard(), sink);
    }

    /** The demo's queue_log (one week, seed 1), written by {@link QueueLogWriter}, read back through the reader. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DemoRoundTrip {

        private List<Contact> voiceContacts;
        private String text;
        private final RecordingSink sink = new RecordingSink();
        private int stillWaiting;

        @BeforeAll
        void writeAndRead() throws IOException {
            var demo = DemoQueueLog.oneWeek();
            voiceContacts = demo.voiceContacts();
            text = demo.text();
            var reader = reader(sink);
            reader.read(QueueLogWriter.FILE_NAME, new StringReader(text));
            stillWaiting = reader.finish();
        }

        @Test
        void yieldsEveryVoiceContactFieldByFieldWithoutProblems() {
            assertThat(sink.problems()).isEmpty();
            assertThat(stillWaiting).isZero();
            assertThat(voiceContacts).isNotEmpty();
            var read = sink.contacts().stream().collect(Collectors.toMap(Interaction::sourceId, Function.identity()));
            assertThat(read).hasSameSizeAs(voiceContacts);
            assertThat(voiceContacts).allSatisfy(contact -> assertThat(read.get(contact.id()))
                    .as(contact.id())
                    .isEqualTo(new Interaction(
                            contact.id(),
                            Channel.VOICE,
                            contact.queue(),
                            Direction.INBOUND,
                            Optional.of(contact.customerPhone()),
                            contact.arrivedAt(),
                            contact.answeredAt(),
                            contact.endedAt(),
                            Optional.empty(),
                            contact.agentId().map(QueueLogWriter::memberInterface),
                            contact.disposition(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty())));
        }

        @Test
        void eachContactComesWithTheLineThatEndedTheCall() {
            var lines = text.lines().toList();
            assertThat(sink.contactLines()).allSatisfy(read -> {
                var fields = lines.get((int) read.line() - 1).split("\\|", -1);
                assertThat(fields[1]).isEqualTo(read.value().sourceId());
                assertThat(Instant.ofEpochSecond(Long.parseLong(fields[0]))).isEqualTo(read.value().endedAt());
                assertThat(QueueLogVerb.from(fields[4]).orElseThrow().endsCall()).isTrue();
            });
        }

        @Test
        void memberLinesBecomeAgentEventsWithThePauseReasonKept() {
            var byState = sink.agentEvents().stream()
                    .collect(Collectors.groupingBy(AgentEvent::state, Collectors.counting()));
            assertThat(byState)
                    .containsOnly(
                            entry(AgentState.LOGIN, linesWith("|ADDMEMBER|")),
                            entry(AgentState.LOGOUT, linesWith("|REMOVEMEMBER|")),
                            entry(AgentState.PAUSE, linesWith("|PAUSE|")),
                            entry(AgentState.READY, linesWith("|UNPAUSE|")));
            // Each PAUSE line's data field is the reason the writer took from the demo's pause event.
            var lines = text.lines().toList();
            assertThat(sink.agentEventLines()).allSatisfy(read -> {
                var fields = lines.get((int) read.line() - 1).split("\\|", -1);
                assertThat(read.value().agentId()).isEqualTo(fields[3]);
                assertThat(read.value().reason())
                        .isEqualTo(fields[4].equals("PAUSE") ? Optional.of(fields[5]) : Optional.empty());
            });
        }

        @Test
        void theFileCutInThreeYieldsTheSameContactsThroughTheOpenCalls() {
            int first = text.indexOf('\n', text.length() / 3) + 1;
            int second = text.indexOf('\n', 2 * text.length() / 3) + 1;
            var parts = new RecordingSink();
            var reader = reader(parts);
            reader.read("queue_log.2", new StringReader(text.substring(0, first)));
            int afterFirst = parts.contacts().size();
            reader.read("queue_log.1", new StringReader(text.substring(first, second)));
            reader.read("queue_log", new StringReader(text.substring(second)));

            assertThat(reader.finish()).isZero();
            assertThat(parts.problems()).isEmpty();
            assertThat(afterFirst).isPositive().isLessThan(voiceContacts.size() / 2);
            assertThat(parts.contacts()).containsExactlyInAnyOrderElementsOf(sink.contacts());
        }

        private long linesWith(String verb) {
            return text.lines().filter(line -> line.contains(verb)).count();
        }
    }

    @Nested
    class Problems {

        @Test
        void reportsFaultyLinesWithFileLineFieldValueAndReasonInLineOrder() {
            var sink = new RecordingSink();
            var reader = reader(sink);
            reader.read("queue_log", new StringReader("""
                    1700000000|1.1|support|NONE|ENTERQUEUE||+4915112345678|1
                    1700000005|1.1|support|NONE|OUTDIAL|x
                    17000000x7|1.2|support|NONE|ENTERQUEUE||+4915112345679|1
                    1700000009|9.9|support|PJSIP/1|COMPLETEAGENT|3|60|1
                    1700000010|1.1
                    1700000012|1.1|support|NONE|ABANDON|1|1|12
                    """));
            assertThat(reader.finish()).isZero();

            assertThat(sink.problems())
                    .containsExactly(
                            new InputProblem("queue_log", 2, "verb", "OUTDIAL", "not an Asterisk queue_log verb"),
                            new InputProblem("queue_log", 3, "time", "17000000x7", "not a whole non-negative number"),
                            new InputProblem(
                                    "queue_log", 4, "call_id", "9.9", "no ENTERQUEUE for this call in the lines read"),
                            new InputProblem(
                                    "queue_log",
                                    5,
                                    "line",
                                    "1700000010|1.1",
                                    "fewer than 5 fields: epoch|callid|queue|agent|event"));
            assertThat(sink.contactLines()).singleElement().satisfies(read -> {
                assertThat(read.line()).isEqualTo(6);
                assertThat(read.value().disposition()).isEqualTo(Disposition.ABANDONED);
                assertThat(read.value().customer()).contains("+4915112345678");
            });
        }

        @Test
        void reportsEachCallStillWaitingAfterTheLastFileAtItsEnterqueueLine() {
            var sink = new RecordingSink();
            var reader = reader(sink);
            reader.read("queue_log.1", new StringReader("""
                    1700000000|1.1|support|NONE|ENTERQUEUE||+4915112345678|1
                    1700000001|1.2|sales|NONE|ENTERQUEUE||+4915112345679|1
                    """));
            reader.read("queue_log", new StringReader("""
                    1700000030|1.1|support|PJSIP/7|CONNECT|30|1700000030.9|2
                    1700000031|1.3|support|NONE|ENTERQUEUE||+4915112345670|1
                    1700000090|1.1|support|PJSIP/7|COMPLETECALLER|30|60|1
                    """));
            assertThat(sink.problems()).isEmpty();

            assertThat(reader.finish()).isEqualTo(2);
            assertThat(sink.problems())
                    .containsExactly(
                            new InputProblem("queue_log.1", 2, "call_id", "1.2", QueueLogReader.STILL_WAITING),
                            new InputProblem("queue_log", 2, "call_id", "1.3", QueueLogReader.STILL_WAITING));
            // The call that spans the files is whole, reported with the line (in the second file) that ended it.
            assertThat(sink.contactLines()).singleElement().satisfies(read -> {
                assertThat(read.line()).isEqualTo(3);
                assertThat(read.value().arrivedAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
                assertThat(read.value().answeredAt()).contains(Instant.ofEpochSecond(1_700_000_030L));
                assertThat(read.value().agentId()).contains("PJSIP/7");
            });
        }

        @Test
        void linesOutOfOrderStillGiveEachContactItsEndLine() {
            var sink = new RecordingSink();
            var reader = reader(sink);
            // Call 2.1 ends at line 3, written before the ENTERQUEUE (line 4) of call 2.2 that started 2 s earlier.
            reader.read("queue_log", new StringReader("""
                    1700000000|2.1|support|NONE|ENTERQUEUE||111|1
                    1700000001|2.1|support|NONE|ABANDON|1|1|1
                    1700000009|2.2|support|NONE|ABANDON|1|1|2
                    1700000007|2.2|support|NONE|ENTERQUEUE||222|1
                    """));
            reader.finish();

            assertThat(sink.problems()).isEmpty();
            assertThat(sink.contactLines())
                    .extracting(read -> read.value().sourceId(), RecordingSink.Read::line)
                    .containsExactly(
                            tuple("2.1", 2L),
                            tuple("2.2", 3L));
            assertThat(sink.contacts())
                    .extracting(Interaction::disposition)
                    .containsExactly(Disposition.SHORT_ABANDON, Disposition.SHORT_ABANDON);
        }

        @Test
        void refusesToReadOrFinishAfterFinish() {
            var reader = reader(new RecordingSink());
            reader.finish();
            assertThatThrownBy(reader::finish).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> reader.read("queue_log", new StringReader("")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("queue_log");
        }
    }

    /**
     * The real sample (see {@link QueueLogRealSampleTest}): every reject is explained — the site's custom outbound
     * verbs (257 rows) and the 4 calls whose ENTERQUEUE has no end row before the export ends.
     */
    @Test
    void theRealSampleYieldsItsCallsAndOnlyExplainedRejects() throws IOException {
        var path = QueueLogRealSampleTest.sample();
        assumeThat(path).as("shared/data/interactions sample not found above %s; test skipped",
                Path.of("").toAbsolutePath()).isPresent();
        var raw = new StringBuilder();
        try (var rows = Files.newBufferedReader(path.get(), StandardCharsets.UTF_8)) {
            rows.readLine();
            for (var row = rows.readLine(); row != null; row = rows.readLine()) {
                raw.append(QueueLogRealSampleTest.rawLine(row)).append('\n');
            }
        }
        var sink = new RecordingSink();
        var reader = reader(sink);
        reader.read("queue_log", new StringReader(raw.toString()));
        int stillWaiting = reader.finish();

        // Counts of the file (cut -d, -f6 | sort | uniq -c): 108 ENTERQUEUE, 104 end rows; member rows: 26 ADDMEMBER
        // + 14 AGENTCALLBACKLOGIN (login), 10 REMOVEMEMBER + 10 AGENTCALLBACKLOGOFF (logout), no PAUSE.
        assertThat(stillWaiting).isEqualTo(4);
        assertThat(sink.contacts()).hasSize(104);
        assertThat(sink.agentEvents()).hasSize(60);
        var unknownVerbs = sink.problems().stream()
                .filter(problem -> problem.reason().equals(ParseProblem.Reason.UNKNOWN_VERB.description()))
                .collect(Collectors.groupingBy(InputProblem::value, TreeMap::new, Collectors.counting()));
        assertThat(unknownVerbs)
                .isEqualTo(new TreeMap<>(Map.of(
                        "OUTDIAL", 128L,
                        "OUTANSWER", 77L,
                        "OUTCANCEL", 24L,
                        "OUTCHANUNAVAIL", 18L,
                        "OUTCONGESTION", 9L,
                        "OUTTRANSFER", 1L)));
        var stillWaitingProblems = sink.problems().stream()
                .filter(problem -> problem.reason().equals(QueueLogReader.STILL_WAITING))
                .toList();
        assertThat(stillWaitingProblems).hasSize(4).allSatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("call_id");
            assertThat(raw.toString().lines().toList().get((int) problem.line() - 1))
                    .contains("|" + problem.value() + "|")
                    .contains("|ENTERQUEUE|");
        });
        assertThat(sink.problems()).hasSize(257 + 4);
        assertThat(sink.agentEvents().stream().collect(Collectors.groupingBy(AgentEvent::state, Collectors.counting())))
                .containsOnly(entry(AgentState.LOGIN, 40L), entry(AgentState.LOGOUT, 20L));
        assertThat(sink.contacts().stream().collect(Collectors.groupingBy(Interaction::disposition, Collectors.counting())))
                .containsOnly(
                        entry(Disposition.ANSWERED, 89L),
                        entry(Disposition.TRANSFERRED, 2L),
                        entry(Disposition.ABANDONED, 11L),
                        entry(Disposition.SHORT_ABANDON, 1L),
                        entry(Disposition.OVERFLOWED, 1L));
    }
}
