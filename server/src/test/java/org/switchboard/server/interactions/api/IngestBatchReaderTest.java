package org.switchboard.server.interactions.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;

class IngestBatchReaderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final IngestBatchReader reader = new IngestBatchReader(BERLIN, 3);

    private static final String ANSWERED = """
            {"sourceId": "c-1", "channel": "voice", "queue": "sales", "direction": "INBOUND",
             "customer": "+49 30 1234567", "arrivedAt": "2026-03-02T08:00:00Z", "answeredAt": "2026-03-02T08:00:12Z",
             "endedAt": "2026-03-02T08:03:12Z", "agentId": "a-7", "disposition": "answered", "revenue": 12.50,
             "sale": true}""";

    @Test
    void readsTheHeaderAndAContactWithEveryField() {
        var batch = read("{\"source\": \"crm\", \"policy\": \"QUARANTINE\", \"records\": [" + ANSWERED + "]}",
                new ContactShape());

        assertThat(batch.source()).isEqualTo("crm");
        assertThat(batch.zone()).isEqualTo(BERLIN);
        assertThat(batch.policy()).contains("QUARANTINE");
        assertThat(batch.problems()).isEmpty();
        var contact = batch.records().getFirst();
        assertThat(contact.channel()).isEqualTo(Channel.VOICE);
        assertThat(contact.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(contact.waitTime()).hasSeconds(12);
        assertThat(contact.revenue()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("12.50"));
        assertThat(contact.sale()).contains(true);
    }

    @Test
    void readsALocalDateTimeInTheZoneOfTheRequest() {
        // Moscow has kept UTC+3 all year since 2014 (tzdata), so a local 10:00 is 07:00Z
        var batch = read("""
                {"source": "pbx", "zone": "Europe/Moscow", "records": [
                  {"agentId": "a-1", "at": "2026-03-29T10:00:00", "state": "PAUSE", "reason": "lunch"}]}""",
                new AgentEventShape());

        assertThat(batch.records()).containsExactly(new AgentEvent(
                "a-1", Instant.parse("2026-03-29T07:00:00Z"), AgentState.PAUSE, Optional.of("lunch"),
                Optional.empty()));
    }

    @Test
    void reportsEveryBadFieldOfARecordWithItsIndexAndKeepsTheGoodRecords() {
        var batch = read("""
                {"source": "crm", "records": [
                  %s,
                  {"sourceId": "c-2", "channel": "fax", "queue": "sales", "direction": "INBOUND",
                   "arrivedAt": "yesterday", "endedAt": "2026-03-02T08:03:12Z", "disposition": "ABANDONED",
                   "colour": "red"}
                ]}""".formatted(ANSWERED), new ContactShape());

        assertThat(batch.records()).extracting(Interaction::sourceId).containsExactly("c-1");
        assertThat(batch.recordCount()).isEqualTo(2);
        assertThat(batch.rejectedCount()).isEqualTo(1);
        assertThat(batch.problems())
                .extracting(InputProblem::file, InputProblem::line, InputProblem::field, InputProblem::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("request", 2L, "colour", "red"),
                        org.assertj.core.groups.Tuple.tuple("request", 2L, "channel", "fax"),
                        org.assertj.core.groups.Tuple.tuple("request", 2L, "arrivedAt", "yesterday"));
    }

    @Test
    void reportsABrokenRuleBetweenFieldsAgainstTheRecordId() {
        // answered without an agent: Interaction's compact constructor refuses it
        var batch = read("""
                {"source": "crm", "records": [{"sourceId": "c-9", "channel": "CHAT", "queue": "q", "direction":
                 "INBOUND", "arrivedAt": "2026-03-02T08:00:00Z", "answeredAt": "2026-03-02T08:00:10Z",
                 "endedAt": "2026-03-02T08:01:00Z", "disposition": "ANSWERED"}]}""", new ContactShape());

        assertThat(batch.records()).isEmpty();
        assertThat(batch.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.field()).isEqualTo("record");
            assertThat(problem.value()).isEqualTo("c-9");
            assertThat(problem.reason()).contains("answered contacts");
        });
    }

    @Test
    void reportsARecordThatIsNotAnObjectAndANestedField() {
        var batch = read("""
                {"source": "pbx", "records": [42,
                  {"agentId": "a-1", "at": "2026-03-02T08:00:00Z", "state": "READY", "reason": {"code": 1}}]}""",
                new AgentEventShape());

        assertThat(batch.records()).isEmpty();
        assertThat(batch.problems())
                .extracting(InputProblem::line, InputProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "record"),
                        org.assertj.core.groups.Tuple.tuple(2L, "reason"));
    }

    @Test
    void refusesMoreRecordsThanABatchHoldsWith413() {
        var event = "{\"agentId\": \"a\", \"at\": \"2026-03-02T08:00:00Z\", \"state\": \"READY\"}";
        var body = "{\"source\": \"pbx\", \"records\": [" + String.join(",", event, event, event, event) + "]}";

        assertThatThrownBy(() -> read(body, new AgentEventShape()))
                .isInstanceOfSatisfying(IngestRequestRefused.class,
                        refused -> assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE))
                .hasMessageContaining("at most 3 records");
    }

    @Test
    void refusesABodyLargerThanItsBoundWith413() {
        var event = "{\"agentId\": \"a\", \"at\": \"2026-03-02T08:00:00Z\", \"state\": \"READY\"}";
        var body = ("{\"source\": \"pbx\", \"records\": [" + event + "]}").getBytes(StandardCharsets.UTF_8);

        // one byte short of the whole body: the refusal comes through the JSON parser unchanged
        assertThatThrownBy(() -> reader.read(
                        new BoundedBody(new ByteArrayInputStream(body), body.length - 1), new AgentEventShape()))
                .isInstanceOfSatisfying(IngestRequestRefused.class,
                        refused -> assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE))
                .hasMessageContaining("at most " + (body.length - 1) + " bytes");
        assertThat(reader.read(new BoundedBody(new ByteArrayInputStream(body), body.length), new AgentEventShape())
                        .records())
                .hasSize(1);
    }

    @Test
    void refusesMalformedJsonNamingTheLine() {
        assertThatThrownBy(() -> read("{\"source\": \"pbx\",\n \"records\": [ {\"agentId\": }", new AgentEventShape()))
                .isInstanceOfSatisfying(IngestRequestRefused.class,
                        refused -> assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesAZoneAfterTheRecordsAndAMissingSource() {
        assertThatThrownBy(() -> read("{\"source\": \"s\", \"records\": [], \"zone\": \"UTC\"}", new ContactShape()))
                .hasMessageContaining("\"zone\" must come before \"records\"");
        assertThatThrownBy(() -> read("{\"records\": []}", new ContactShape()))
                .hasMessageContaining("\"source\" is required");
        assertThatThrownBy(() -> read("{\"source\": \"s\", \"zone\": \"Mars/Olympus\", \"records\": []}",
                        new ContactShape()))
                .hasMessageContaining("Mars/Olympus");
    }

    private <T> IngestBatch<T> read(String json, RecordShape<T> shape) {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), shape);
    }
}
