package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * Flyway applied every migration script of {@code db/migration} to the test database, and every table the scripts
 * create is there. Runs on H2 in the default Failsafe run and on PostgreSQL in the {@code postgres} run (tag
 * {@code database}), which is what keeps the scripts portable.
 */
@SwitchboardIntegrationTest
@Tag("database")
class MigrationIT {

    private static final Pattern SCRIPT_VERSION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)\"?");
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)\\bDROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?\"?(\\w+)\"?");

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Test
    void everyScriptIsAppliedSuccessfullyAndNothingIsPending() throws IOException {
        var info = flyway.info();

        assertThat(info.pending()).extracting(MigrationInfo::getScript).isEmpty();
        assertThat(info.applied())
                .isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState())
                        .as(migration.getScript())
                        .isEqualTo(MigrationState.SUCCESS));
        assertThat(Arrays.stream(info.applied()).map(MigrationInfo::getVersion))
                .containsAll(scriptVersions());
        assertThat(flyway.validateWithResult().validationSuccessful)
                .as("checksums of the applied scripts match the files")
                .isTrue();
    }

    @Test
    void everyTableTheScriptsCreateExists() throws IOException, SQLException {
        var expected = new TreeSet<String>();
        for (var script : scripts()) {
            var sql = script.getContentAsString(StandardCharsets.UTF_8);
            CREATE_TABLE.matcher(sql).results().forEach(m -> expected.add(m.group(1).toLowerCase(Locale.ROOT)));
            DROP_TABLE.matcher(sql).results().forEach(m -> expected.remove(m.group(1).toLowerCase(Locale.ROOT)));
        }

        assertThat(expected).contains("user_account", "user_role", "audit_log");
        assertThat(tablesInDatabase()).containsAll(expected);
    }

    @Test
    void theRetiredSurveyAnswerTableIsDropped() throws SQLException {
        // V018: customer-voice data lives in the voice_* tables; V003's survey_answer is gone
        assertThat(tablesInDatabase()).contains("voice_response", "data_load").doesNotContain("survey_answer");
    }

    private static Resource[] scripts() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
    }

    private static Set<MigrationVersion> scriptVersions() throws IOException {
        var versions = new HashSet<MigrationVersion>();
        for (var script : scripts()) {
            var matcher = SCRIPT_VERSION.matcher(String.valueOf(script.getFilename()));
            if (matcher.matches()) {
                versions.add(MigrationVersion.fromVersion(matcher.group(1).replace('_', '.')));
            }
        }
        return versions;
    }

    private Set<String> tablesInDatabase() throws SQLException {
        var tables = new HashSet<String>();
        try (var connection = dataSource.getConnection();
                var rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
