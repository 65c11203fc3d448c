package org.switchboard.server.voice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many customer survey responses the voice module holds ({@code voice_response}: one row per response, whatever
 * its source, survey or link to a contact), for overviews outside the module such as the home dashboard. Staff pulse
 * answers ({@code voice_staff_answer}) are not customer responses and are not counted: they are anonymous answers per
 * question, not responses.
 */
@Service
public class ResponsesHeld {

    private final JdbcClient jdbc;

    ResponsesHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@return the number of customer survey responses held} */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM voice_response").query(Long.class).single();
    }
}
