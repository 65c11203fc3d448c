package org.switchboard.engine.interactions.queuelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.queuelog.ParseProblem.Reason;

class QueueLogAssemblerTest {

    private static final long T = 1_700_000_000L;

    private final List<QueueCall> calls = new ArrayList<>();
    private final List<AgentStateChange> changes = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();

    private List<OpenCall> assemble(String file, String text, QueueLogAssembler assembler) {
        var parser = new QueueLogParser(file);
        parser.parse(new StringReader(text), assembler::accept);
        var open = assembler.finish();
        problems.addAll(parser.problems());
        problems.addAll(assembler.problems());
        return open;
    }

    private List<OpenCall> assemble(String text) {
        return assemble("queue_log", text, new QueueLogAssembler(QueueLogAssembler.Settings.standard(), calls::add,
                changes::add));
    }

    private static Instant at(long offsetSeconds) {
        return Instant.ofEpochSecond(T + offsetSeconds);
    }

    private QueueCall call(String id) {
        return calls.stream().filter(call -> call.callId().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    class Calls {

        @Test
        void assemblesAnAnsweredCallWithCallerIdAndDid() {
            assemble("""
                    1700000000|1.1|NONE|NONE|DID|4930123456
                    1700000001|1.1|support|NONE|ENTERQUEUE||+4915112345678|1
                    1700000010|1.1|support|PJSIP/201|RINGNOANSWER|5000
                    1700000021|1.1|support|PJSIP/202|CONNECT|20|1700000021.2|4
                    1700000141|1.1|support|PJSIP/202|COMPLETEAGENT|20|120|1
                    """);

            assertThat(problems).isEmpty();
            assertThat(calls)
                    .containsExactly(new QueueCall("1.1", "support", at(1), Optional.of(at(21)), at(141),
                            Optional.of("PJSIP/202"), Disposition.ANSWERED, QueueLogVerb.COMPLETEAGENT,
                            Optional.of("+4915112345678"), Optional.of("4930123456")));
            assertThat(calls.getFirst().holdTime()).isEqualTo(Duration.ofSeconds(20));
            assertThat(calls.getFirst().talkTime()).contains(Duration.ofSeconds(120));
        }

        @Test
        void classifiesEveryWayOfLeavingTheQueue() {
            assemble("""
                    1700000000|c.caller|q|NONE|ENTERQUEUE||111|1
                    1700000000|c.short|q|NONE|ENTERQUEUE||112|1
                    1700000000|c.abandon|q|NONE|ENTERQUEUE||113|1
                    1700000000|c.timeout|q|NONE|ENTERQUEUE||114|1
                    1700000000|c.key|q|NONE|ENTERQUEUE||115|1
                    1700000000|c.empty|q|NONE|ENTERQUEUE||116|1
                    1700000000|c.old|q|NONE|ENTERQUEUE||117
                    1700000000|c.blind|q|NONE|ENTERQUEUE||118|1
                    1700000000|c.attended|q|NONE|ENTERQUEUE||119|1
                    1700000000|c.link|q|NONE|ENTERQUEUE||120|1
                    1700000005|c.short|q|NONE|ABANDON|1|1|5
                    1700000006|c.abandon|q|NONE|ABANDON|1|1|6
                    1700000007|c.caller|q|Agent/7|CONNECT|7|x.2|0
                    1700000007|c.old|q|Agent/7|CONNECT|7
                    1700000007|c.blind|q|Agent/8|CONNECT|7|x.3|0
                    1700000007|c.attended|q|Agent/9|CONNECT|7|x.4|0
                    1700000007|c.link|q|Agent/6|CONNECT|7|x.5|0
                    1700000009|c.key|q|NONE|EXITWITHKEY|5|1|1|9
                    1700000010|c.empty|q|NONE|EXITEMPTY|1|1|10
                    1700000017|c.caller|q|Agent/7|COMPLETECALLER|7|10|1
                    1700000017|c.old|q|Agent/7|TRANSFER|2000|from-internal
                    1700000017|c.blind|q|Agent/8|BLINDTRANSFER|sales|queues|7|10|1
                    1700000017|c.attended|q|Agent/9|ATTENDEDTRANSFER|BRIDGE|y.1|7|10|1
                    1700000017|c.link|q|Agent/6|ATTENDEDTRANSFER|LINK|a-1|b-2|7|10|1
                    1700000300|c.timeout|q|NONE|EXITWITHTIMEOUT|1|1|300
                    """);

            assertThat(problems).isEmpty();
            assertThat(calls)
                    .extracting(QueueCall::callId, QueueCall::disposition)
                    .containsExactlyInAnyOrder(
                            tuple("c.caller", Disposition.ANSWERED),
                            tuple("c.short", Disposition.SHORT_ABANDON),
                            tuple("c.abandon", Disposition.ABANDONED),
                            tuple("c.timeout", Disposition.OVERFLOWED),
                            tuple("c.key", Disposition.OVERFLOWED),
                            tuple("c.empty", Disposition.OVERFLOWED),
                            tuple("c.old", Disposition.TRANSFERRED),
                            tuple("c.blind", Disposition.TRANSFERRED),
                            tuple("c.attended", Disposition.TRANSFERRED),
                            tuple("c.link", Disposition.TRANSFERRED));
            assertThat(call("c.old").callerId()).contains("117");
            assertThat(call("c.link").agent()).contains("Agent/6");
            assertThat(call("c.timeout").holdTime()).isEqualTo(Duration.ofSeconds(300));
            assertThat(call("c.short").answer()).isEmpty();
        }

        @Test
        void shortAbandonThresholdIsConfigurable() {
            var settings = new QueueLogAssembler.Settings(Duration.ofSeconds(10), Duration.ofSeconds(10));
            assemble("queue_log", """
                    1700000000|c.1|q|NONE|ENTERQUEUE||1|1
                    1700000010|c.1|q|NONE|ABANDON|1|1|10
                    1700000000|c.2|q|NONE|ENTERQUEUE||1|1
                    1700000011|c.2|q|NONE|ABANDON|1|1|11
                    """, new QueueLogAssembler(settings, calls::add, changes::add));

            assertThat(call("c.1").disposition()).isEqualTo(Disposition.SHORT_ABANDON);
            assertThat(call("c.2").disposition()).isEqualTo(Disposition.ABANDONED);
        }

        @Test
        void derivesTheAnswerFromTheCallTimeWhenConnectIsMissing() {
            assemble("""
                    1700000000|c.1|q|NONE|ENTERQUEUE||1|1
                    1700000100|c.1|q|Agent/1|COMPLETECALLER|40|60|1
                    """);

            assertThat(call("c.1").answer()).contains(at(40));
            assertThat(call("c.1").agent()).contains("Agent/1");
        }

        @Test
        void keepsOneCallPerQueueWhenTheUniqueidEntersASecondQueue() {
            assemble("""
                    1700000000|c.1|first|NONE|ENTERQUEUE||1|1
                    1700000030|c.1|first|NONE|EXITWITHTIMEOUT|1|1|30
                    1700000030|c.1|second|NONE|ENTERQUEUE||1|1
                    1700000040|c.1|second|PJSIP/1|CONNECT|10|c.2|0
                    1700000050|c.1|second|PJSIP/1|COMPLETECALLER|10|10|1
                    """);

            assertThat(calls)
                    .extracting(QueueCall::queue, QueueCall::disposition)
                    .containsExactly(
                            tuple("first", Disposition.OVERFLOWED),
                            tuple("second", Disposition.ANSWERED));
        }

        @Test
        void reportsCallLinesWithoutTheirCallAndDuplicateEntries() {
            assemble("""
                    1700000000|c.1|q|NONE|ENTERQUEUE||1|1
                    1700000001|c.1|q|NONE|ENTERQUEUE||1|1
                    1700000002|c.9|q|PJSIP/1|CONNECT|2|x|0
                    1700000003|c.8|q|PJSIP/1|COMPLETECALLER|2|1|1
                    1700000004|NONE|q|NONE|PAUSE|Lunch
                    """);

            assertThat(problems)
                    .containsExactly(
                            new ParseProblem("queue_log", 2, QueueLogField.CALL_ID, "c.1", Reason.DUPLICATE_CALL),
                            new ParseProblem("queue_log", 3, QueueLogField.CALL_ID, "c.9", Reason.CALL_NOT_OPEN),
                            new ParseProblem("queue_log", 4, QueueLogField.CALL_ID, "c.8", Reason.CALL_NOT_OPEN),
                            new ParseProblem("queue_log", 5, QueueLogField.AGENT, "NONE", Reason.MISSING_VALUE));
        }
    }

    @Nested
    class Ordering {

        @Test
        void reordersLinesWrittenUpToTheWindowOutOfOrder() {
            assemble("""
                    1700000020|c.1|q|PJSIP/1|CONNECT|12|x|0
                    1700000008|c.1|q|NONE|ENTERQUEUE||1|1
                    1700000060|c.1|q|PJSIP/1|COMPLETEAGENT|12|40|1
                    1700000070|c.2|q|NONE|ABANDON|1|1|3
                    1700000067|c.2|q|NONE|ENTERQUEUE||2|1
                    """);

            assertThat(problems).isEmpty();
            assertThat(calls)
                    .containsExactly(
                            new QueueCall("c.1", "q", at(8), Optional.of(at(20)), at(60), Optional.of("PJSIP/1"),
                                    Disposition.ANSWERED, QueueLogVerb.COMPLETEAGENT, Optional.of("1"),
                                    Optional.empty()),
                            new QueueCall("c.2", "q", at(67), Optional.empty(), at(70), Optional.empty(),
                                    Disposition.SHORT_ABANDON, QueueLogVerb.ABANDON, Optional.of("2"),
                                    Optional.empty()));
        }

        @Test
        void endsBeforeStartsWithinOneSecondAssembleAsZeroWaitAndZeroTalk() {
            // The demo writer puts call ends first within a second.
            assemble("""
                    1700000005|c.1|q|PJSIP/1|COMPLETECALLER|0|0|1
                    1700000005|c.2|q|NONE|ABANDON|1|1|0
                    1700000005|c.1|q|NONE|ENTERQUEUE||1|1
                    1700000005|c.2|q|NONE|ENTERQUEUE||2|1
                    1700000005|c.1|q|PJSIP/1|CONNECT|0|x|0
                    """);

            assertThat(problems).isEmpty();
            assertThat(calls).extracting(QueueCall::callId).containsExactlyInAnyOrder("c.1", "c.2");
            assertThat(call("c.1").talkTime()).contains(Duration.ZERO);
        }

        @Test
        void linesBeyondTheWindowAreNotReordered() {
            var settings = new QueueLogAssembler.Settings(Duration.ofSeconds(5), Duration.ofSeconds(2));
            assemble("queue_log", """
                    1700000010|c.1|q|PJSIP/1|CONNECT|2|x|0
                    1700000013|c.2|q|NONE|ENTERQUEUE||1|1
                    1700000008|c.1|q|NONE|ENTERQUEUE||1|1
                    """, new QueueLogAssembler(settings, calls::add, changes::add));

            assertThat(problems)
                    .containsExactly(new ParseProblem("queue_log", 1, QueueLogField.CALL_ID, "c.1",
                            Reason.CALL_NOT_OPEN));
        }
    }

    @Nested
    class AcrossFiles {

        @Test
        void completesACallOpenAtTheEndOfTheFirstFileInTheSecond() {
            var open = assemble("queue_log.1", """
                    1700000000|c.1|q|NONE|DID|300
                    1700000001|c.1|q|NONE|ENTERQUEUE||555|1
                    1700000011|c.1|q|PJSIP/4|CONNECT|10|x|0
                    1700000012|c.2|q|NONE|ENTERQUEUE||556|2
                    1700000013|c.2|q|NONE|ABANDON|1|2|1
                    """, new QueueLogAssembler(QueueLogAssembler.Settings.standard(), calls::add, changes::add));

            assertThat(calls).extracting(QueueCall::callId).containsExactly("c.2");
            assertThat(open)
                    .containsExactly(new OpenCall("c.1", "q", at(1), Optional.of(at(11)), Optional.of("PJSIP/4"),
                            Optional.of("555"), Optional.of("300"), "queue_log.1", 2));

            assemble("queue_log.2", """
                    1700000100|c.1|q|PJSIP/4|COMPLETECALLER|10|89|1
                    """, QueueLogAssembler.resume(QueueLogAssembler.Settings.standard(), open, calls::add,
                    changes::add));

            assertThat(problems).isEmpty();
            assertThat(calls.getLast())
                    .isEqualTo(new QueueCall("c.1", "q", at(1), Optional.of(at(11)), at(100), Optional.of("PJSIP/4"),
                            Disposition.ANSWERED, QueueLogVerb.COMPLETECALLER, Optional.of("555"),
                            Optional.of("300")));
        }

        @Test
        void withoutTheOpenStateTheSecondFileReportsTheOrphanEnd() {
            assemble("queue_log.2", "1700000100|c.1|q|PJSIP/4|COMPLETECALLER|10|89|1\n",
                    new QueueLogAssembler(QueueLogAssembler.Settings.standard(), calls::add, changes::add));

            assertThat(problems)
                    .containsExactly(new ParseProblem("queue_log.2", 1, QueueLogField.CALL_ID, "c.1",
                            Reason.CALL_NOT_OPEN));
        }
    }

    @Test
    void turnsMemberLinesIntoAgentStateChanges() {
        assemble("""
                1700000000|MANAGER|q|PJSIP/1|ADDMEMBER|
                1700000001|REALTIME|q|PJSIP/2|ADDMEMBER|PAUSED
                1700000002|NONE|q|PJSIP/1|PAUSE|Lunch
                1700000003|NONE|q|PJSIP/1|UNPAUSE|
                1700000004|NONE|NONE|PJSIP/1|PAUSEALL|Break
                1700000005|NONE|NONE|PJSIP/1|UNPAUSEALL|Auto-Unpause
                1700000006|NONE|NONE|Agent/9|AGENTLOGIN|PJSIP/9-01
                1700000007|NONE|NONE|Agent/9|AGENTLOGOFF|PJSIP/9-01|7
                1700000008|1.1|NONE|Agent/8|AGENTCALLBACKLOGIN|8@default
                1700000009|1.1|NONE|Agent/8|AGENTCALLBACKLOGOFF|8@default|1|CommandLogoff
                1700000010|CLI|q|PJSIP/1|REMOVEMEMBER|
                """);

        assertThat(problems).isEmpty();
        assertThat(changes)
                .extracting(AgentStateChange::agent, AgentStateChange::state, AgentStateChange::reason,
                        AgentStateChange::queue)
                .containsExactly(
                        tuple("PJSIP/1", AgentState.LOGIN, Optional.empty(),
                                Optional.of("q")),
                        tuple("PJSIP/2", AgentState.LOGIN, Optional.empty(),
                                Optional.of("q")),
                        tuple("PJSIP/2", AgentState.PAUSE, Optional.of("PAUSED"),
                                Optional.of("q")),
                        tuple("PJSIP/1", AgentState.PAUSE, Optional.of("Lunch"),
                                Optional.of("q")),
                        tuple("PJSIP/1", AgentState.READY, Optional.empty(),
                                Optional.of("q")),
                        tuple("PJSIP/1", AgentState.PAUSE, Optional.of("Break"),
                                Optional.empty()),
                        tuple("PJSIP/1", AgentState.READY,
                                Optional.of("Auto-Unpause"), Optional.empty()),
                        tuple("Agent/9", AgentState.LOGIN, Optional.empty(),
                                Optional.empty()),
                        tuple("Agent/9", AgentState.LOGOUT, Optional.empty(),
                                Optional.empty()),
                        tuple("Agent/8", AgentState.LOGIN, Optional.empty(),
                                Optional.empty()),
                        tuple("Agent/8", AgentState.LOGOUT, Optional.empty(),
                                Optional.empty()),
                        tuple("PJSIP/1", AgentState.LOGOUT, Optional.empty(),
                                Optional.of("q")));
    }
}
