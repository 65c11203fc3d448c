package org.switchboard.server.forecast.versions;

import java.util.Locale;

/** Where the history of a forecast came from. */
public enum HistorySource {
    /** The queue's interval facts, built from the imported contacts. */
    FACTS,
    /** A history file ({@code timestamp,volume[,aht]}) uploaded with the request. */
    UPLOAD;

    /** {@return the value stored in {@code forecast_version.history_source}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the source stored as {@code code}}
     *
     * @throws IllegalArgumentException if no source has this code
     */
    public static HistorySource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
