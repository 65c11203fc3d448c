package org.switchboard.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupReportTest {

    @Test
    void demoReportNamesTheUrlTheDatabaseAndEveryDemoUser() {
        var text = StartupReport.text(8080, "jdbc:h2:file:/srv/data/switchboard", true);

        assertThat(text)
                .contains("http://localhost:8080/")
                .contains("Database: jdbc:h2:file:/srv/data/switchboard")
                .contains("users admin, manager, planner, supervisor, qa, analyst, viewer, password switchboard");
    }

    @Test
    void reportWithoutDemoPointsToTheFirstStartPassword() {
        var text = StartupReport.text(9090, "jdbc:postgresql://db/sb?password=s3cret", false);

        assertThat(text)
                .contains("http://localhost:9090/")
                .contains("jdbc:postgresql://db/sb?password=***")
                .contains("as admin; the first start printed its password")
                .doesNotContain("s3cret");
    }
}
