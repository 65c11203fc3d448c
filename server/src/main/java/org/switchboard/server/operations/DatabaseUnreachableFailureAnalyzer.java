package org.switchboard.server.operations;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" at start-up into a short report instead of a stack trace: what went wrong,
 * the JDBC URL without its password, and what to check. Registered in {@code META-INF/spring.factories}.
 *
 * <p>It answers only when the failure chain holds an {@link SQLException} (so an unrelated network failure at
 * start-up keeps Boot's default report) and one of: a refused, unroutable or timed-out connection; an unknown host;
 * SQL state class {@code 08} (connection exception) or {@code 28} (invalid authorization); PostgreSQL's
 * {@code 3D000} (database does not exist); H2's error 90020 (database file in use by another process).
 */
final class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    /** H2 {@code ErrorCode.DATABASE_ALREADY_OPEN_1}: the database file is locked by another process. */
    static final int H2_DATABASE_IN_USE = 90020;

    private static final String CHECK_SETTINGS = "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD (or the spring.datasource.* properties)";

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        var chain = chain(failure);
        // the innermost one carries the driver's own words
        var sqlException = chain.stream()
                .filter(SQLException.class::isInstance)
                .map(SQLException.class::cast)
                .reduce((outer, inner) -> inner);
        if (sqlException.isEmpty()) {
            return null;
        }
        var reason = reason(chain);
        if (reason == null) {
            return null;
        }
        var url = environment.getProperty("spring.datasource.url");
        var description = """
                Switchboard cannot use its database: %s.
                    Database URL: %s
                    User:         %s
                    Driver said:  %s"""
                .formatted(
                        reason.explanation(),
                        url == null ? "(spring.datasource.url is not set)" : DatabaseUrl.withoutPassword(url),
                        environment.getProperty("spring.datasource.username", "(not set)"),
                        firstLine(sqlException.get().getMessage()));
        return new FailureAnalysis(description, reason.action(), failure);
    }

    private static @Nullable Reason reason(List<Throwable> chain) {
        if (has(chain, SQLException.class, e -> e.getErrorCode() == H2_DATABASE_IN_USE)) {
            return Reason.DATABASE_FILE_IN_USE;
        }
        if (has(chain, UnknownHostException.class, e -> true)) {
            return Reason.UNKNOWN_HOST;
        }
        if (has(chain, ConnectException.class, e -> true)
                || has(chain, NoRouteToHostException.class, e -> true)
                || has(chain, SocketTimeoutException.class, e -> true)) {
            return Reason.NOTHING_LISTENING;
        }
        var state = sqlState(chain);
        if (state.startsWith("28")) {
            return Reason.CREDENTIALS_REFUSED;
        }
        if (state.equals("3D000")) {
            return Reason.NO_SUCH_DATABASE;
        }
        if (state.startsWith("08")) {
            return Reason.CONNECTION_FAILED;
        }
        return null;
    }

    /** {@return the SQL state of the innermost SQLException that has one, or an empty string} */
    private static String sqlState(List<Throwable> chain) {
        var state = "";
        for (var cause : chain) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return state;
    }

    private static <T extends Throwable> boolean has(List<Throwable> chain, Class<T> type, Predicate<T> condition) {
        return chain.stream().filter(type::isInstance).map(type::cast).anyMatch(condition);
    }

    /** {@return the failure and its causes, outermost first, each once (cause chains can loop)} */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var chain = new ArrayList<Throwable>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        var end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private enum Reason {
        NOTHING_LISTENING(
                "nothing accepts connections at the database address",
                "Check that the database server is running and reachable from this machine (host, port, firewall), "
                        + "and that " + CHECK_SETTINGS + " name the right server."),
        UNKNOWN_HOST(
                "the database host name cannot be resolved",
                "Check the host name in SPRING_DATASOURCE_URL (or spring.datasource.url)."),
        CREDENTIALS_REFUSED(
                "the database refused the user name or password",
                "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (or spring.datasource.username and "
                        + "spring.datasource.password), and that the role may log in from this host."),
        NO_SUCH_DATABASE(
                "the database named in the URL does not exist on the server",
                "Create it (for PostgreSQL: CREATE DATABASE ... OWNER ...) or fix the database name in "
                        + "SPRING_DATASOURCE_URL."),
        CONNECTION_FAILED(
                "the connection to the database failed",
                "Check that the database server is running and reachable, and that " + CHECK_SETTINGS
                        + " are right."),
        DATABASE_FILE_IN_USE(
                "the embedded H2 database file is locked by another process",
                "Another Switchboard (or an H2 console) has this data folder open. Stop it, or start this one with "
                        + "another --data DIR.");

        private final String explanation;
        private final String action;

        Reason(String explanation, String action) {
            this.explanation = explanation;
            this.action = action;
        }

        String explanation() {
            return explanation;
        }

        String action() {
            return action;
        }
    }
}
