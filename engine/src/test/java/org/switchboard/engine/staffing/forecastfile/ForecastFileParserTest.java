package org.switchboard.engine.staffing.forecastfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.staffing.forecastfile.ParseProblem.Reason;

class ForecastFileParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ForecastFileParser QUARTER_HOURS = ForecastFileParser.of(Duration.ofMinutes(15), BERLIN);

    private static ForecastFile csv(String text) {
        return QUARTER_HOURS.parse("forecast.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ForecastFile xlsx(byte[] bytes) {
        return QUARTER_HOURS.parse("forecast.xlsx", new ByteArrayInputStream(bytes));
    }

    @Nested
    class Csv {

        @Test
        void readsIsoAndSpaceSeparatedIntervalStartsAsBerlinTime() {
            var file = csv("""
                    interval_start,contacts,aht
                    2026-03-02T08:00,12,180
                    2026-03-02 08:15,14.5,175.5
                    2026-03-02 08:30:00,0,
                    """);

            assertThat(file.problems()).isEmpty();
            assertThat(file.isClean()).isTrue();
            assertThat(file.format()).isEqualTo(ForecastFile.Format.CSV);
            assertThat(file.rows())
                    .extracting(ForecastRow::line, ForecastRow::start, ForecastRow::contacts, ForecastRow::ahtSeconds)
                    .containsExactly(
                            tuple(2L, Instant.parse("2026-03-02T07:00:00Z"), 12.0, 180.0),
                            tuple(3L, Instant.parse("2026-03-02T07:15:00Z"), 14.5, 175.5),
                            tuple(4L, Instant.parse("2026-03-02T07:30:00Z"), 0.0, 0.0));
            assertThat(file.rows().getFirst().localStart()).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 0));
            assertThat(file.hasQueues()).isFalse();
        }

        @Test
        void headersAreCaseInsensitiveWithAliasesAndAByteOrderMark() {
            var file = csv("\uFEFFQueue,Interval,Calls,\"AHT (s)\",comment\r\n"
                    + "sales,2026-03-02T08:00,10,200,ignored\r\n"
                    + "service,2026-03-02T08:00,20,300,\r\n");

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows())
                    .extracting(ForecastRow::queue, ForecastRow::contacts, ForecastRow::ahtSeconds)
                    .containsExactly(tuple("sales", 10.0, 200.0), tuple("service", 20.0, 300.0));
            assertThat(file.hasQueues()).isTrue();
        }

        @Test
        void readsSeparateDateAndTimeColumns() {
            var file = csv("""
                    Date,Time,Volume,Handle_Time
                    2026-03-02,8:00,10,200
                    2026-03-02,08:15,11,210
                    """);

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows())
                    .extracting(ForecastRow::localStart)
                    .containsExactly(LocalDateTime.of(2026, 3, 2, 8, 0), LocalDateTime.of(2026, 3, 2, 8, 15));
        }

        @Test
        void readsSemicolonSeparatedFilesWithDecimalCommas() {
            var file = csv("""
                    datetime;contacts;aht
                    2026-03-02 08:00;12,5;180,25
                    """);

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows().getFirst().contacts()).isEqualTo(12.5);
            assertThat(file.rows().getFirst().ahtSeconds()).isEqualTo(180.25);
        }

        @Test
        void anOffsetOverridesTheCentreZone() {
            var file = csv("""
                    start,contacts,aht
                    2026-03-02T08:00Z,1,100
                    """);

            assertThat(file.rows().getFirst().start()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
            assertThat(file.rows().getFirst().localStart()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        }

        @Test
        void reportsEveryBadCellWithItsLineFieldAndValue() {
            var file = csv("""
                    interval_start,contacts,aht
                    2026-03-02T08:00,-3,180
                    2026-03-02T08:15,,180
                    2026-03-02T08:30,twelve,180
                    2026-03-02T08:45,12,0
                    2026-03-02T09:00,12,-5
                    2026-03-02T09:15,12,NaN
                    02/03/2026 09:30,12,180
                    2026-03-02T09:40,12,180
                    2026-03-02T10:00,12,180
                    2026-03-02T10:00,13,190
                    ,12,180
                    2026-03-02T10:15,12,
                    """);

            assertThat(file.problems())
                    .extracting(ParseProblem::line, ParseProblem::field, ParseProblem::value, ParseProblem::reason)
                    .containsExactly(
                            tuple(2L, ForecastField.CONTACTS, "-3", Reason.NEGATIVE),
                            tuple(3L, ForecastField.CONTACTS, "", Reason.MISSING_VALUE),
                            tuple(4L, ForecastField.CONTACTS, "twelve", Reason.NOT_A_NUMBER),
                            tuple(5L, ForecastField.AHT, "0", Reason.NOT_POSITIVE),
                            tuple(6L, ForecastField.AHT, "-5", Reason.NOT_POSITIVE),
                            tuple(7L, ForecastField.AHT, "NaN", Reason.NOT_A_NUMBER),
                            tuple(8L, ForecastField.INTERVAL_START, "02/03/2026 09:30", Reason.UNREADABLE_DATE_TIME),
                            tuple(9L, ForecastField.INTERVAL_START, "2026-03-02T09:40", Reason.OFF_GRID),
                            tuple(11L, ForecastField.INTERVAL_START, "2026-03-02T10:00", Reason.DUPLICATE_INTERVAL),
                            tuple(12L, ForecastField.INTERVAL_START, "", Reason.MISSING_VALUE),
                            tuple(13L, ForecastField.AHT, "", Reason.MISSING_VALUE));
            assertThat(file.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("forecast.csv"));
            assertThat(file.isClean()).isFalse();
            assertThat(file.rows()).extracting(ForecastRow::line).containsExactly(10L);
        }

        @Test
        void theSameIntervalInTwoQueuesIsNoDuplicate() {
            var file = csv("""
                    queue,interval_start,contacts,aht
                    sales,2026-03-02T08:00,1,100
                    service,2026-03-02T08:00,1,100
                    sales,2026-03-02T08:00,1,100
                    """);

            assertThat(file.problems())
                    .extracting(ParseProblem::line, ParseProblem::reason)
                    .containsExactly(tuple(4L, Reason.DUPLICATE_INTERVAL));
        }

        @Test
        void aLocalTimeSkippedBySummerTimeIsAProblem() {
            var file = csv("""
                    interval_start,contacts,aht
                    2026-03-29T02:15,1,100
                    2026-03-29T03:00,1,100
                    """);

            assertThat(file.problems())
                    .extracting(ParseProblem::line, ParseProblem::reason)
                    .containsExactly(tuple(2L, Reason.NONEXISTENT_LOCAL_TIME));
        }

        @Test
        void missingColumnsAreReportedOnTheHeaderLineAndStopReading() {
            var file = csv("""
                    when,contacts
                    2026-03-02T08:00,x
                    """);

            assertThat(file.problems())
                    .extracting(ParseProblem::line, ParseProblem::field, ParseProblem::reason)
                    .containsExactly(
                            tuple(1L, ForecastField.INTERVAL_START, Reason.MISSING_COLUMN),
                            tuple(1L, ForecastField.AHT, Reason.MISSING_COLUMN));
        }

        @Test
        void aDateColumnWithoutATimeColumnMayHoldTheWholeStart() {
            var file = csv("""
                    date,contacts,aht
                    2026-03-02 08:00,1,100
                    """);

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows().getFirst().localStart()).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 0));
        }

        @Test
        void anEmptyFileAndAHeaderWithoutRowsAreProblems() {
            assertThat(csv("").problems()).extracting(ParseProblem::reason).containsExactly(Reason.EMPTY_FILE);
            assertThat(csv("\n\n").problems()).extracting(ParseProblem::reason).containsExactly(Reason.EMPTY_FILE);
            assertThat(csv("interval,contacts,aht\n").problems())
                    .extracting(ParseProblem::reason)
                    .containsExactly(Reason.NO_ROWS);
        }

        @Test
        void readingStopsAfterAThousandProblems() {
            var text = new StringBuilder("interval,contacts,aht\n");
            for (int i = 0; i < 1_500; i++) {
                text.append("2026-03-02T08:00,bad,180\n");
            }

            var problems = csv(text.toString()).problems();

            assertThat(problems).hasSize(ForecastFileParser.MAX_PROBLEMS + 1);
            assertThat(problems.getLast().reason()).isEqualTo(Reason.TOO_MANY_PROBLEMS);
            assertThat(problems.getLast().line()).isEqualTo(1_002L);
        }

        @Test
        void anUnclosedQuoteMakesTheFileUnreadable() {
            var file = csv("interval,contacts,aht\n2026-03-02T08:00,\"12,180\n");

            assertThat(file.problems()).extracting(ParseProblem::reason).contains(Reason.UNREADABLE_FILE);
        }
    }

    @Nested
    class Xlsx {

        @Test
        void readsDateCellsTextCellsAndNumbers() throws IOException {
            var bytes = workbook(sheet -> {
                header(sheet, "Interval start", "Queue", "Contacts", "AHT");
                sheet.value(1, 0, LocalDateTime.of(2026, 3, 2, 8, 0));
                sheet.style(1, 0).format("yyyy-mm-dd hh:mm").set();
                sheet.value(1, 1, "sales");
                sheet.value(1, 2, 12);
                sheet.value(1, 3, 180.5);
                sheet.value(2, 0, "2026-03-02 08:15");
                sheet.value(2, 1, "sales");
                sheet.value(2, 2, "14");
                sheet.value(2, 3, 175);
            });

            var file = xlsx(bytes);

            assertThat(file.problems()).isEmpty();
            assertThat(file.format()).isEqualTo(ForecastFile.Format.XLSX);
            assertThat(file.rows())
                    .extracting(ForecastRow::line, ForecastRow::localStart, ForecastRow::queue, ForecastRow::contacts,
                            ForecastRow::ahtSeconds)
                    .containsExactly(
                            tuple(2L, LocalDateTime.of(2026, 3, 2, 8, 0), "sales", 12.0, 180.5),
                            tuple(3L, LocalDateTime.of(2026, 3, 2, 8, 15), "sales", 14.0, 175.0));
        }

        @Test
        void readsSeparateDateAndTimeCells() throws IOException {
            var bytes = workbook(sheet -> {
                header(sheet, "date", "time", "calls", "handle_time");
                sheet.value(1, 0, java.time.LocalDate.of(2026, 3, 2));
                sheet.value(1, 1, 8.5 / 24);
                sheet.style(1, 1).format("hh:mm").set();
                sheet.value(1, 2, 3);
                sheet.value(1, 3, 240);
            });

            var file = xlsx(bytes);

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows().getFirst().localStart()).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 30));
        }

        @Test
        void reportsBadCellsWithTheirRowNumbers() throws IOException {
            var bytes = workbook(sheet -> {
                header(sheet, "interval", "contacts", "aht");
                sheet.value(1, 0, "2026-03-02T08:00");
                sheet.value(1, 1, "n/a");
                sheet.value(1, 2, 180);
                sheet.value(3, 0, "2026-03-02T08:15");
                sheet.value(3, 1, 10);
                sheet.value(3, 2, 0);
            });

            var file = xlsx(bytes);

            assertThat(file.problems())
                    .extracting(ParseProblem::file, ParseProblem::line, ParseProblem::field, ParseProblem::value,
                            ParseProblem::reason)
                    .containsExactly(
                            tuple("forecast.xlsx", 2L, ForecastField.CONTACTS, "n/a", Reason.NOT_A_NUMBER),
                            tuple("forecast.xlsx", 4L, ForecastField.AHT, "0", Reason.NOT_POSITIVE));
        }

        @Test
        void aDamagedWorkbookIsUnreadable() {
            var bytes = new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8};

            assertThat(xlsx(bytes).problems()).extracting(ParseProblem::reason).containsExactly(Reason.UNREADABLE_FILE);
        }

        @Test
        void anOldBinaryWorkbookIsNotSupported() {
            var bytes = new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, 0};

            var file = xlsx(bytes);

            assertThat(file.problems()).extracting(ParseProblem::reason).containsExactly(Reason.UNSUPPORTED_FORMAT);
            assertThat(file.format()).isEqualTo(ForecastFile.Format.OTHER);
        }
    }

    @Test
    void theCallerKeepsTheStreamOpen() {
        var closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream("interval,contacts,aht\n2026-03-02T08:00,1,1\n".getBytes()) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        QUARTER_HOURS.parse("f.csv", in);

        assertThat(closed).isFalse();
    }

    @Test
    void theIntervalMustDivideADay() {
        assertThatThrownBy(() -> ForecastFileParser.of(Duration.ofMinutes(7), BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interval must be whole minutes dividing a day");
        assertThat(ForecastFileParser.of(Duration.ofMinutes(60), BERLIN)).isNotNull();
    }

    @Test
    void aProblemMessageNamesFileLineFieldValueAndReason() {
        var problem = new ParseProblem("f.csv", 7, ForecastField.CONTACTS, "-3", Reason.NEGATIVE);

        assertThat(problem.message()).isEqualTo("f.csv:7: contacts \"-3\": must not be negative");
    }

    /** Writes the cells of one sheet. */
    @FunctionalInterface
    interface SheetWriter {
        void write(Worksheet sheet);
    }

    static byte[] workbook(SheetWriter writer) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Switchboard", "1.0");
        writer.write(workbook.newWorksheet("Forecast"));
        workbook.finish();
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) {
            sheet.value(0, i, names[i]);
        }
    }
}
