package org.switchboard.server.forecast.calendar;

import java.util.Locale;

/** The kinds of special day a calendar records (wfm.md "Forecasting"). */
public enum SpecialDayKind {
    /** A public holiday. */
    HOLIDAY,
    /** A marketing campaign or mailing. */
    CAMPAIGN,
    /** An outage of a service the customers use. */
    OUTAGE,
    /** The day bills are sent. */
    BILL_RUN;

    /** {@return the kind's slug for URLs and message keys, e.g. {@code bill-run}} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
