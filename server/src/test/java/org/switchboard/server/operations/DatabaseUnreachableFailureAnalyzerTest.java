package org.switchboard.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableFailureAnalyzerTest {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5999/nope?password=s3cret")
            .withProperty("spring.datasource.username", "switchboard");
    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(environment);

    @Test
    void explainsARefusedPostgresConnectionFromTheRealDriver() throws IOException {
        var failure = startupFailure(realPostgresFailure());

        var analysis = analyzer.analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .contains("nothing accepts connections at the database address")
                .contains("jdbc:postgresql://127.0.0.1:5999/nope?password=***")
                .contains("User:         switchboard")
                .contains("refused")
                .doesNotContain("s3cret");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD");
        assertThat(analysis.getCause()).isSameAs(failure);
    }

    @Test
    void explainsAnUnknownHost() {
        var failure = startupFailure(new SQLException(
                "The connection attempt failed.", "08001", new UnknownHostException("db.example.invalid")));

        assertThat(analyzer.analyze(failure).getDescription()).contains("host name cannot be resolved");
    }

    @Test
    void explainsRefusedCredentials() {
        var failure = startupFailure(
                new SQLException("FATAL: password authentication failed for user \"switchboard\"", "28P01"));

        var analysis = analyzer.analyze(failure);

        assertThat(analysis.getDescription()).contains("refused the user name or password");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void explainsAMissingDatabase() {
        var failure = startupFailure(new SQLException("FATAL: database \"nope\" does not exist", "3D000"));

        assertThat(analyzer.analyze(failure).getDescription()).contains("does not exist");
    }

    @Test
    void explainsAnH2FileLockedByAnotherProcess() {
        environment.setProperty("spring.datasource.url", "jdbc:h2:file:/srv/data/switchboard;DB_CLOSE_ON_EXIT=FALSE");
        var locked = DbException.get(ErrorCode.DATABASE_ALREADY_OPEN_1, "/srv/data/switchboard.mv.db")
                .getSQLException();

        var analysis = analyzer.analyze(startupFailure(locked));

        assertThat(analysis.getDescription())
                .contains("locked by another process")
                .contains("jdbc:h2:file:/srv/data/switchboard")
                .contains("Database may be already in use");
        assertThat(analysis.getAction()).contains("--data DIR");
    }

    @Test
    void leavesFailuresWithoutADatabaseCauseToBoot() {
        assertThat(analyzer.analyze(new BeanCreationException("x", "boom", new ConnectException("refused"))))
                .isNull();
        assertThat(analyzer.analyze(startupFailure(new SQLException("syntax error", "42601"))))
                .isNull();
    }

    @Test
    void survivesACauseChainThatLoops() {
        var outer = new SQLException("outer", "42000");
        var inner = new SQLException("inner", "42000", outer);
        outer.initCause(inner);

        assertThat(analyzer.analyze(outer)).isNull();
    }

    /** How Boot sees it: Flyway (or the JdbcClient) fails to get a connection while a bean is created. */
    private static BeanCreationException startupFailure(Throwable cause) {
        return new BeanCreationException(
                "flywayInitializer", "Unable to obtain connection from database", new IllegalStateException(cause));
    }

    /** A real PostgreSQL driver failure: connect to a local port nothing listens on. */
    private static SQLException realPostgresFailure() throws IOException {
        int freePort;
        try (var socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        try {
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + freePort + "/nope", "switchboard", "x")
                    .close();
        } catch (SQLException refused) {
            return refused;
        }
        throw new AssertionError("something listens on port " + freePort);
    }
}
