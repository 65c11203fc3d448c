package org.switchboard.engine.interactions.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.RecordingSink;

class MappingReaderTest {

    /** The reader's "now": times after 2026-12-02T12:00Z are in the future. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    static final String HEADER = "id,queue,arrived,answered,ended,agent,outcome,talk\n";

    /** A typical export: ISO times in UTC, talk seconds, Y/N outcome, channel and direction constant. */
    static MappingProfile.Builder simple() {
        return MappingProfile.builder("simple", MappingKind.CONTACTS)
                .column(ContactField.SOURCE_ID, "id")
                .constant(ContactField.CHANNEL, "VOICE")
                .column(ContactField.QUEUE, "queue")
                .constant(ContactField.DIRECTION, "INBOUND")
                .column(ContactField.ARRIVED_AT, "arrived")
                .column(ContactField.ANSWERED_AT, "answered")
                .column(ContactField.TALK_DURATION, "talk")
                .column(ContactField.AGENT_ID, "agent")
                .column(ContactField.DISPOSITION, "outcome")
                .translate(ContactField.DISPOSITION, "Y", "ANSWERED")
                .translate(ContactField.DISPOSITION, "N", "ABANDONED");
    }

    /** A contacts profile with the id in column {@code id} and constants for the other required fields but time. */
    static MappingProfile.Builder constants(String name) {
        return MappingProfile.builder(name, MappingKind.CONTACTS)
                .column(ContactField.SOURCE_ID, "id")
                .constant(ContactField.CHANNEL, "VOICE")
                .constant(ContactField.QUEUE, "q")
                .constant(ContactField.DIRECTION, "INBOUND")
                .constant(ContactField.DISPOSITION, "ANSWERED")
                .constant(ContactField.AGENT_ID, "a1");
    }

    static RecordingSink read(MappingProfile profile, String text) {
        return read(profile, text.getBytes(StandardCharsets.UTF_8));
    }

    static RecordingSink read(MappingProfile profile, byte[] bytes) {
        var sink = new RecordingSink();
        new MappingReader(profile, CLOCK).readCsv("in.csv", new ByteArrayInputStream(bytes), sink);
        return sink;
    }

    /** {@link #simple()} with the end read from its column instead of derived from the talk duration. */
    private static MappingProfile simpleWithEnd() {
        var profile = simple().build();
        var fields = new LinkedHashMap<>(profile.fields());
        fields.remove(ContactField.TALK_DURATION);
        fields.put(ContactField.ENDED_AT, new FieldSource.Column("ended"));
        return new MappingProfile(profile.name(), profile.kind(), fields, profile.time(), profile.translations(),
                profile.csv());
    }

    @Nested
    class WellFormedRows {

        @Test
        void readsAnAnsweredAndAnAbandonedContact() {
            var sink = read(simple().build(), """
                    id,queue,arrived,answered,ended,agent,outcome,talk
                    c1,sales,2026-03-02T07:00:00Z,2026-03-02T07:00:20Z,,a7,Y,100
                    c2,sales,2026-03-02T07:01:00Z,,,a7,N,
                    """);

            assertThat(sink.problems()).isEmpty();
            assertThat(sink.contactLines()).extracting(RecordingSink.Read::line).containsExactly(2L, 3L);
            assertThat(sink.contacts())
                    .containsExactly(
                            new Interaction("c1", Channel.VOICE, "sales", Direction.INBOUND, Optional.empty(),
                                    Instant.parse("2026-03-02T07:00:00Z"),
                                    Optional.of(Instant.parse("2026-03-02T07:00:20Z")),
                                    // end = answer + talk 100 s
                                    Instant.parse("2026-03-02T07:02:00Z"), Optional.empty(), Optional.of("a7"),
                                    Disposition.ANSWERED, Optional.empty(), Optional.empty(), Optional.empty()),
                            // the agent of an unanswered contact is the one it was routed to: not kept
                            new Interaction("c2", Channel.VOICE, "sales", Direction.INBOUND, Optional.empty(),
                                    Instant.parse("2026-03-02T07:01:00Z"), Optional.empty(),
                                    Instant.parse("2026-03-02T07:01:00Z"), Optional.empty(), Optional.empty(),
                                    Disposition.ABANDONED, Optional.empty(), Optional.empty(), Optional.empty()));
        }

        @Test
        void acceptsCodeNamesInAnyCaseBesideTheTranslations() {
            var sink = read(simple().build(), HEADER + "c1,sales,2026-03-02T07:00:00Z,,,,short_abandon,\n");
            assertThat(sink.problems()).isEmpty();
            assertThat(sink.contacts()).extracting(Interaction::disposition).containsExactly(Disposition.SHORT_ABANDON);
        }

        @Test
        void numbersRecordsWithQuotedLineBreaksByThePhysicalLineWhereTheyStart() {
            var sink = read(simple().build(), HEADER
                    + "c1,\"sales\nsecond line\",2026-03-02T07:00:00Z,,,,N,\n"
                    + "c2,sales,2026-03-02T07:00:00Z,,,,N,\n");
            assertThat(sink.problems()).isEmpty();
            assertThat(sink.contactLines())
                    .extracting(read -> read.value().sourceId(), RecordingSink.Read::line)
                    .containsExactly(tuple("c1", 2L), tuple("c2", 4L));
        }

        @Test
        void readsLocalTimesInTheSourceZoneAndKeepsExplicitOffsets() {
            var profile = constants("zoned")
                    .constant(ContactField.CHANNEL, "chat")
                    .constant(ContactField.DIRECTION, "outbound")
                    .column(ContactField.ARRIVED_AT, "at")
                    .constant(ContactField.DISPOSITION, "ABANDONED")
                    .time(new TimeFormat(List.of("dd.MM.yyyy HH:mm:ss", TimeFormat.ISO), TimeFormat.ISO,
                            TimeFormat.ISO, ZoneId.of("Europe/Berlin"), DurationUnit.SECONDS, Map.of()))
                    .build();
            var sink = read(profile, """
                    id,at
                    winter,02.03.2026 08:00:00
                    summer,02.07.2026 08:00:00
                    offset,2026-03-02T08:00:00+03:00
                    gap,29.03.2026 02:30:00
                    """);

            assertThat(sink.problems()).isEmpty();
            // Berlin is UTC+1 in March and UTC+2 in July; an explicit offset wins; 02:30 on 29 March 2026 does not
            // exist (clocks jump 02:00 → 03:00) and is moved forward by the gap to 03:30 CEST = 01:30Z.
            assertThat(sink.contacts())
                    .extracting(Interaction::arrivedAt)
                    .containsExactly(
                            Instant.parse("2026-03-02T07:00:00Z"),
                            Instant.parse("2026-07-02T06:00:00Z"),
                            Instant.parse("2026-03-02T05:00:00Z"),
                            Instant.parse("2026-03-29T01:30:00Z"));
            assertThat(sink.contacts()).allSatisfy(contact -> {
                assertThat(contact.channel()).isEqualTo(Channel.CHAT);
                assertThat(contact.direction()).isEqualTo(Direction.OUTBOUND);
            });
        }

        @Test
        void readsEpochSecondsAndMillisecondsAndAnotherCharset() {
            var profile = constants("epoch")
                    .column(ContactField.QUEUE, "очередь")
                    .column(ContactField.ARRIVED_AT, "at")
                    .constant(ContactField.DISPOSITION, "ABANDONED")
                    .time(new TimeFormat(List.of(TimeFormat.EPOCH_SECONDS, TimeFormat.EPOCH_MILLIS), TimeFormat.ISO,
                            TimeFormat.ISO, ZoneOffset.UTC, DurationUnit.SECONDS, Map.of()))
                    .csv(new CsvOptions('\t', true, java.nio.charset.Charset.forName("windows-1251"), '.'))
                    .build();
            var text = "id\tочередь\tat\nc1\tпродажи\t1772434813\nc2\tпродажи\t1772434813123456789\n";
            var sink = read(profile, text.getBytes(java.nio.charset.Charset.forName("windows-1251")));

            // 1772434813 s = 2026-03-02T07:00:13Z; 19 digits exceed the 18 an epoch may have: unreadable
            assertThat(sink.contacts()).extracting(Interaction::queue, Interaction::arrivedAt)
                    .containsExactly(tuple("продажи", Instant.parse("2026-03-02T07:00:13Z")));
            assertThat(sink.problems()).extracting(InputProblem::line, InputProblem::field, InputProblem::reason)
                    .containsExactly(tuple(3L, "at", "not a date-time (EPOCH_SECONDS or EPOCH_MILLIS)"));
        }

        @Test
        void readsEpochMilliseconds() {
            var profile = MappingProfile.builder("millis", MappingKind.AGENT_EVENTS)
                    .column(AgentEventField.AGENT_ID, "agent")
                    .column(AgentEventField.AT, "at")
                    .constant(AgentEventField.STATE, "LOGIN")
                    .time(new TimeFormat(List.of(TimeFormat.EPOCH_MILLIS), TimeFormat.ISO, TimeFormat.ISO,
                            ZoneOffset.UTC, DurationUnit.SECONDS, Map.of()))
                    .build();
            var sink = read(profile, "agent,at\na1,1772434813250\n");
            assertThat(sink.agentEvents()).extracting(event -> event.at())
                    .containsExactly(Instant.parse("2026-03-02T07:00:13.250Z"));
        }

        @Test
        void derivesTheInstantsFromDateTimeAndDurationsInEachUnit() {
            var profile = constants("split")
                    .column(ContactField.ARRIVAL_DATE, "date")
                    .column(ContactField.ARRIVAL_TIME, "time")
                    .column(ContactField.WAIT_DURATION, "wait")
                    .column(ContactField.TALK_DURATION, "talk")
                    .column(ContactField.WRAP_DURATION, "wrap")
                    .time(new TimeFormat(List.of(TimeFormat.ISO), "dd-MM-yyyy", "HH:mm:ss", ZoneOffset.UTC,
                            DurationUnit.SECONDS,
                            Map.of(ContactField.TALK_DURATION, DurationUnit.CLOCK,
                                    ContactField.WRAP_DURATION, DurationUnit.MINUTES)))
                    .csv(new CsvOptions(';', true, StandardCharsets.UTF_8, ','))
                    .build();
            var sink = read(profile, """
                    id;date;time;wait;talk;wrap
                    c1;31-01-2016;17:34:05;12,5;1:02:03;1,5
                    """);

            assertThat(sink.problems()).isEmpty();
            var contact = sink.contacts().getFirst();
            assertThat(contact.arrivedAt()).isEqualTo(Instant.parse("2016-01-31T17:34:05Z"));
            assertThat(contact.waitTime()).isEqualTo(Duration.ofMillis(12_500));
            assertThat(contact.talkTime()).contains(Duration.ofSeconds(3723)); // 1 h 2 min 3 s
            assertThat(contact.wrapTime()).contains(Duration.ofSeconds(90)); // 1.5 min
        }

        @Test
        void derivesIdsFromTheLineNumberOrARowHash() {
            var byLine = simple().build();
            var fields = new LinkedHashMap<>(byLine.fields());
            fields.put(ContactField.SOURCE_ID, new FieldSource.LineNumber());
            var lineProfile = new MappingProfile("l", byLine.kind(), fields, byLine.time(), byLine.translations(),
                    byLine.csv());
            fields.put(ContactField.SOURCE_ID, new FieldSource.RowHash());
            var hashProfile = new MappingProfile("h", byLine.kind(), fields, byLine.time(), byLine.translations(),
                    byLine.csv());
            var text = HEADER + "x,sales,2026-03-02T07:00:00Z,,,,N,\n" + "x,sales,2026-03-02T07:00:00Z,,,,N,\n"
                    + "x,sales,2026-03-02T07:00:09Z,,,,N,\n";

            assertThat(read(lineProfile, text).contacts())
                    .extracting(Interaction::sourceId)
                    .containsExactly("in.csv#2", "in.csv#3", "in.csv#4");
            var hashed = read(hashProfile, text);
            assertThat(hashed.contacts()).extracting(Interaction::sourceId)
                    .allSatisfy(id -> assertThat(id).matches("row-[0-9a-f]{16}"))
                    .doesNotHaveDuplicates()
                    .hasSize(2);
            // identical rows hash alike: the second is a duplicate, reported
            assertThat(hashed.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.field()).isEqualTo("sourceId");
                assertThat(problem.reason()).isEqualTo("duplicate id in this file");
            });
        }

        @Test
        void readsAgentEventsKeepingThePauseReasonAndTheContactWhereTheyBelong() {
            var profile = MappingProfile.builder("events", MappingKind.AGENT_EVENTS)
                    .column(AgentEventField.AGENT_ID, "agent")
                    .column(AgentEventField.AT, "at")
                    .column(AgentEventField.STATE, "state")
                    .column(AgentEventField.REASON, "reason")
                    .column(AgentEventField.CONTACT_ID, "contact")
                    .translate(AgentEventField.STATE, "AUX", "PAUSE")
                    .build();
            var sink = read(profile, """
                    agent,at,state,reason,contact
                    a1,2026-03-02T07:00:00Z,LOGIN,,
                    a1,2026-03-02T07:01:00Z,AUX,LUNCH,c9
                    a1,2026-03-02T07:31:00Z,READY,LUNCH,c9
                    a1,2026-03-02T07:32:00Z,ON_CONTACT,,c9
                    """);

            assertThat(sink.problems()).isEmpty();
            assertThat(sink.agentEvents())
                    .extracting(event -> event.state(), event -> event.reason(), event -> event.contactId())
                    .containsExactly(
                            tuple(AgentState.LOGIN, Optional.empty(), Optional.empty()),
                            tuple(AgentState.PAUSE, Optional.of("LUNCH"), Optional.empty()),
                            tuple(AgentState.READY, Optional.empty(), Optional.empty()),
                            tuple(AgentState.ON_CONTACT, Optional.empty(), Optional.of("c9")));
        }
    }

    @Nested
    class BadFiles {

        @Test
        void reportsAZeroByteFileAtLineZeroWithoutThrowing() {
            var sink = new RecordingSink();
            var counts = new MappingReader(simple().build(), CLOCK)
                    .readCsv("in.csv", new ByteArrayInputStream(new byte[0]), sink);
            assertThat(counts).isEqualTo(new ReadCounts(0, 0, 0));
            assertThat(sink.problems()).containsExactly(new InputProblem("in.csv", 0, "file", "", "empty file"));
        }

        @Test
        void readsNothingWhenTheHeaderLacksAMappedColumn() {
            var sink = read(simpleWithEnd(), """
                    id,queue,arrived,answered,agent,outcome,talk
                    c1,sales,2026-03-02T07:00:00Z,,,N,
                    """);
            assertThat(sink.contacts()).isEmpty();
            assertThat(sink.problems())
                    .containsExactly(new InputProblem(
                            "in.csv", 1, "ended", "", "mapped column not in the file; nothing was read"));
        }

        @Test
        void rejectsRowsWithAnotherFieldCountIncludingATruncatedLastLine() {
            var sink = read(simple().build(), HEADER
                    + "c1,sales,2026-03-02T07:00:00Z,,,,N,,extra\n"
                    + "c2,sales,2026-03-02T07:00:00Z,,,,N,\n"
                    + "c3,sales,2026-03-02T0");
            assertThat(sink.contacts()).extracting(Interaction::sourceId).containsExactly("c2");
            assertThat(sink.problems())
                    .extracting(InputProblem::line, InputProblem::field, InputProblem::value, InputProblem::reason)
                    .containsExactly(
                            tuple(2L, "line", "c1,sales,2026-03-02T07:00:00Z,,,,N,,extra",
                                    "wrong number of fields: 9, the header has 8 (a truncated or malformed line)"),
                            tuple(4L, "line", "c3,sales,2026-03-02T0",
                                    "wrong number of fields: 3, the header has 8 (a truncated or malformed line)"));
        }

        @Test
        void stopsWithAFileProblemWhenTheFileEndsInsideAQuotedField() {
            var sink = read(simple().build(), HEADER
                    + "c1,sales,2026-03-02T07:00:00Z,,,,N,\n"
                    + "c2,\"sal");
            assertThat(sink.contacts()).extracting(Interaction::sourceId).containsExactly("c1");
            assertThat(sink.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.field()).isEqualTo("file");
                assertThat(problem.reason()).contains("ends inside a quoted field");
            });
        }

        @Test
        void rejectsEveryLineWithBytesThatAreNotUtf8() throws IOException {
            var bytes = new ByteArrayOutputStream();
            bytes.write(HEADER.getBytes(StandardCharsets.UTF_8));
            bytes.write("c1,Caf\u00e9,2026-03-02T07:00:00Z,,,,N,\n".getBytes(StandardCharsets.ISO_8859_1));
            bytes.write("c2,Caf\u00e9,2026-03-02T07:00:00Z,,,,N,\n".getBytes(StandardCharsets.UTF_8));
            bytes.write("c3,sales,2026-03-02T07:00:00Z,,,,N,\n".getBytes(StandardCharsets.UTF_8));
            bytes.write(new byte[] {'c', '4', ',', (byte) 0xC3, ',', '2', '0', '2', '6', '-', '0', '3', '-', '0', '2',
                    'T', '0', '7', ':', '0', '0', ':', '0', '0', 'Z', ',', ',', ',', ',', 'N', ',', '\n'});
            var sink = read(simple().build(), bytes.toByteArray());

            // c1 is Latin-1 "Café" (0xE9 alone is not UTF-8), c4 a lone lead byte 0xC3; c2 is real UTF-8.
            assertThat(sink.contacts()).extracting(Interaction::queue).containsExactly("Café", "sales");
            assertThat(sink.problems())
                    .containsExactly(
                            new InputProblem("in.csv", 2, "queue", "Caf\uFFFD", "not valid UTF-8"),
                            new InputProblem("in.csv", 5, "queue", "\uFFFD", "not valid UTF-8"));
        }

        @Test
        void rejectsAFileThatIsNotAWorkbook() {
            var sink = new RecordingSink();
            new MappingReader(simple().build(), CLOCK).readXlsx("in.xlsx",
                    new ByteArrayInputStream("id,queue\n".getBytes(StandardCharsets.UTF_8)), sink);
            assertThat(sink.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isZero();
                assertThat(problem.reason()).isEqualTo("not a readable .xlsx workbook");
            });
        }

        @Test
        void reportsAZeroByteWorkbookAsAnEmptyFile() {
            var sink = new RecordingSink();
            new MappingReader(simple().build(), CLOCK)
                    .readXlsx("in.xlsx", new ByteArrayInputStream(new byte[0]), sink);
            assertThat(sink.problems()).containsExactly(new InputProblem("in.xlsx", 0, "file", "", "empty file"));
        }
    }

    @Nested
    class BadValues {

        private InputProblem onlyProblem(String row) {
            var sink = read(simple().build(), HEADER + row + "\n");
            assertThat(sink.contacts()).isEmpty();
            assertThat(sink.problems()).hasSize(1);
            return sink.problems().getFirst();
        }

        @Test
        void rejectsAnUnreadableDate() {
            assertThat(onlyProblem("c1,sales,02/03/2026 07:00,,,,N,"))
                    .isEqualTo(new InputProblem("in.csv", 2, "arrived", "02/03/2026 07:00", "not a date-time (ISO)"));
        }

        @Test
        void rejectsAnImpossibleCalendarDateInsteadOfMovingIt() {
            assertThat(onlyProblem("c1,sales,2026-02-30T07:00:00Z,,,,N,").reason())
                    .isEqualTo("not a date-time (ISO)");
        }

        @Test
        void rejectsAnUnreadableNumber() {
            assertThat(onlyProblem("c1,sales,2026-03-02T07:00:00Z,2026-03-02T07:00:10Z,,a1,Y,1O0"))
                    .isEqualTo(new InputProblem("in.csv", 2, "talk", "1O0", "not a duration in SECONDS"));
        }

        @Test
        void rejectsATimeMoreThanADayAheadOfTheClock() {
            // the clock says 2026-12-01T12:00Z: a day later is the last accepted instant
            assertThat(read(simple().build(), HEADER + "c1,sales,2026-12-02T12:00:00Z,,,,N,\n").problems())
                    .isEmpty();
            assertThat(onlyProblem("c1,sales,2026-12-02T12:00:01Z,,,,N,"))
                    .isEqualTo(new InputProblem("in.csv", 2, "arrived", "2026-12-02T12:00:01Z",
                            "in the future: after 2026-12-02T12:00:00Z"));
        }

        @Test
        void rejectsANegativeDuration() {
            assertThat(onlyProblem("c1,sales,2026-03-02T07:00:00Z,2026-03-02T07:00:10Z,,a1,Y,-5"))
                    .isEqualTo(new InputProblem("in.csv", 2, "talk", "-5", "negative duration"));
        }

        @Test
        void rejectsAnAnswerBeforeTheArrival() {
            assertThat(onlyProblem("c1,sales,2026-03-02T07:00:00Z,2026-03-02T06:59:59Z,,a1,Y,5"))
                    .isEqualTo(new InputProblem("in.csv", 2, "answered", "2026-03-02T06:59:59Z",
                            "before the arrival (2026-03-02T07:00:00Z)"));
        }

        @Test
        void rejectsAnEndBeforeTheAnswer() {
            var sink = read(simpleWithEnd(), HEADER
                    + "c1,sales,2026-03-02T07:00:00Z,2026-03-02T07:00:10Z,2026-03-02T07:00:05Z,a1,Y,\n");
            assertThat(sink.problems())
                    .containsExactly(new InputProblem("in.csv", 2, "ended", "2026-03-02T07:00:05Z",
                            "before the answer (2026-03-02T07:00:10Z)"));
        }

        @Test
        void rejectsAnUnknownCode() {
            assertThat(onlyProblem("c1,sales,2026-03-02T07:00:00Z,,,,Maybe,"))
                    .isEqualTo(new InputProblem("in.csv", 2, "outcome", "Maybe",
                            "unknown code: no translation and not one of "
                                    + "[ANSWERED, ABANDONED, SHORT_ABANDON, OVERFLOWED, TRANSFERRED]"));
        }

        @Test
        void rejectsAnAnsweredContactWithoutAgentAndAnAnswerOnAnUnansweredOne() {
            assertThat(onlyProblem("c1,sales,2026-03-02T07:00:00Z,2026-03-02T07:00:10Z,,,Y,5"))
                    .isEqualTo(new InputProblem("in.csv", 2, "agent", "", "empty: agentId is required"));
            assertThat(onlyProblem("c1,sales,2026-03-02T07:00:00Z,2026-03-02T07:00:10Z,,,N,"))
                    .isEqualTo(new InputProblem("in.csv", 2, "answered", "2026-03-02T07:00:10Z",
                            "given for a contact that was not answered (ABANDONED)"));
        }

        @Test
        void reportsEveryBadFieldOfARowAndCountsTheRowOnce() {
            var sink = new RecordingSink();
            var counts = new MappingReader(simple().build(), CLOCK).readCsv("in.csv", new ByteArrayInputStream(
                    (HEADER + ",sales,yesterday,,,,Maybe,\nc2,sales,2026-03-02T07:00:00Z,,,,N,\n")
                            .getBytes(StandardCharsets.UTF_8)), sink);
            assertThat(counts).isEqualTo(new ReadCounts(2, 1, 1));
            assertThat(sink.problems())
                    .extracting(InputProblem::field)
                    .containsExactly("id", "outcome", "arrived");
        }

        @Test
        void reportsTheSecondOccurrenceOfAnIdWithItsLine() {
            var sink = read(simple().build(), HEADER
                    + "c1,sales,2026-03-02T07:00:00Z,,,,N,\n"
                    + "c2,sales,2026-03-02T07:00:00Z,,,,N,\n"
                    + "c1,sales,2026-03-02T08:00:00Z,,,,N,\n");
            assertThat(sink.contacts()).extracting(Interaction::sourceId).containsExactly("c1", "c2");
            assertThat(sink.problems())
                    .containsExactly(new InputProblem("in.csv", 4, "id", "c1", "duplicate id in this file"));
        }

        @Test
        void rejectsNegativeRevenue() {
            var profile = constants("money")
                    .column(ContactField.ARRIVED_AT, "at")
                    .column(ContactField.REVENUE, "eur")
                    .build();
            var sink = read(profile, "id,at,eur\nc1,2026-03-02T07:00:00Z,12.50\nc2,2026-03-02T07:00:00Z,-1.00\n");
            assertThat(sink.contacts()).extracting(Interaction::revenue)
                    .containsExactly(Optional.of(new BigDecimal("12.50")));
            assertThat(sink.problems())
                    .containsExactly(new InputProblem("in.csv", 3, "eur", "-1.00", "negative revenue"));
        }
    }
}
