package org.switchboard.server.interactions;

import java.util.Optional;

/** The format of interaction data handed to the {@link Importer}. */
public enum ImportFormat {

    /** Asterisk {@code queue_log} text: pipe-separated lines as app_queue writes them. */
    QUEUE_LOG,
    /** Comma-separated values read with a column mapping profile. */
    CSV,
    /** An Excel workbook (.xlsx) read with a column mapping profile. */
    XLSX,
    /** Records that arrive already parsed (the JSON API): {@link Importer#importRecords}. */
    JSON;

    /** {@return the name on the command line and in the API: lower case, {@code -} for {@code _}, e.g. {@code queue-log}} */
    public String slug() {
        return Slugs.of(this);
    }

    /**
     * {@return the format of a slug, if it names one}
     *
     * @param slug e.g. {@code queue-log}, {@code csv}; case does not matter
     */
    public static Optional<ImportFormat> fromSlug(String slug) {
        return Slugs.find(values(), slug);
    }

    /** {@return whether the format needs a column mapping profile: {@link #CSV} and {@link #XLSX}} */
    public boolean needsMapping() {
        return this == CSV || this == XLSX;
    }
}
