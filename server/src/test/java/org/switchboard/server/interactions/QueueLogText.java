package org.switchboard.server.interactions;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Asterisk queue_log text for the import tests: answered calls of three lines each. */
final class QueueLogText {

    private final StringBuilder text = new StringBuilder();

    /**
     * Adds an answered call: ENTERQUEUE at {@code arrival}, CONNECT after {@code wait} seconds to agent
     * {@code PJSIP/201}, COMPLETECALLER after {@code talk} more seconds.
     */
    QueueLogText call(String id, String queue, long arrival, int wait, int talk) {
        text.append(arrival).append('|').append(id).append('|').append(queue)
                .append("|NONE|ENTERQUEUE||+4930").append(id.replace(".", "")).append("|1\n");
        text.append(arrival + wait).append('|').append(id).append('|').append(queue)
                .append("|PJSIP/201|CONNECT|").append(wait).append('|').append(id).append(".1|2\n");
        text.append(arrival + wait + talk).append('|').append(id).append('|').append(queue)
                .append("|PJSIP/201|COMPLETECALLER|").append(wait).append('|').append(talk).append("|1\n");
        return this;
    }

    /** Adds a line as it is. */
    QueueLogText line(String line) {
        text.append(line).append('\n');
        return this;
    }

    String text() {
        return text.toString();
    }

    InputStream stream() {
        return new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8));
    }

    long size() {
        return text().getBytes(StandardCharsets.UTF_8).length;
    }
}
