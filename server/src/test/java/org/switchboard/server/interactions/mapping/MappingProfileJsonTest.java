package org.switchboard.server.interactions.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoCsv;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.InteractionSink;
import org.switchboard.engine.interactions.mapping.ContactField;
import org.switchboard.engine.interactions.mapping.MappingKind;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.engine.interactions.mapping.MappingReader;
import org.switchboard.engine.interactions.mapping.ReadCounts;

class MappingProfileJsonTest {

    /** After the demo period (March–April 2026) and the public samples, so nothing is in the future. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    static final List<String> BUNDLED = MappingProfileJson.BUNDLED;

    /** Keeps what a reader delivers. */
    private static final class Collected implements InteractionSink {

        final List<Interaction> contacts = new ArrayList<>();
        final List<AgentEvent> events = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void contact(Interaction contact, long line) {
            contacts.add(contact);
        }

        @Override
        public void agentEvent(AgentEvent event, long line) {
            events.add(event);
        }

        @Override
        public void rejected(InputProblem problem) {
            problems.add(problem);
        }
    }

    private static Collected read(MappingProfile profile, String file, byte[] bytes) {
        var sink = new Collected();
        var counts = new MappingReader(profile, CLOCK).readCsv(file, new ByteArrayInputStream(bytes), sink);
        assertThat(counts.rejected()).as("%s rejected rows: %s", file, sink.problems).isZero();
        assertThat(counts).isEqualTo(new ReadCounts(counts.rows(), counts.rows(), 0));
        return sink;
    }

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void everyBundledProfileLoadsAndWritesBackToAnEqualProfile(String name) {
        var profile = MappingProfileJson.bundled(name);
        assertThat(MappingProfileJson.read(MappingProfileJson.write(profile))).isEqualTo(profile);
    }

    /** The demo centre's CSV files, written by {@link DemoCsv}, load through the bundled demo profiles. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DemoData {

        private final DemoDataSet data = DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(1));

        private byte[] csv(DemoCsv file) throws IOException {
            var out = new StringWriter();
            file.write(data, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Test
        void contactsReadBackFieldByField() throws IOException {
            var read = MappingProfileJsonTest.read(
                    MappingProfileJson.bundled("demo-contacts"), "contacts.csv", csv(DemoCsv.CONTACTS));

            var expected = data.contacts().stream()
                    .map(contact -> new Interaction(
                            contact.id(),
                            contact.channel(),
                            contact.queue(),
                            contact.direction(),
                            Optional.of(contact.customerPhone()),
                            contact.arrivedAt(),
                            contact.answeredAt(),
                            contact.endedAt(),
                            contact.wrapUpEndedAt(),
                            contact.agentId(),
                            contact.disposition(),
                            Optional.of(contact.reason().name()),
                            Optional.of(contact.hasSale()),
                            contact.revenueEur()))
                    .toList();
            assertThat(expected).isNotEmpty();
            assertThat(read.problems).isEmpty();
            assertThat(read.contacts).containsExactlyElementsOf(expected);
        }

        @Test
        void agentEventsReadBackFieldByField() throws IOException {
            var read = MappingProfileJsonTest.read(
                    MappingProfileJson.bundled("demo-agent-events"), "agent-events.csv", csv(DemoCsv.AGENT_EVENTS));

            var expected = data.agentEvents().stream()
                    .map(event -> new AgentEvent(
                            event.agentId(),
                            event.at(),
                            event.state(),
                            event.pauseReason().map(Enum::name),
                            event.contactId()))
                    .toList();
            assertThat(expected).isNotEmpty();
            assertThat(read.problems).isEmpty();
            assertThat(read.events).containsExactlyElementsOf(expected);
        }
    }

    /** The public sample exports through their bundled profiles; skipped when {@code shared/data} is absent. */
    @Nested
    class PublicSamples {

        private Optional<Path> sample(String file) {
            for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                var candidate = dir.resolve("shared/data/interactions").resolve(file);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }

        private Collected readSample(String profile, String file) throws IOException {
            var path = sample(file);
            assumeThat(path).as("shared/data/interactions/%s not found; test skipped", file).isPresent();
            return read(MappingProfileJson.bundled(profile), file, Files.readAllBytes(path.get()));
        }

        @Test
        void pwcCaseGivesItsHandCheckedFigures() throws IOException {
            var read = readSample("pwc-call-center", "pwc-call-center-2016-synthetic.csv");
            // data README: 1 772 calls, answered 1 455, ASA 67.2 s
            assertThat(read.contacts).hasSize(1772);
            var answered = read.contacts.stream().filter(contact -> contact.disposition().isAnswered()).toList();
            assertThat(answered).hasSize(1455);
            assertThat(answered.stream().mapToLong(contact -> contact.waitTime().toSeconds()).average().orElseThrow())
                    .isCloseTo(67.2, within(0.05));
        }

        @Test
        void elastixExportGivesEveryRow() throws IOException {
            var read = readSample("elastix-call-outcomes", "elastix-call-outcomes-2014.csv");
            // 349 rows: 301 Success, 48 Abandoned
            assertThat(read.contacts).hasSize(349);
            assertThat(read.contacts.stream().filter(contact -> contact.disposition().isAnswered())).hasSize(301);
        }
    }

    @Nested
    class Errors {

        private static final String VALID = """
                {"name": "p", "kind": "CONTACTS", "fields": {
                  "sourceId": {"column": "id"}, "channel": {"constant": "VOICE"}, "queue": {"column": "q"},
                  "direction": {"constant": "INBOUND"}, "arrivedAt": {"column": "at"},
                  "agentId": {"column": "agent"}, "disposition": {"column": "d"}}}
                """;

        @Test
        void aMinimalDocumentTakesTheDefaults() {
            var profile = MappingProfileJson.read(VALID);
            assertThat(profile.fields()).hasSize(7);
            assertThat(profile.time().zone()).isEqualTo(ZoneOffset.UTC);
            assertThat(profile.csv().delimiter()).isEqualTo(',');
            assertThat(profile.kind()).isEqualTo(MappingKind.CONTACTS);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                "fields": {                          | "fieldz": {                          | $.fieldz
                "channel": {"constant": "VOICE"}     | "channel": {"constant": "PHONE"}     | $.fields.channel
                "queue": {"column": "q"}             | "queue": {"column": 7}               | $.fields.queue.column
                "queue": {"column": "q"}             | "queue": {"column": "q", "x": 1}     | $.fields.queue.x
                "queue": {"column": "q"}             | "queue": {"colum": "q"}              | $.fields.queue.colum
                "queue": {"column": "q"}             | "queues": {"column": "q"}            | $.fields.queues
                "agentId": {"column": "agent"},      | ""                                   | $.fields
                "kind": "CONTACTS"                   | "kind": "CALLS"                      | $.kind
                "sourceId": {"column": "id"}         | "sourceId": {"derived": "uuid"}      | $.fields.sourceId.derived
                "d"}}}                               | "d"}}, "time": {"zone": "Mars/Base"}}  | $.time.zone
                "d"}}}                               | "d"}}, "csv": {"delimiter": ";;"}}     | $.csv.delimiter
                "d"}}}                               | "d"}}, "csv": {"charset": "EBCDIC-X"}} | $.csv.charset
                "d"}}}                               | "d"}}, "translations": {"sale": {"Y": "true"}}} | $.translations.sale
                "d"}}}                               | "d"}}, "time": {"dateTimePatterns": ["ISO", 5]}} | $.time.dateTimePatterns[1]
                """)
        void namesTheJsonPathOfTheFault(String valid, String broken, String path) {
            var json = VALID.replace(valid, broken.equals("\"\"") ? "" : broken);
            assertThat(json).isNotEqualTo(VALID);
            assertThatThrownBy(() -> MappingProfileJson.read(json))
                    .isInstanceOfSatisfying(InvalidMappingProfile.class, e -> {
                        assertThat(e.path()).isEqualTo(path);
                        assertThat(e.getMessage()).startsWith(path + ": ");
                    });
        }

        @Test
        void explainsTheFaultInWords() {
            assertThatThrownBy(() -> MappingProfileJson.read(VALID.replace("\"VOICE\"", "\"PHONE\"")))
                    .hasMessage("$.fields.channel: channel: constant 'PHONE' is not a CHANNEL code");
            assertThatThrownBy(() -> MappingProfileJson.read("{\"name\": "))
                    .isInstanceOf(InvalidMappingProfile.class)
                    .hasMessageStartingWith("$: not a JSON document");
            assertThatThrownBy(() -> MappingProfileJson.bundled("nope"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no bundled mapping profile: mapping/nope.json");
        }

        @Test
        void writesEveryFieldUnderItsKey() {
            var json = MappingProfileJson.write(MappingProfileJson.read(VALID));
            for (var field : List.of(ContactField.SOURCE_ID, ContactField.ARRIVED_AT, ContactField.AGENT_ID)) {
                assertThat(json).contains("\"" + field.key() + "\"");
            }
        }
    }
}
