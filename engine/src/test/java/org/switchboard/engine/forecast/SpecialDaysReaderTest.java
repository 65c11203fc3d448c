package org.switchboard.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SpecialDaysReaderTest {

    @Test
    void readsKindsWithAndWithoutAnEffect() throws IOException {
        var parse = SpecialDaysReader.read(
                new StringReader("date,kind,effect_percent\n1999-09-21,Holiday,-100\n1999-11-15,bill_run,\n"),
                "days.csv");

        assertThat(parse.problems()).isEmpty();
        assertThat(parse.days())
                .containsExactly(
                        new SpecialDay(LocalDate.of(1999, 9, 21), SpecialDayKind.HOLIDAY, OptionalDouble.of(-100)),
                        new SpecialDay(LocalDate.of(1999, 11, 15), SpecialDayKind.BILL_RUN, OptionalDouble.empty()));
    }

    @Test
    void reportsEveryBadLineWithItsField() throws IOException {
        var parse = SpecialDaysReader.read(
                new StringReader(
                        """
                        date,kind,effect_percent
                        1999-13-01,holiday,
                        1999-12-01,outage,lots
                        1999-12-02,campaign,-120
                        1999-12-03,picnic,
                        1999-12-04,holiday,
                        1999-12-04,outage,
                        """),
                "days.csv");

        assertThat(parse.problems())
                .extracting(p -> p.line() + " " + p.field() + " " + p.value())
                .containsExactly(
                        "2 date 1999-13-01",
                        "3 effect_percent lots",
                        "4 effect_percent -120",
                        "5 kind picnic",
                        "7 date 1999-12-04");
        assertThat(parse.problems().getLast().reason()).isEqualTo("date already given on line 6");
        assertThat(parse.days()).singleElement().extracting(SpecialDay::kind).isEqualTo(SpecialDayKind.HOLIDAY);
    }
}
