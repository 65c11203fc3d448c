package org.switchboard.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.switchboard.server.support.SwitchboardIntegrationTest;

@SwitchboardIntegrationTest
class StartupReportIT {

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void everyDemoUserTheReportNamesSignsInWithThePasswordItPrints() {
        var usernames = StartupReport.demoUsernames().split(", ");

        assertThat(usernames).hasSize(7);
        assertThat(Arrays.stream(usernames)).allSatisfy(username -> assertThat(passwordEncoder.matches(
                        StartupReport.DEMO_PASSWORD, users.loadUserByUsername(username).getPassword()))
                .as("demo user %s signs in with '%s'", username, StartupReport.DEMO_PASSWORD)
                .isTrue());
    }
}
