package org.switchboard.server.user;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the accounts a new installation needs. With demo data: one demo user per role, all with the password
 * {@value #DEMO_PASSWORD} (documented in the README). Without: on the very first start, one {@code admin} with a random
 * password, printed once to the console and never written to the log file.
 */
@Component
@Order(0)
class FirstStartAccounts implements ApplicationRunner {

    /** Password of every demo user. */
    static final String DEMO_PASSWORD = "switchboard";

    private final UserAdministration users;
    private final boolean demo;
    private final PrintStream console;

    FirstStartAccounts(UserAdministration users, @Value("${switchboard.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.demo = demo;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            createDemoUsers();
        } else if (!users.hasUsers()) {
            createFirstAdministrator();
        }
    }

    private void createDemoUsers() {
        Arrays.stream(Role.values()).forEach(role -> {
            var username = role.name().toLowerCase(Locale.ROOT);
            if (users.findByUsername(username).isEmpty()) {
                users.create(username, demoDisplayName(role), DEMO_PASSWORD, EnumSet.of(role));
            }
        });
        console.println("Demo users (password '" + DEMO_PASSWORD + "'): admin, manager, planner, supervisor, qa, "
                + "analyst, viewer - one per role.");
    }

    private void createFirstAdministrator() {
        var password = users.randomPassword();
        users.create("admin", "Administrator", password, EnumSet.of(Role.ADMIN));
        console.println("""

                ==============================================================
                 First start: created user 'admin' with password
                     %s
                 It is shown only this once. Sign in and change it under
                 Administration > Users.
                ==============================================================
                """.formatted(password));
    }

    private static String demoDisplayName(Role role) {
        var name = role.name();
        return "Demo " + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
