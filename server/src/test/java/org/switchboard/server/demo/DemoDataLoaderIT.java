package org.switchboard.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * The demo load of the test context (one week, seed 20260302) leaves its completion marker in {@code data_load}, so
 * that a restart says "already loaded" and stores nothing more.
 */
@SwitchboardIntegrationTest
@Tag("database")
class DemoDataLoaderIT {

    private static final String MARKER = """
            SELECT COUNT(*) FROM data_load
            WHERE source = 'demo' AND description = 'seed=20260302, weeks=1' AND status = 'COMPLETED'
              AND file_name IS NULL""";

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestartFindsTheDemoLoadedAndStoresNothingMore() {
        assertThat(count(MARKER)).isEqualTo(1);
        long loads = count("SELECT COUNT(*) FROM data_load");
        long surveyLoads = count("SELECT COUNT(*) FROM voice_load");
        long responses = count("SELECT COUNT(*) FROM voice_response WHERE source = 'demo'");

        loader.run(new DefaultApplicationArguments());

        assertThat(count(MARKER)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM data_load")).isEqualTo(loads);
        assertThat(count("SELECT COUNT(*) FROM voice_load")).isEqualTo(surveyLoads);
        assertThat(count("SELECT COUNT(*) FROM voice_response WHERE source = 'demo'")).isEqualTo(responses);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
