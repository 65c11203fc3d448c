package org.switchboard.engine.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CSV files of a demo data set, one constant per file, each written with a header row by
 * {@link #write(DemoDataSet, Writer)}.
 *
 * <p>Format: RFC 4180 (comma-separated, fields quoted only when needed, CRLF line ends), UTF-8 is up to the caller's
 * writer. Instants are ISO-8601 in UTC with whole seconds ({@code 2026-03-02T07:00:13Z}); absent values are empty
 * fields; booleans are {@code true}/{@code false}; sets are joined with {@code ;} in their iteration order; durations
 * are whole seconds or minutes as the column name says; amounts have two decimals and a dot.
 *
 * {@snippet :
 * for (var file : DemoCsv.values()) {
 *     try (var out = Files.newBufferedWriter(directory.resolve(file.fileName()))) {
 *         file.write(data, out);
 *     }
 * }
 * }
 */
public enum DemoCsv {

    /** {@code queues.csv}: name, channel, concurrency, service_level_threshold_seconds. */
    QUEUES("queues.csv", List.of("name", "channel", "concurrency", "service_level_threshold_seconds")) {
        @Override
        void writeRows(DemoDataSet data, CsvWriter csv) {
            for (var queue : data.queues()) {
                csv.writeRecord(
                        queue.name(),
                        queue.channel().name(),
                        Integer.toString(queue.concurrency()),
                        Long.toString(queue.serviceLevelThreshold().toSeconds()));
            }
        }
    },

    /**
     * {@code agents.csv}: id, name, team_id, team, skills ({@code ;}-joined queue names), shift_pattern, shift_start
     * (local {@code HH:mm}), shift_length_minutes, working_days ({@code ;}-joined, e.g. {@code MONDAY;TUESDAY}).
     */
    AGENTS(
            "agents.csv",
            List.of(
                    "id",
                    "name",
                    "team_id",
                    "team",
                    "skills",
                    "shift_pattern",
                    "shift_start",
                    "shift_length_minutes",
                    "working_days")) {
        @Override
        void writeRows(DemoDataSet data, CsvWriter csv) {
            var teamNames = data.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
            for (var agent : data.agents()) {
                var pattern = agent.shiftPattern();
                csv.writeRecord(
                        agent.id(),
                        agent.name(),
                        agent.teamId(),
                        teamNames.get(agent.teamId()),
                        String.join(";", agent.skills()),
                        pattern.name(),
                        pattern.start().toString(),
                        Long.toString(pattern.length().toMinutes()),
                        pattern.workingDays().stream().map(Enum::name).collect(Collectors.joining(";")));
            }
        }
    },

    /**
     * {@code schedule.csv}: agent_id, day (local date), activity, start, end. One {@code SHIFT} row per worked shift
     * (or {@code ABSENCE} when the agent was absent), followed by one row per planned pause, its activity the pause
     * reason ({@code BREAK}, {@code LUNCH}, {@code TRAINING}, {@code MEETING}).
     */
    SCHEDULE("schedule.csv", List.of("agent_id", "day", "activity", "start", "end")) {
        @Override
        void writeRows(DemoDataSet data, CsvWriter csv) {
            for (var shift : data.shifts()) {
                var day = shift.day().toString();
                csv.writeRecord(
                        shift.agentId(),
                        day,
                        shift.absent() ? "ABSENCE" : "SHIFT",
                        text(shift.start()),
                        text(shift.end()));
                for (var pause : shift.pauses()) {
                    csv.writeRecord(
                            shift.agentId(), day, pause.reason().name(), text(pause.start()), text(pause.end()));
                }
            }
        }
    },

    /**
     * {@code contacts.csv}: one row per {@link Contact}, the columns named after its components in snake case, plus
     * {@code transferred} and {@code sale} (derived flags).
     */
    CONTACTS(
            "contacts.csv",
            List.of(
                    "id",
                    "channel",
                    "queue",
                    "direction",
                    "customer_phone",
                    "arrived_at",
                    "answered_at",
                    "ended_at",
                    "wrap_up_ended_at",
                    "agent_id",
                    "disposition",
                    "reason",
                    "transferred",
                    "transferred_from",
                    "resolved",
                    "sale",
                    "revenue_eur")) {
        @Override
        void writeRows(DemoDataSet data, CsvWriter csv) {
            for (var contact : data.contacts()) {
                csv.writeRecord(
                        contact.id(),
                        contact.channel().name(),
                        contact.queue(),
                        contact.direction().name(),
                        contact.customerPhone(),
                        text(contact.arrivedAt()),
                        text(contact.answeredAt()),
                        text(contact.endedAt()),
                        text(contact.wrapUpEndedAt()),
                        contact.agentId().orElse(""),
                        contact.disposition().name(),
                        contact.reason().name(),
                        Boolean.toString(contact.isTransferred()),
                        contact.transferredFrom().orElse(""),
                        Boolean.toString(contact.resolved()),
                        Boolean.toString(contact.hasSale()),
                        contact.revenueEur()
                                .map(revenue -> revenue.toPlainString())
                                .orElse(""));
            }
        }
    },

    /** {@code agent-events.csv}: agent_id, at, state, pause_reason, contact_id. */
    AGENT_EVENTS("agent-events.csv", List.of("agent_id", "at", "state", "pause_reason", "contact_id")) {
        @Override
        void writeRows(DemoDataSet data, CsvWriter csv) {
            for (var event : data.agentEvents()) {
                csv.writeRecord(
                        event.agentId(),
                        text(event.at()),
                        event.state().name(),
                        event.pauseReason().map(Enum::name).orElse(""),
                        event.contactId().orElse(""));
            }
        }
    },

    /** {@code survey-answers.csv}: response_id, contact_id, answered_at, metric, scale_min, scale_max, value. */
    SURVEY_ANSWERS(
            "survey-answers.csv",
            List.of("response_id", "contact_id", "answered_at", "metric", "scale_min", "scale_max", "value")) {
        @Override
        void writeRows(DemoDataSet data, CsvWriter csv) {
            for (var answer : data.surveyAnswers()) {
                csv.writeRecord(
                        answer.responseId(),
                        answer.contactId(),
                        text(answer.answeredAt()),
                        answer.metric().name(),
                        Integer.toString(answer.scaleMin()),
                        Integer.toString(answer.scaleMax()),
                        Integer.toString(answer.value()));
            }
        }
    };

    private final String fileName;
    private final List<String> header;

    DemoCsv(String fileName, List<String> header) {
        this.fileName = fileName;
        this.header = header;
    }

    /** {@return the file's conventional name, e.g. {@code contacts.csv}} */
    public String fileName() {
        return fileName;
    }

    /** {@return the column names of the header row, in order} */
    public List<String> header() {
        return header;
    }

    /**
     * Writes the header row and one row per record. Flushes {@code out} but does not close it.
     *
     * @param data the data set
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public void write(DemoDataSet data, Writer out) throws IOException {
        var csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
        try {
            csv.writeRecord(header);
            writeRows(data, csv);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    abstract void writeRows(DemoDataSet data, CsvWriter csv);

    private static String text(Instant instant) {
        return instant.toString();
    }

    private static String text(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse("");
    }
}
