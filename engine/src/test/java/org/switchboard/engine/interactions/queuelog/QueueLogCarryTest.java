package org.switchboard.engine.interactions.queuelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.RecordingSink;

/** Calls carried from one run of {@link QueueLogReader} to the next ({@link EarlierCalls}, {@link QueueLogEnd}). */
class QueueLogCarryTest {

    private static final long T0 = 1_700_000_000L;
    private static final Duration DAY = Duration.ofHours(24);

    private static Optional<QueueLogEnd> run(String file, String text, EarlierCalls earlier, RecordingSink sink) {
        var reader = new QueueLogReader(QueueLogAssembler.Settings.standard(), sink, earlier);
        reader.read(file, new StringReader(text));
        return reader.finishOpen(DAY);
    }

    @Test
    void aCallSplitAcrossTwoRunsIsAssembledWholeWithItsWaitAndTalk() {
        var firstSink = new RecordingSink();
        var first = run("queue_log.1", """
                %d|1.1|support|NONE|ENTERQUEUE||+4915112345678|1
                %d|1.2|support|NONE|ENTERQUEUE||+4915112345679|1
                %d|1.2|support|NONE|ABANDON|1|1|3
                """.formatted(T0, T0 + 1, T0 + 4), EarlierCalls.NONE, firstSink).orElseThrow();
        var asked = new ArrayList<Instant>();
        var secondSink = new RecordingSink();
        var second = run("queue_log", """
                %d|1.1|support|PJSIP/7|CONNECT|30|1700000030.9|2
                %d|1.1|support|PJSIP/7|COMPLETECALLER|30|60|1
                """.formatted(T0 + 30, T0 + 90), firstLine -> {
                    asked.add(firstLine);
                    return first.open();
                }, secondSink).orElseThrow();

        // the call open at the end of the first run is handed back, not reported
        assertThat(firstSink.problems()).isEmpty();
        assertThat(firstSink.contacts()).singleElement().extracting(c -> c.sourceId()).isEqualTo("1.2");
        assertThat(first.open()).singleElement().satisfies(call -> {
            assertThat(call.callId()).isEqualTo("1.1");
            assertThat(call.callerId()).contains("+4915112345678");
            assertThat(call.file()).isEqualTo("queue_log.1");
            assertThat(call.line()).isEqualTo(1);
        });
        assertThat(first.firstLine()).isEqualTo(Instant.ofEpochSecond(T0));
        assertThat(first.newestLine()).isEqualTo(Instant.ofEpochSecond(T0 + 4));
        // asked once, with the time of the first line of the second run
        assertThat(asked).containsExactly(Instant.ofEpochSecond(T0 + 30));
        assertThat(secondSink.problems()).isEmpty();
        assertThat(second.open()).isEmpty();
        assertThat(secondSink.contactLines()).singleElement().satisfies(read -> {
            // the line of the second file that ended the call
            assertThat(read.line()).isEqualTo(2);
            var contact = read.value();
            assertThat(contact.disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(contact.customer()).contains("+4915112345678");
            assertThat(contact.agentId()).contains("PJSIP/7");
            // ENTERQUEUE at T0, CONNECT at T0 + 30, COMPLETECALLER at T0 + 90
            assertThat(contact.waitTime()).isEqualTo(Duration.ofSeconds(30));
            assertThat(contact.talkTime()).contains(Duration.ofSeconds(60));
        });
    }

    @Test
    void aCallOpenLongerThanTheLimitIsReportedAsNeverEndedAndNotHandedBack() {
        var sink = new RecordingSink();
        var earlier = List.of(
                open("9.1", T0, 3),
                // exactly the limit before the newest line: still kept
                open("9.2", T0 + 1, 4));
        var end = run("queue_log", """
                %d|9.3|support|NONE|ENTERQUEUE||+4915112345670|1
                """.formatted(T0 + 1 + DAY.toSeconds()), firstLine -> earlier, sink).orElseThrow();

        assertThat(sink.problems())
                .containsExactly(new InputProblem("queue_log.1", 3, "call_id", "9.1",
                        "call never ended: still waiting 24 h after it entered the queue"));
        assertThat(end.open()).extracting(OpenCall::callId).containsExactly("9.2", "9.3");
    }

    @Test
    void theLimitIsNamedInSecondsWhenNotWholeHours() {
        assertThat(QueueLogReader.neverEnded(Duration.ofMinutes(90)))
                .isEqualTo("call never ended: still waiting 5400 s after it entered the queue");
    }

    @Test
    void aRunWithoutLinesEndsWithNothingAndNeverAsksForEarlierCalls() {
        var sink = new RecordingSink();
        EarlierCalls refuse = firstLine -> {
            throw new AssertionError("not asked without a line");
        };

        assertThat(run("queue_log", "", refuse, sink)).isEmpty();
        assertThat(sink.problems()).isEmpty();
    }

    @Test
    void finishesOnlyOnce() {
        var reader = new QueueLogReader(QueueLogAssembler.Settings.standard(), new RecordingSink());
        reader.finishOpen(DAY);

        assertThatThrownBy(() -> reader.finishOpen(DAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(reader::finish).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new QueueLogReader(QueueLogAssembler.Settings.standard(), new RecordingSink())
                        .finishOpen(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OpenCall open(String id, long arrival, long line) {
        return new OpenCall(id, "support", Instant.ofEpochSecond(arrival), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "queue_log.1", line);
    }
}
