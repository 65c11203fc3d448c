package org.switchboard.server.operations;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.switchboard.server.user.Role;

/**
 * Prints, once the server is ready, where to open it, which database it uses (password masked) and how to sign in.
 * The console is for the person who started it; the log file already has Boot's own start-up lines.
 */
@Component
class StartupReport {

    /** Password of the demo users, as created by the user module; {@code StartupReportIT} checks they match. */
    static final String DEMO_PASSWORD = "switchboard";

    private final Environment environment;
    private final PrintStream console;

    StartupReport(Environment environment) {
        this.environment = environment;
        this.console = System.out;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        var port = environment.getProperty("local.server.port", Integer.class);
        if (port == null || port < 0) {
            return; // no HTTP server in this context, or one that does not listen (import: server.port=-1)
        }
        console.println(text(
                port,
                environment.getProperty("spring.datasource.url", "(not set)"),
                environment.getProperty("switchboard.demo.enabled", Boolean.class, false)));
    }

    /**
     * {@return the report}
     *
     * @param port the HTTP port the server listens on
     * @param databaseUrl the JDBC URL, possibly with a password (it is masked)
     * @param demo whether the demo data and demo users are loaded
     */
    static String text(int port, String databaseUrl, boolean demo) {
        return """

                Switchboard is ready: http://localhost:%d/
                  Database: %s
                  Sign in:  %s
                """
                .formatted(port, DatabaseUrl.withoutPassword(databaseUrl), demo ? demoSignIn() : firstStartSignIn());
    }

    /** {@return the demo user names: one per role, the role's name in lower case} */
    static String demoUsernames() {
        return Arrays.stream(Role.values())
                .map(role -> role.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String demoSignIn() {
        return "users " + demoUsernames() + ", password " + DEMO_PASSWORD;
    }

    private static String firstStartSignIn() {
        return "as admin; the first start printed its password";
    }
}
