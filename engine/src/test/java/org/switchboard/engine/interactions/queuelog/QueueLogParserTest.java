package org.switchboard.engine.interactions.queuelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.interactions.queuelog.ParseProblem.Reason;

class QueueLogParserTest {

    /** One line per verb, current layouts and the older ones of queue-log-format.md §1.2. */
    private static final String EVERY_VERB = """
            1700000000|NONE|NONE|NONE|QUEUESTART|
            1700000001|NONE|NONE|NONE|CONFIGRELOAD|
            1700000002|MANAGER|support|PJSIP/201|ADDMEMBER|
            1700000003|REALTIME|support|PJSIP/202|ADDMEMBER|PAUSED
            1700000004|1700000004.10|NONE|NONE|DID|4930123456
            1700000005|1700000004.10|support|NONE|ENTERQUEUE||+4915112345678|1
            1700000005|1700000004.11|support|NONE|ENTERQUEUE||+4915100000000
            1700000006|1700000004.10|support|PJSIP/201|RINGNOANSWER|15000
            1700000007|1700000004.10|support|PJSIP/201|RINGCANCELED|1200
            1700000008|1700000004.10|support|PJSIP/201|CONNECT|3|1700000008.12|2
            1700000008|1700000004.11|support|PJSIP/201|CONNECT|3
            1700000009|1700000004.10|support|PJSIP/201|COMPLETECALLER|3|60|1
            1700000010|1700000004.10|support|PJSIP/201|COMPLETEAGENT|3|60|1
            1700000011|1700000004.10|support|NONE|ABANDON|1|2|30
            1700000012|1700000004.10|support|NONE|EXITWITHTIMEOUT|1|1|300
            1700000013|1700000004.10|support|NONE|EXITWITHKEY|5|1|1|20
            1700000014|1700000004.10|support|NONE|EXITEMPTY|1|1|4
            1700000015|1700000004.10|support|Agent/1001|TRANSFER|2000|from-internal
            1700000016|1700000004.10|support|PJSIP/201|TRANSFER|2000|from-internal|3|60|1
            1700000017|1700000004.10|support|PJSIP/201|BLINDTRANSFER|sales|queues|3|60|1
            1700000018|1700000004.10|support|PJSIP/201|ATTENDEDTRANSFER|BRIDGE|1700000018.20|3|60|1
            1700000019|1700000004.10|support|PJSIP/201|ATTENDEDTRANSFER|LINK|PJSIP/201-01|PJSIP/301-02|3|60|1
            1700000020|NONE|support|PJSIP/201|PAUSE|Lunch
            1700000021|NONE|support|PJSIP/201|UNPAUSE|
            1700000022|NONE|NONE|PJSIP/201|PAUSEALL|Break
            1700000023|NONE|NONE|PJSIP/201|UNPAUSEALL|
            1700000024|NONE|NONE|Agent/1001|AGENTLOGIN|PJSIP/201-0001
            1700000025|NONE|NONE|Agent/1001|AGENTLOGOFF|PJSIP/201-0001|3600
            1700000026|1700000026.1|NONE|Agent/1127|AGENTCALLBACKLOGIN|1127@default
            1700000027|1700000026.1|NONE|Agent/1127|AGENTCALLBACKLOGOFF|1127@default|7200|CommandLogoff
            1700000028|1700000004.10|support|PJSIP/201|SYSCOMPAT
            1700000029|1700000004.10|support|NONE|INFO|IVR|menu 2
            1700000030|CLI|support|PJSIP/201|REMOVEMEMBER|
            """;

    private final QueueLogParser parser = new QueueLogParser("queue_log");

    private List<QueueLogLine> parse(String text) {
        var lines = new ArrayList<QueueLogLine>();
        parser.parse(new StringReader(text), lines::add);
        return lines;
    }

    @Nested
    class WellFormed {

        @Test
        void readsEveryVerbWithoutProblems() {
            var lines = parse(EVERY_VERB);

            assertThat(parser.problems()).isEmpty();
            assertThat(lines).hasSize(33);
            assertThat(lines.stream().map(QueueLogLine::verb).distinct())
                    .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(QueueLogVerb.class));
            assertThat(lines).extracting(QueueLogLine::line).startsWith(1L, 2L, 3L).endsWith(33L);
        }

        @Test
        void keepsFieldsAndTypedData() {
            var lines = parse(EVERY_VERB);

            var enter = lines.get(5);
            assertThat(enter.time()).isEqualTo(Instant.ofEpochSecond(1700000005));
            assertThat(enter.callId()).isEqualTo("1700000004.10");
            assertThat(enter.queueName()).contains("support");
            assertThat(enter.agentName()).isEmpty();
            assertThat(enter.callerId()).contains("+4915112345678");
            assertThat(enter.number(2)).hasValue(1);
            var oldEnter = lines.get(6);
            assertThat(oldEnter.number(2)).isEmpty();
            var connect = lines.get(9);
            assertThat(connect.data()).containsExactly("3", "1700000008.12", "2");
            assertThat(connect.number(0)).hasValue(3);
            assertThat(lines.get(10).data()).containsExactly("3");
            assertThat(lines.get(29).number(1)).hasValue(7200);
            assertThat(lines.get(30).data()).isEmpty();
            assertThat(lines.get(19).dataField(0)).contains("sales");
        }

        @Test
        void ignoresBlankLinesButCountsThem() {
            var lines = parse("\n1700000000|NONE|NONE|NONE|QUEUESTART|\n\n");

            assertThat(parser.problems()).isEmpty();
            assertThat(lines).singleElement().extracting(QueueLogLine::line).isEqualTo(2L);
        }

        @Test
        void readsAnEmptyFile() {
            assertThat(parse("")).isEmpty();
            assertThat(parser.problems()).isEmpty();
        }
    }

    @Nested
    class Malformed {

        @Test
        void reportsEachFaultyLineWithFieldValueAndReason() {
            var text = """
                    1700000000|NONE|NONE|NONE|QUEUESTART|
                    1700000001|1.1|support
                    17000x0002|1.1|support|NONE|ENTERQUEUE||123|1
                    1700000003||support|NONE|ENTERQUEUE||123|1
                    1700000004|1.1|support|NONE||x
                    1700000005|1.1|IT|Agent/1127|OUTDIAL|881142
                    1700000006|1.1|support|PJSIP/201|CONNECT
                    1700000007|1.1|support|PJSIP/201|COMPLETECALLER|3|-60|1
                    1700000008|1.1|support|NONE|ABANDON|1|2|3 s
                    1700000009|1.1|support|NONE|ENTERQUEUE||123|1
                    """;

            var lines = parse(text);

            assertThat(lines).extracting(QueueLogLine::line).containsExactly(1L, 10L);
            assertThat(parser.problems())
                    .containsExactly(
                            new ParseProblem("queue_log", 2, QueueLogField.LINE, "1700000001|1.1|support",
                                    Reason.TOO_FEW_FIELDS),
                            new ParseProblem("queue_log", 3, QueueLogField.TIME, "17000x0002", Reason.NOT_A_NUMBER),
                            new ParseProblem("queue_log", 4, QueueLogField.CALL_ID, "", Reason.MISSING_VALUE),
                            new ParseProblem("queue_log", 5, QueueLogField.VERB, "", Reason.MISSING_VALUE),
                            new ParseProblem("queue_log", 6, QueueLogField.VERB, "OUTDIAL", Reason.UNKNOWN_VERB),
                            new ParseProblem("queue_log", 7, QueueLogField.DATA,
                                    "1700000006|1.1|support|PJSIP/201|CONNECT", Reason.MISSING_DATA),
                            new ParseProblem("queue_log", 8, QueueLogField.DATA, "-60", Reason.NOT_A_NUMBER),
                            new ParseProblem("queue_log", 9, QueueLogField.DATA, "3 s", Reason.NOT_A_NUMBER));
        }

        @Test
        void verbsAreCaseSensitiveAsAsteriskWritesThem() {
            parse("1700000000|NONE|NONE|NONE|queuestart|\n");

            assertThat(parser.problems())
                    .containsExactly(
                            new ParseProblem("queue_log", 1, QueueLogField.VERB, "queuestart", Reason.UNKNOWN_VERB));
        }
    }
}
