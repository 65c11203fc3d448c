package org.switchboard.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.switchboard.server.audit.AuditEntry;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.Role;
import org.switchboard.server.user.UserAccount;
import org.switchboard.server.user.UserAdministration;

/**
 * What the server does with bad or hostile input, seen over real HTTP as a browser sees it (error pages are rendered by
 * the servlet container, which MockMvc does not do): a wrong password, a missing or tampered form token, a role the
 * user lacks, an unknown language, session fixation, how passwords are stored, and that administrative writes are
 * audited. Demo users are only signed in with; anything that changes a user works on a user made for the test.
 */
@SwitchboardIntegrationTest
class SecurityBehaviourIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String DEMO_PASSWORD = "switchboard";
    private static final String PASSWORD = "long enough password";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Nested
    class SigningIn {

        @Test
        void aWrongPasswordLeadsBackToTheLoginPageWithTheTranslatedMessage() throws Exception {
            var browser = new FormClient(port);
            browser.get("/login?lang=ru");

            var answer = browser.signIn("admin", "not the password");

            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
            var page = browser.get("/login?error");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.document().select(".notice.error").text())
                    .isEqualTo(text("login.error", RUSSIAN))
                    .isEqualTo("Неверное имя пользователя или пароль.");
            assertNoInternals(page);
            assertThat(browser.get("/dashboard").location())
                    .as("still signed out")
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }

        @Test
        void anUnknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
            var answer = new FormClient(port).signIn(UniqueNames.of("nobody"), "whatever it is");

            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        @Test
        void theSessionIdChangesWhenSigningIn() throws Exception {
            var browser = new FormClient(port);
            browser.get("/login");
            var before = browser.sessionId().orElseThrow();

            var answer = browser.signIn("viewer", DEMO_PASSWORD);

            assertThat(answer.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
            var after = browser.sessionId().orElseThrow();
            assertThat(after).isNotEqualTo(before);
            assertThat(browser.get("/dashboard").status()).isEqualTo(200);
            var attacker = new FormClient(port);
            attacker.useSessionId(before);
            assertThat(attacker.get("/dashboard").location())
                    .as("the session id known before sign-in gives no access")
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }

        /**
         * The demo users and a user created and given a new password through the administration. (Repository tests
         * insert rows with placeholder hashes straight into the shared database, so not every row is checked.)
         */
        @Test
        void passwordsAreStoredAsBcryptHashes() {
            var created = newUser(Role.VIEWER);
            var reset = newUser(Role.VIEWER);
            users.resetPassword(reset.id(), "another long password");
            var demoUsers = List.of("admin", "manager", "planner", "supervisor", "qa", "analyst", "viewer");

            for (var username : demoUsers) {
                assertBcryptOf(username, DEMO_PASSWORD);
            }
            assertBcryptOf(created.username(), PASSWORD);
            assertBcryptOf(reset.username(), "another long password");
        }

        private void assertBcryptOf(String username, String password) {
            var hash = jdbc.sql("SELECT password_hash FROM user_account WHERE username = :username")
                    .param("username", username)
                    .query(String.class)
                    .single();
            assertThat(hash)
                    .as("stored hash of %s", username)
                    .matches("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}")
                    .doesNotContain(password);
            assertThat(new BCryptPasswordEncoder().matches(password, hash.substring("{bcrypt}".length())))
                    .as("bcrypt of %s matches the password", username)
                    .isTrue();
        }
    }

    @Nested
    class FormTokens {

        @Test
        void aPostWithoutTheTokenIsRefusedWithAnExplanation() throws Exception {
            var browser = signedIn("admin");
            var target = newUser(Role.VIEWER);
            var hashBefore = passwordHash(target);

            var page = browser.post(
                    "/admin/users/" + target.id() + "/password", Map.of("password", "a brand new password"));

            assertThat(page.status()).isEqualTo(403);
            assertThat(page.document().select("main").text())
                    .contains(text("error.csrf", Locale.ENGLISH))
                    .doesNotContain(text("error.forbidden", Locale.ENGLISH));
            assertNoInternals(page);
            assertThat(passwordHash(target)).isEqualTo(hashBefore);
        }

        /**
         * The hidden field holds 36 random bytes, then the 36 bytes of the token masked with them, in Base64url (96
         * characters). Flipping the top bit of the first random byte or of the first masked byte unmasks to bytes that
         * are not UTF-8; a low-bit change unmasks to a wrong but readable token; then a longer and a shorter field.
         */
        @Test
        void aPostWithATamperedTokenIsRefusedWithAnExplanation() throws Exception {
            var browser = signedIn("admin");
            var target = newUser(Role.VIEWER);
            var token = browser.get("/admin/users/" + target.id()).csrfToken();
            var tamperedTokens = List.of(
                    flipBitOfCharacterAt(token, 0, 32),
                    flipBitOfCharacterAt(token, 48, 32),
                    flipBitOfCharacterAt(token, 10, 1),
                    token + "AAAA",
                    token.substring(4));

            for (var tampered : tamperedTokens) {
                var page = browser.post(
                        "/admin/users/" + target.id(),
                        Map.of("displayName", "Tampered", "roles", "ADMIN", "enabled", "true", "_csrf", tampered));

                assertThat(page.status()).as("answer to token %s", tampered).isEqualTo(403);
                assertThat(page.document().select("main").text()).contains(text("error.csrf", Locale.ENGLISH));
                assertNoInternals(page);
            }
            assertThat(users.find(target.id()).orElseThrow().roles()).containsExactly(Role.VIEWER);
        }

        @Test
        void aStaleLoginFormIsRefusedInTheChosenLanguage() throws Exception {
            var browser = new FormClient(port);
            browser.get("/login?lang=ru");

            var page = browser.post(
                    "/login", Map.of("username", "admin", "password", DEMO_PASSWORD, "_csrf", "not-a-token"));

            assertThat(page.status()).isEqualTo(403);
            assertThat(page.document().select("main").text()).contains(text("error.csrf", RUSSIAN));
            assertNoInternals(page);
        }
    }

    @Test
    void aMissingRoleGivesTheForbiddenPage() throws Exception {
        var browser = signedIn("viewer");

        var page = browser.get("/admin/users");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().select("main").text())
                .contains(text("error.forbidden", Locale.ENGLISH))
                .doesNotContain(text("error.csrf", Locale.ENGLISH));
        assertNoInternals(page);
    }

    @Nested
    class Languages {

        @Test
        void anUnknownLanguageKeepsThePageInTheCurrentLanguageAndSaysSo() throws Exception {
            var browser = new FormClient(port);

            var english = browser.get("/login?lang=xx").document();

            assertThat(english.select("h1").text()).isEqualTo(text("login.title", Locale.ENGLISH));
            assertThat(english.select(".notice.warning").text())
                    .isEqualTo(text("language.unknown", Locale.ENGLISH, "xx"));

            browser.get("/login?lang=ru");
            var russian = browser.get("/login?lang=xx").document();

            assertThat(russian.select("h1").text()).isEqualTo("Вход");
            assertThat(russian.select(".notice.warning").text()).isEqualTo(text("language.unknown", RUSSIAN, "xx"));
        }

        @Test
        void theLoginPageSpeaksRussianWhenAsked() throws Exception {
            var page = new FormClient(port).get("/login?lang=ru").document();

            assertThat(page.select("html").attr("lang")).isEqualTo("ru");
            assertThat(page.select("h1").text()).isEqualTo(text("login.title", RUSSIAN)).isEqualTo("Вход");
            assertThat(page.select("form button[type=submit]").text()).isEqualTo(text("login.submit", RUSSIAN));
            assertThat(page.select(".notice.warning")).isEmpty();
        }

        @Test
        void theLanguageChosenIsKeptWithTheUserForTheNextSession() throws Exception {
            var account = newUser(Role.ANALYST);
            var first = new FormClient(port);
            first.signIn(account.username(), PASSWORD);

            var chinese = first.get("/dashboard?lang=zh-CN").document();

            assertThat(chinese.select("h1").text()).isEqualTo(text("section.dashboard.title", Locale.SIMPLIFIED_CHINESE));
            assertThat(users.find(account.id()).orElseThrow().language()).isEqualTo("zh-CN");

            var second = new FormClient(port);
            var answer = second.signIn(account.username(), PASSWORD);
            var page = second.get(answer.location().orElseThrow()).document();

            assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
            assertThat(page.select("h1").text())
                    .isEqualTo(text("section.dashboard.title", Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("仪表板");
        }
    }

    @Nested
    class Audit {

        @Test
        void everyAdministrativeWriteLeavesAnAuditEntryNamingWhoAndWhat() throws Exception {
            var since = Instant.now().minusSeconds(1);
            var admin = signedIn("admin");
            var username = UniqueNames.of("audited");

            var created = admin.submit("/admin/users/new", "/admin/users", Map.of(
                    "username", username, "displayName", "Audited", "password", PASSWORD, "roles", "VIEWER"));
            var id = users.findByUsername(username).orElseThrow().id();
            var updated = admin.submit("/admin/users/" + id, "/admin/users/" + id, Map.of(
                    "displayName", "Audited Again", "enabled", "true", "roles", "ANALYST"));
            var reset = admin.submit("/admin/users/" + id, "/admin/users/" + id + "/password", Map.of(
                    "password", "another long password"));

            assertThat(created.status()).isEqualTo(302);
            assertThat(updated.status()).isEqualTo(302);
            assertThat(reset.status()).isEqualTo(302);
            assertThat(entriesFor(username, since))
                    .extracting(AuditEntry::actor, AuditEntry::action)
                    .containsExactly(
                            tuple("admin", "USER_PASSWORD_RESET"),
                            tuple("admin", "USER_UPDATED"),
                            tuple("admin", "USER_CREATED"));
            assertThat(entriesFor(username, since))
                    .extracting(AuditEntry::details)
                    .noneSatisfy(details -> assertThat(details).contains("another long password"));
        }

        @Test
        void aRejectedWriteLeavesNoAuditEntry() throws Exception {
            var since = Instant.now().minusSeconds(1);
            var admin = signedIn("admin");
            var target = newUser(Role.VIEWER);

            var page = admin.submit("/admin/users/" + target.id(), "/admin/users/" + target.id(), Map.of(
                    "displayName", "", "enabled", "true"));

            assertThat(page.status()).isEqualTo(200);
            assertThat(entriesFor(target.username(), since))
                    .extracting(AuditEntry::action)
                    .containsExactly("USER_CREATED");
        }
    }

    private FormClient signedIn(String username) throws Exception {
        var browser = new FormClient(port);
        var answer = browser.signIn(username, DEMO_PASSWORD);
        assertThat(answer.location()).as("sign-in of %s", username).hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error"));
        return browser;
    }

    private UserAccount newUser(Role role) {
        return users.create(UniqueNames.of("target"), "Test Target", PASSWORD, EnumSet.of(role));
    }

    private String passwordHash(UserAccount account) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id")
                .param("id", account.id())
                .query(String.class)
                .single();
    }

    /** {@return the audit entries about a user since an instant, newest first} */
    private List<AuditEntry> entriesFor(String username, Instant since) {
        return auditLog.latest(500).stream()
                .filter(e -> username.equals(e.targetId()) && !e.occurredAt().isBefore(since))
                .toList();
    }

    /** {@return the token with one bit flipped in the 6-bit value of one Base64url character} */
    private static String flipBitOfCharacterAt(String token, int index, int bit) {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var flipped = alphabet.charAt(alphabet.indexOf(token.charAt(index)) ^ bit);
        return token.substring(0, index) + flipped + token.substring(index + 1);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    private static void assertNoInternals(FormClient.Page page) {
        assertThat(page.body())
                .as("no stack trace or exception on the page")
                .doesNotContain("Exception", "\tat ", "at org.", "at java.", "Whitelabel", "\"trace\"");
    }
}
