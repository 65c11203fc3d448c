package org.switchboard.server.kpi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.interactions.facts.PeriodGrid;

class ReportPeriodTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 26);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void relativeChoicesResolveAroundToday() {
        assertThat(PeriodChoice.TODAY.resolve(THURSDAY, THURSDAY, THURSDAY)).isEqualTo(new ReportPeriod(THURSDAY, THURSDAY));
        assertThat(PeriodChoice.YESTERDAY.resolve(THURSDAY, THURSDAY, THURSDAY))
                .isEqualTo(new ReportPeriod(THURSDAY.minusDays(1), THURSDAY.minusDays(1)));
        assertThat(PeriodChoice.THIS_WEEK.resolve(THURSDAY, THURSDAY, THURSDAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 3, 23), THURSDAY));
        assertThat(PeriodChoice.LAST_WEEK.resolve(THURSDAY, THURSDAY, THURSDAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22)));
        assertThat(PeriodChoice.THIS_MONTH.resolve(THURSDAY, THURSDAY, THURSDAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 3, 1), THURSDAY));
        assertThat(PeriodChoice.fromSlug("last-week")).contains(PeriodChoice.LAST_WEEK);
        assertThat(PeriodChoice.fromSlug("fortnight")).isEmpty();
    }

    @Test
    void theDayTheClocksGoForwardHas23Hours() {
        // Sunday 29 March 2026: Berlin changes from CET to CEST at 02:00
        var day = new ReportPeriod(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));

        assertThat(Duration.between(day.from(BERLIN), day.to(BERLIN))).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void theChartsGetCoarserAndTheHeatMapFoldsWeekdaysAsThePeriodGrows() {
        assertThat(new ReportPeriod(THURSDAY, THURSDAY).seriesUnit()).isEqualTo(PeriodGrid.Unit.MINUTES_15);
        assertThat(new ReportPeriod(THURSDAY, THURSDAY.plusDays(1)).seriesUnit()).isEqualTo(PeriodGrid.Unit.MINUTES_30);
        assertThat(new ReportPeriod(THURSDAY, THURSDAY.plusDays(6)).seriesUnit()).isEqualTo(PeriodGrid.Unit.MINUTES_60);
        assertThat(new ReportPeriod(THURSDAY, THURSDAY.plusDays(7)).seriesUnit()).isEqualTo(PeriodGrid.Unit.DAY);
        assertThat(new ReportPeriod(THURSDAY, THURSDAY.plusDays(30)).heatMapByDate()).isTrue();
        assertThat(new ReportPeriod(THURSDAY, THURSDAY.plusDays(31)).heatMapByDate()).isFalse();
    }

    @Test
    void refusesABackwardOrTooLongPeriod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportPeriod(THURSDAY, THURSDAY.minusDays(1)))
                .withMessageContaining("before the first");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportPeriod(THURSDAY, THURSDAY.plusDays(367)))
                .withMessageContaining("longer than 367 days");
    }
}
