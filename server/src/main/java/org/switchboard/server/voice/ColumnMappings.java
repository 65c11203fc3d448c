package org.switchboard.server.voice;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The saved column mappings of response files, per survey ({@code voice_column_mapping}), as JSON properties. */
@Service
public class ColumnMappings {

    private static final TypeReference<Map<String, String>> PROPERTIES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ColumnMappings(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Saves the mapping under its name for the survey, replacing one of that name. */
    @Transactional
    public void save(long surveyId, ColumnMapping mapping, String actor) {
        jdbc.sql("DELETE FROM voice_column_mapping WHERE survey_id = ? AND name = ?")
                .params(surveyId, mapping.name())
                .update();
        jdbc.sql("""
                INSERT INTO voice_column_mapping (survey_id, name, definition, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(surveyId, mapping.name(), json.writeValueAsString(mapping.properties()), actor,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** {@return the survey's mapping of this name, if saved} */
    public Optional<ColumnMapping> find(long surveyId, String name) {
        return jdbc.sql("SELECT definition FROM voice_column_mapping WHERE survey_id = ? AND name = ?")
                .params(surveyId, name)
                .query(String.class)
                .optional()
                .map(definition -> ColumnMapping.of(name, json.readValue(definition, PROPERTIES)));
    }

    /** {@return the names of the survey's mappings, sorted} */
    public List<String> names(long surveyId) {
        return jdbc.sql("SELECT name FROM voice_column_mapping WHERE survey_id = ? ORDER BY name")
                .param(surveyId)
                .query(String.class)
                .list();
    }
}
