package org.switchboard.server.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring test configuration of the server's integration tests ({@code *IT}), so that every test shares one
 * cached application context: a real HTTP port (for the browser test), MockMvc, the demo users and a one-week demo
 * data set. Do not add other context-changing annotations ({@code @MockitoBean}, {@code @TestPropertySource}, ...)
 * to a test class: each variation starts another context.
 *
 * <p>Database: an in-memory H2 by default. When the system property {@code switchboard.test.datasource.url} (or the
 * environment variable {@code SWITCHBOARD_TEST_DATASOURCE_URL}) is set, the context uses that database instead, with
 * {@code switchboard.test.datasource.username} and {@code .password}. The Failsafe execution {@code postgres} of
 * {@code server/pom.xml} sets them from {@code SWITCHBOARD_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}
 * and runs the tests tagged {@code @Tag("database")} there (repository and migration tests); it exists only when
 * {@code SWITCHBOARD_TEST_POSTGRES_URL} is set. The database is shared by all tests of a run: use unique names
 * ({@link UniqueNames}) or roll back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.data-dir=target/it-data",
            "spring.datasource.url=${switchboard.test.datasource.url:jdbc:h2:mem:switchboard;DB_CLOSE_DELAY=-1}",
            "spring.datasource.username=${switchboard.test.datasource.username:sa}",
            "spring.datasource.password=${switchboard.test.datasource.password:}",
            "switchboard.demo.enabled=true",
            "switchboard.demo.weeks=1"
        })
@AutoConfigureMockMvc
public @interface SwitchboardIntegrationTest {}
