package org.switchboard.engine.interactions.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.RecordingSink;

/**
 * Real public exports from {@code shared/data/interactions/} (see the data README), each read through a profile
 * written for it; skipped with a message when the folder is absent.
 */
class MappingRealSamplesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    /**
     * The synthetic "PwC call centre" case: {@code Call Id,Date,Time,Agent,Department,Answered (Y/N),Resolved,Speed
     * of Answer,AvgTalkDuration,Satisfaction rating}; date dd-MM-yyyy and time in two columns, speed of answer in
     * seconds, talk as hh:mm:ss; the department is the queue; no time zone given (UTC assumed).
     */
    static MappingProfile pwc() {
        return MappingProfile.builder("PwC call centre", MappingKind.CONTACTS)
                .column(ContactField.SOURCE_ID, "Call Id")
                .constant(ContactField.CHANNEL, "VOICE")
                .column(ContactField.QUEUE, "Department")
                .constant(ContactField.DIRECTION, "INBOUND")
                .column(ContactField.ARRIVAL_DATE, "Date")
                .column(ContactField.ARRIVAL_TIME, "Time")
                .column(ContactField.WAIT_DURATION, "Speed of Answer")
                .column(ContactField.TALK_DURATION, "AvgTalkDuration")
                .column(ContactField.AGENT_ID, "Agent")
                .column(ContactField.DISPOSITION, "Answered (Y/N)")
                .translate(ContactField.DISPOSITION, "Y", "ANSWERED")
                .translate(ContactField.DISPOSITION, "N", "ABANDONED")
                .time(new TimeFormat(List.of(TimeFormat.ISO), "dd-MM-yyyy", "HH:mm:ss", ZoneOffset.UTC,
                        DurationUnit.SECONDS, Map.of(ContactField.TALK_DURATION, DurationUnit.CLOCK)))
                .build();
    }

    /**
     * The Elastix outcome export: {@code End Date,Phone,Status}, date dd/MM/yyyy only, Abandoned/Success, no id, no
     * queue, no agent: the id is the line ({@code <file>#<line>}; the file repeats identical rows, which are separate
     * calls, so a row hash would not do), queue and agent are constants, and the day's start stands for the time.
     */
    static MappingProfile elastix() {
        return MappingProfile.builder("Elastix call outcomes", MappingKind.CONTACTS)
                .source(ContactField.SOURCE_ID, new FieldSource.LineNumber())
                .constant(ContactField.CHANNEL, "VOICE")
                .constant(ContactField.QUEUE, "elastix")
                .constant(ContactField.DIRECTION, "INBOUND")
                .column(ContactField.CUSTOMER, "Phone")
                .column(ContactField.ARRIVED_AT, "End Date")
                .constant(ContactField.AGENT_ID, "unknown")
                .column(ContactField.DISPOSITION, "Status")
                .translate(ContactField.DISPOSITION, "Success", "ANSWERED")
                .translate(ContactField.DISPOSITION, "Abandoned", "ABANDONED")
                .time(new TimeFormat(List.of("dd/MM/yyyy"), TimeFormat.ISO, TimeFormat.ISO, ZoneOffset.UTC,
                        DurationUnit.SECONDS, Map.of()))
                .build();
    }

    static Optional<Path> sample(String file) {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/data/interactions").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static RecordingSink read(MappingProfile profile, String file) throws IOException {
        var path = sample(file);
        assumeThat(path).as("shared/data/interactions/%s not found above %s; test skipped", file,
                Path.of("").toAbsolutePath()).isPresent();
        var sink = new RecordingSink();
        try (var in = Files.newInputStream(path.get())) {
            var counts = new MappingReader(profile, CLOCK).readCsv(file, in, sink);
            assertThat(counts.rejected()).isZero();
        }
        return sink;
    }

    @Test
    void readsThePwcCaseMatchingItsHandCheckedFigures() throws IOException {
        var sink = read(pwc(), "pwc-call-center-2016-synthetic.csv");

        assertThat(sink.problems()).isEmpty();
        assertThat(sink.contacts()).hasSize(1772);
        var answered = sink.contacts().stream().filter(contact -> contact.disposition().isAnswered()).toList();
        // data README: answered 1 455 / 1 772, ASA 67.2 s (mean Speed of Answer of the answered rows: 67.2199 s)
        assertThat(answered).hasSize(1455);
        double asa = answered.stream().mapToLong(contact -> contact.waitTime().toSeconds()).average().orElseThrow();
        assertThat(asa).isCloseTo(67.2, within(0.05));
        // first data row: ID1771,31-01-2016,17:34:05,Jim,Fridge,Y,Y,91,00:02:59,3 (the file starts with a BOM)
        var first = sink.contacts().getFirst();
        assertThat(first.sourceId()).isEqualTo("ID1771");
        assertThat(first.queue()).isEqualTo("Fridge");
        assertThat(first.arrivedAt()).isEqualTo(Instant.parse("2016-01-31T17:34:05Z"));
        assertThat(first.waitTime()).isEqualTo(Duration.ofSeconds(91));
        assertThat(first.talkTime()).contains(Duration.ofSeconds(179));
        assertThat(first.agentId()).contains("Jim");
        assertThat(sink.contacts().stream().map(Interaction::queue).distinct().sorted().toList())
                .containsExactly("Air Conditioner", "Fridge", "Television", "Toaster", "Washing Machine");
    }

    @Test
    void readsTheElastixExportWithLineNumberIds() throws IOException {
        var sink = read(elastix(), "elastix-call-outcomes-2014.csv");

        assertThat(sink.problems()).isEmpty();
        // cut -d, -f3 | sort | uniq -c: 48 Abandoned, 301 Success
        assertThat(sink.contacts().stream()
                        .collect(Collectors.groupingBy(Interaction::disposition, Collectors.counting())))
                .containsOnly(Map.entry(Disposition.ABANDONED, 48L), Map.entry(Disposition.ANSWERED, 301L));
        var first = sink.contacts().getFirst();
        assertThat(first.sourceId()).isEqualTo("elastix-call-outcomes-2014.csv#2");
        assertThat(first.customer()).contains("555332118");
        assertThat(first.arrivedAt()).isEqualTo(Instant.parse("2014-01-22T00:00:00Z"));
    }
}
