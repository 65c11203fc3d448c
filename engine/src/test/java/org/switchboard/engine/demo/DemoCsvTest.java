package org.switchboard.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CSV files carry every record of the data set and read back into the same values. */
class DemoCsvTest {

    private static final DemoDataSet DATA =
            DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(11));

    @ParameterizedTest
    @EnumSource(DemoCsv.class)
    void startsWithTheHeaderAndHasOneRowPerRecord(DemoCsv file) {
        var rows = read(file);
        assertThat(rows.isEmpty() ? List.of() : rows.getFirst().getHeader()).isEqualTo(file.header());
        int expected =
                switch (file) {
                    case QUEUES -> DATA.queues().size();
                    case AGENTS -> DATA.agents().size();
                    case SCHEDULE ->
                        DATA.shifts().size()
                                + DATA.shifts().stream()
                                        .mapToInt(shift -> shift.pauses().size())
                                        .sum();
                    case CONTACTS -> DATA.contacts().size();
                    case AGENT_EVENTS -> DATA.agentEvents().size();
                    case SURVEY_ANSWERS -> DATA.surveyAnswers().size();
                };
        assertThat(rows).hasSize(expected);
        assertThat(StandardDemo.csv(file, DATA)).contains("\r\n");
    }

    @Test
    void contactsReadBackIntoTheRecords() {
        eachRowWith(DemoCsv.CONTACTS, DATA.contacts(), (row, contact) -> {
            assertThat(row.getField("id")).isEqualTo(contact.id());
            assertThat(row.getField("queue")).isEqualTo(contact.queue());
            assertThat(row.getField("customer_phone")).isEqualTo(contact.customerPhone());
            assertThat(Instant.parse(row.getField("arrived_at"))).isEqualTo(contact.arrivedAt());
            assertThat(optional(row, "answered_at").map(Instant::parse)).isEqualTo(contact.answeredAt());
            assertThat(Instant.parse(row.getField("ended_at"))).isEqualTo(contact.endedAt());
            assertThat(optional(row, "wrap_up_ended_at").map(Instant::parse)).isEqualTo(contact.wrapUpEndedAt());
            assertThat(optional(row, "agent_id")).isEqualTo(contact.agentId());
            assertThat(row.getField("disposition"))
                    .isEqualTo(contact.disposition().name());
            assertThat(optional(row, "transferred_from")).isEqualTo(contact.transferredFrom());
            assertThat(Boolean.parseBoolean(row.getField("resolved"))).isEqualTo(contact.resolved());
            assertThat(optional(row, "revenue_eur").map(BigDecimal::new)).isEqualTo(contact.revenueEur());
        });
    }

    @Test
    void agentEventsReadBackIntoTheRecords() {
        eachRowWith(DemoCsv.AGENT_EVENTS, DATA.agentEvents(), (row, event) -> {
            assertThat(row.getField("agent_id")).isEqualTo(event.agentId());
            assertThat(Instant.parse(row.getField("at"))).isEqualTo(event.at());
            assertThat(row.getField("state")).isEqualTo(event.state().name());
            assertThat(optional(row, "pause_reason").map(PauseReason::valueOf)).isEqualTo(event.pauseReason());
            assertThat(optional(row, "contact_id")).isEqualTo(event.contactId());
        });
    }

    @Test
    void instantsAreUtcWithWholeSeconds() {
        assertThat(read(DemoCsv.SURVEY_ANSWERS))
                .extracting(row -> row.getField("answered_at"))
                .allMatch(text -> text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
    }

    @Test
    void agentsListTheirSkillsAndShift() {
        var row = read(DemoCsv.AGENTS).stream()
                .filter(r -> r.getField("team").equals("Service & Sales"))
                .findFirst();
        assertThat(row).hasValueSatisfying(r -> {
            assertThat(r.getField("skills")).isEqualTo("sales;service");
            assertThat(r.getField("shift_length_minutes")).isEqualTo("510");
        });
    }

    @Test
    void flushesButDoesNotCloseTheWriter() throws IOException {
        var out = new QueueLogWriterTest.RecordingWriter();
        DemoCsv.QUEUES.write(DATA, out);
        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
        assertThat(out.text())
                .isEqualTo("name,channel,concurrency,service_level_threshold_seconds\r\n"
                        + "service,VOICE,1,20\r\nsales,VOICE,1,20\r\nchat,CHAT,2,60\r\n");
    }

    /** Reads a file back and checks each row against the record it was written from, in order. */
    private static <T> void eachRowWith(DemoCsv file, List<T> records, BiConsumer<NamedCsvRecord, T> check) {
        var rows = read(file);
        assertThat(rows).hasSameSizeAs(records);
        for (int i = 0; i < rows.size(); i++) {
            check.accept(rows.get(i), records.get(i));
        }
    }

    private static List<NamedCsvRecord> read(DemoCsv file) {
        return CsvReader.builder().ofNamedCsvRecord(StandardDemo.csv(file, DATA)).stream()
                .toList();
    }

    private static Optional<String> optional(NamedCsvRecord row, String field) {
        var value = row.getField(field);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
