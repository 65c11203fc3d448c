package org.switchboard.engine.interactions.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.RecordingSink;

/** The .xlsx path shares the row → record step with CSV: the same rows give the same contacts and problems. */
class XlsxMappingTest {

    /** Date and time in two columns, durations as numbers and as clock text, like the PwC export. */
    private static MappingProfile profile() {
        return MappingProfile.builder("sheet", MappingKind.CONTACTS)
                .column(ContactField.SOURCE_ID, "id")
                .constant(ContactField.CHANNEL, "VOICE")
                .column(ContactField.QUEUE, "queue")
                .constant(ContactField.DIRECTION, "INBOUND")
                .column(ContactField.ARRIVAL_DATE, "date")
                .column(ContactField.ARRIVAL_TIME, "time")
                .column(ContactField.WAIT_DURATION, "wait")
                .column(ContactField.TALK_DURATION, "talk")
                .column(ContactField.AGENT_ID, "agent")
                .column(ContactField.DISPOSITION, "answered")
                .translate(ContactField.DISPOSITION, "Y", "ANSWERED")
                .translate(ContactField.DISPOSITION, "N", "ABANDONED")
                .time(new TimeFormat(List.of(TimeFormat.ISO), "dd-MM-yyyy", "HH:mm:ss", java.time.ZoneOffset.UTC,
                        DurationUnit.SECONDS, Map.of(ContactField.TALK_DURATION, DurationUnit.CLOCK)))
                .build();
    }

    private static final String CSV = """
            id,queue,date,time,wait,talk,agent,answered
            c1,Fridge,31-01-2016,17:34:05,91,00:02:59,Jim,Y
            c2,Toaster,31-01-2016,17:08:10,,,Dan,N
            c3,Toaster,31-01-2016,17:09:00,x,,Dan,Y
            """;

    /**
     * The same rows as {@link #CSV}, typed as a spreadsheet program stores them: the date and time as date-formatted
     * serial numbers, the wait as a number, the talk as text.
     */
    private static byte[] workbook() throws IOException {
        var bytes = new ByteArrayOutputStream();
        var workbook = new Workbook(bytes, "switchboard-test", "1.0");
        var sheet = workbook.newWorksheet("calls");
        var header = List.of("id", "queue", "date", "time", "wait", "talk", "agent", "answered");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        row(sheet, 1, "c1", "Fridge", LocalDateTime.of(2016, 1, 31, 17, 34, 5), 91, "00:02:59", "Jim", "Y");
        row(sheet, 2, "c2", "Toaster", LocalDateTime.of(2016, 1, 31, 17, 8, 10), null, null, "Dan", "N");
        sheet.value(3, 0, "c3");
        sheet.value(3, 1, "Toaster");
        sheet.value(3, 2, LocalDate.of(2016, 1, 31));
        sheet.style(3, 2).format("dd-mm-yyyy").set();
        sheet.value(3, 3, "17:09:00");
        sheet.value(3, 4, "x");
        sheet.value(3, 6, "Dan");
        sheet.value(3, 7, "Y");
        workbook.finish();
        return bytes.toByteArray();
    }

    private static void row(org.dhatim.fastexcel.Worksheet sheet, int r, String id, String queue,
            LocalDateTime arrival, Integer wait, String talk, String agent, String answered) {
        sheet.value(r, 0, id);
        sheet.value(r, 1, queue);
        sheet.value(r, 2, arrival.toLocalDate());
        sheet.style(r, 2).format("dd-mm-yyyy").set();
        sheet.value(r, 3, (arrival.toLocalTime().toSecondOfDay()) / 86_400.0);
        sheet.style(r, 3).format("hh:mm:ss").set();
        if (wait != null) {
            sheet.value(r, 4, wait);
        }
        if (talk != null) {
            sheet.value(r, 5, talk);
        }
        sheet.value(r, 6, agent);
        sheet.value(r, 7, answered);
    }

    @Test
    void aWorkbookGivesTheSameContactsAndProblemsAsTheCsvOfTheSameRows() throws IOException {
        var reader = new MappingReader(profile(), MappingReaderTest.CLOCK);
        var fromCsv = new RecordingSink();
        reader.readCsv("calls", new ByteArrayInputStream(CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                fromCsv);
        var fromXlsx = new RecordingSink();
        var counts = reader.readXlsx("calls", new ByteArrayInputStream(workbook()), fromXlsx);

        assertThat(counts).isEqualTo(new ReadCounts(3, 2, 1));
        assertThat(fromCsv.contacts()).hasSize(2);
        assertThat(fromXlsx.contactLines()).isEqualTo(fromCsv.contactLines());
        // spreadsheet row 4 is line 4 of the CSV as well
        assertThat(fromXlsx.problems())
                .isEqualTo(fromCsv.problems())
                .containsExactly(new InputProblem("calls", 4, "wait", "x", "not a duration in SECONDS"));
    }

    @Test
    void recognisesDateAndTimeNumberFormats() {
        assertThat(List.of("dd-mm-yyyy", "hh:mm:ss", "yyyy-mm-dd h:mm", "[$-409]mmm d", "m/d/yy"))
                .allMatch(XlsxRows::isDateFormat);
        assertThat(List.of("General", "0.00", "#,##0", "\"days\" 0", "[Red]0"))
                .noneMatch(XlsxRows::isDateFormat);
    }
}
