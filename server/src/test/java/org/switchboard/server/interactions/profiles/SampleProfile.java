package org.switchboard.server.interactions.profiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small contacts profile as the profile page posts it, and a CSV file it reads: semicolon-separated, local times
 * {@code yyyy-MM-dd HH:mm:ss}, channel and direction as constants, the outcome as Y/N translated to our codes.
 */
public final class SampleProfile {

    /** The header line of {@link #CSV}. */
    public static final String HEADER = "id;queue;arrived;answered;ended;agent;outcome";

    /**
     * Three rows: an answered call, an abandoned one, and one whose arrival ("yesterday") cannot be read. Local times
     * in Europe/Berlin, which is UTC+1 on 2 March 2026: 09:00 there is 08:00Z.
     */
    public static final String CSV = HEADER + "\n"
            + "r-1;sales;2026-03-02 09:00:00;2026-03-02 09:00:20;2026-03-02 09:05:00;a-1;Y\n"
            + "r-2;sales;2026-03-02 09:01:00;;2026-03-02 09:02:00;;N\n"
            + "r-3;sales;yesterday;;2026-03-02 09:02:00;;N\n";

    private SampleProfile() {}

    /** {@return the page's parameters of the profile, named {@code name}} */
    public static Map<String, String> parameters(String name) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("name", name);
        parameters.put("kind", "CONTACTS");
        column(parameters, "sourceId", "id");
        constant(parameters, "channel", "VOICE");
        column(parameters, "queue", "queue");
        constant(parameters, "direction", "INBOUND");
        column(parameters, "arrivedAt", "arrived");
        column(parameters, "answeredAt", "answered");
        column(parameters, "endedAt", "ended");
        column(parameters, "agentId", "agent");
        column(parameters, "disposition", "outcome");
        parameters.put("dateTimePatterns", "yyyy-MM-dd HH:mm:ss");
        parameters.put("datePattern", "ISO");
        parameters.put("timePattern", "ISO");
        parameters.put("zone", "Europe/Berlin");
        parameters.put("durationUnit", "SECONDS");
        parameters.put("durationUnits", "");
        parameters.put("translations", "disposition: Y = ANSWERED\ndisposition: N = ABANDONED");
        parameters.put("delimiter", ";");
        parameters.put("headerRow", "on");
        parameters.put("charset", "UTF-8");
        parameters.put("decimalSeparator", ".");
        return parameters;
    }

    private static void column(Map<String, String> parameters, String field, String column) {
        parameters.put("source." + field, "column");
        parameters.put("value." + field, column);
    }

    private static void constant(Map<String, String> parameters, String field, String value) {
        parameters.put("source." + field, "constant");
        parameters.put("value." + field, value);
    }
}
