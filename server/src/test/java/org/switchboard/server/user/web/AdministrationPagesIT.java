package org.switchboard.server.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.Role;
import org.switchboard.server.user.UserAccount;
import org.switchboard.server.user.UserAdministration;

/**
 * The administration pages as an administrator uses them: list, create, edit, reset a password, read the audit log.
 * Every test creates its own users ({@link UniqueNames}); the demo users are only read.
 */
@SwitchboardIntegrationTest
class AdministrationPagesIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String PASSWORD = "long enough password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Value("${switchboard.time-zone}")
    ZoneId timeZone;

    @Test
    void theLandingPageLinksToUsersAndTheAuditLog() throws Exception {
        var page = page(asAdmin(get("/admin")));

        assertThat(page.select("main a").eachAttr("href")).contains("/admin/users", "/admin/audit");
        assertThat(page.select("h1").text()).isEqualTo(text("section.administration.title", Locale.ENGLISH));
    }

    @Test
    void theUserListShowsNamesRolesStatusAndLanguage() throws Exception {
        var username = UniqueNames.of("listed");
        var account = users.create(username, "Listed Person", PASSWORD, EnumSet.of(Role.QA, Role.ANALYST));
        users.update(account.id(), "Listed Person", false, account.roles());
        users.rememberLanguage(username, "zh-CN");

        var row = page(asAdmin(get("/admin/users"))).select("tr:has(a[href=/admin/users/" + account.id() + "])");

        assertThat(row.select("td").eachText())
                .containsExactly(
                        username,
                        "Listed Person",
                        text("role.qa", Locale.ENGLISH) + " " + text("role.analyst", Locale.ENGLISH),
                        text("user.enabled.no", Locale.ENGLISH),
                        text("language.zh-CN", Locale.ENGLISH));
    }

    @Nested
    class CreatingAUser {

        @Test
        void createsTheUserAndRedirectsToTheListWithANotice() throws Exception {
            var username = UniqueNames.of("new");

            mvc.perform(asAdmin(post("/admin/users"))
                            .with(csrf())
                            .param("username", username)
                            .param("displayName", "Nina New")
                            .param("password", PASSWORD)
                            .param("roles", "PLANNER", "QA"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/users"))
                    .andExpect(flash().attribute("notice", "user.created"))
                    .andExpect(flash().attribute("noticeArgument", username));

            var account = users.findByUsername(username).orElseThrow();
            assertThat(account.displayName()).isEqualTo("Nina New");
            assertThat(account.enabled()).isTrue();
            assertThat(account.roles()).containsExactlyInAnyOrder(Role.PLANNER, Role.QA);
            mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
        }

        @Test
        void theNoticeAfterTheRedirectIsTranslated() throws Exception {
            var page = page(asAdmin(get("/admin/users"))
                    .locale(RUSSIAN)
                    .flashAttr("notice", "user.created")
                    .flashAttr("noticeArgument", "nina"));

            assertThat(page.select("[role=status]").text())
                    .isEqualTo(text("user.created", RUSSIAN, "nina"))
                    .isEqualTo("Пользователь nina создан.");
        }

        @Test
        void anInvalidFormComesBackWithEveryReasonNextToItsFieldInTheUsersLanguage() throws Exception {
            var result = mvc.perform(asAdmin(post("/admin/users"))
                            .with(csrf())
                            .locale(RUSSIAN)
                            .param("username", "Not Valid")
                            .param("displayName", " ")
                            .param("password", "short"))
                    .andExpect(status().isOk())
                    .andExpect(view().name("user/new"))
                    .andReturn();
            var page = Jsoup.parse(result.getResponse().getContentAsString());

            assertThat(fieldError(page, "username")).isEqualTo(text("user.error.username-format", RUSSIAN));
            assertThat(fieldError(page, "displayName")).isEqualTo(text("user.error.display-name", RUSSIAN));
            assertThat(fieldError(page, "password")).isEqualTo(text("user.error.password-short", RUSSIAN));
            assertThat(page.select("fieldset.roles .field-error").text()).isEqualTo("Выберите хотя бы одну роль.");
            assertThat(page.select("#username").val()).as("the entered user name is kept").isEqualTo("Not Valid");
            assertThat(page.select("#password").val()).as("a password is never sent back").isEmpty();
            assertThat(page.text()).doesNotContain("Exception", "{user.error");
            assertThat(users.findByUsername("Not Valid")).isEmpty();
        }

        @Test
        void aTakenUserNameIsReportedOnTheUserNameField() throws Exception {
            var page = page(asAdmin(post("/admin/users"))
                    .with(csrf())
                    .param("username", "viewer")
                    .param("displayName", "Second Viewer")
                    .param("password", PASSWORD)
                    .param("roles", "VIEWER"));

            assertThat(fieldError(page, "username"))
                    .isEqualTo(text("user.error.username-taken", Locale.ENGLISH, "viewer"))
                    .isEqualTo("The user name viewer is already taken.");
            assertThat(users.findByUsername("viewer").orElseThrow().displayName()).isNotEqualTo("Second Viewer");
        }
    }

    @Nested
    class EditingAUser {

        @Test
        void theFormShowsTheCurrentValues() throws Exception {
            var account = newUser(Role.SUPERVISOR, Role.QA);

            var page = page(asAdmin(get("/admin/users/" + account.id())));

            assertThat(page.select("h1").text()).contains(account.username());
            assertThat(page.select("#displayName").val()).isEqualTo("Edna Edit");
            assertThat(page.select("input[name=enabled]").hasAttr("checked")).isTrue();
            assertThat(page.select("input[name=roles][checked]").eachAttr("value"))
                    .containsExactlyInAnyOrder("SUPERVISOR", "QA");
            assertThat(page.select("form").eachAttr("action"))
                    .contains("/admin/users/" + account.id(), "/admin/users/" + account.id() + "/password");
        }

        @Test
        void savesNameEnabledAndRolesAndComesBackWithANotice() throws Exception {
            var account = newUser(Role.SUPERVISOR);

            // an unticked "enabled" box is not sent at all: the user is disabled
            mvc.perform(asAdmin(post("/admin/users/" + account.id()))
                            .with(csrf())
                            .param("displayName", "Edna Renamed")
                            .param("_enabled", "on")
                            .param("roles", "ANALYST", "VIEWER"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/users/" + account.id()))
                    .andExpect(flash().attribute("notice", "user.updated"));

            var updated = users.find(account.id()).orElseThrow();
            assertThat(updated.displayName()).isEqualTo("Edna Renamed");
            assertThat(updated.enabled()).isFalse();
            assertThat(updated.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.VIEWER);
        }

        @Test
        void removingEveryRoleIsRejected() throws Exception {
            var account = newUser(Role.PLANNER);

            var page = page(asAdmin(post("/admin/users/" + account.id()))
                    .with(csrf())
                    .param("displayName", "Edna Edit")
                    .param("enabled", "true"));

            assertThat(page.select("fieldset.roles .field-error").text())
                    .isEqualTo(text("user.error.no-role", Locale.ENGLISH));
            assertThat(users.find(account.id()).orElseThrow().roles()).containsExactly(Role.PLANNER);
        }

        /**
         * Rolled back at the end, because it must first disable every other administrator of the shared database; the
         * request runs in the test's thread and so in its transaction.
         */
        @Test
        @Transactional
        void theLastEnabledAdministratorCannotBeDemotedAndTheFormSaysWhy() throws Exception {
            var admin = newUser(Role.ADMIN);
            jdbc.sql("""
                    UPDATE user_account SET enabled = FALSE
                    WHERE id <> :id AND id IN (SELECT user_id FROM user_role WHERE role = 'ADMIN')""")
                    .param("id", admin.id())
                    .update();

            var page = page(asAdmin(post("/admin/users/" + admin.id()))
                    .with(csrf())
                    .locale(Locale.SIMPLIFIED_CHINESE)
                    .param("displayName", "Edna Edit")
                    .param("enabled", "true")
                    .param("roles", "VIEWER"));

            assertThat(page.select("form .notice.error").eachText())
                    .contains(text("user.error.last-admin", Locale.SIMPLIFIED_CHINESE, admin.username()));
            assertThat(users.find(admin.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
        }

        @Test
        void anUnknownUserIsNotFound() throws Exception {
            mvc.perform(asAdmin(get("/admin/users/987654321"))).andExpect(status().isNotFound());
            mvc.perform(asAdmin(post("/admin/users/987654321/password"))
                            .with(csrf())
                            .param("password", PASSWORD))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    class ResettingAPassword {

        @Test
        void setsTheNewPasswordAndComesBackWithANotice() throws Exception {
            var account = newUser(Role.VIEWER);

            mvc.perform(asAdmin(post("/admin/users/" + account.id() + "/password"))
                            .with(csrf())
                            .param("password", "a brand new password"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/users/" + account.id()))
                    .andExpect(flash().attribute("notice", "user.password-reset"));

            mvc.perform(formLogin("/login").user(account.username()).password("a brand new password"))
                    .andExpect(authenticated());
        }

        @Test
        void aShortPasswordIsRejectedAndTheMinimumIsShown() throws Exception {
            var account = newUser(Role.VIEWER);
            var hashBefore = passwordHash(account);

            var page = page(asAdmin(post("/admin/users/" + account.id() + "/password"))
                    .with(csrf())
                    .param("password", "short"));

            assertThat(page.select("#new-password ~ .field-error").text())
                    .isEqualTo(text("user.error.password-short", Locale.ENGLISH));
            assertThat(page.select("#new-password-hint").text()).isEqualTo("At least 10 characters.");
            assertThat(passwordHash(account)).isEqualTo(hashBefore);
        }
    }

    @Test
    void theAuditLogShowsTheLatestChangesWithTimesInTheViewersLanguage() throws Exception {
        var username = UniqueNames.of("audited");
        mvc.perform(asAdmin(post("/admin/users"))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Audited Person")
                        .param("password", PASSWORD)
                        .param("roles", "VIEWER"))
                .andExpect(status().isFound());
        var entry = auditLog.latest(50).stream()
                .filter(e -> username.equals(e.targetId()))
                .findFirst()
                .orElseThrow();
        var expectedTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.SIMPLIFIED_CHINESE)
                .withZone(timeZone)
                .format(entry.occurredAt());

        var page = page(asAdmin(get("/admin/audit")).locale(Locale.SIMPLIFIED_CHINESE));

        var row = page.select("tbody tr:has(td:contains(" + username + "))");
        assertThat(row.select("td").eachText())
                .containsExactly(
                        expectedTime,
                        "admin",
                        "创建用户",
                        text("audit.target.user", Locale.SIMPLIFIED_CHINESE) + " " + username,
                        "roles=VIEWER");
        assertThat(row.select("time").attr("datetime")).isEqualTo(entry.occurredAt().toString());
        assertThat(page.select("tbody tr")).hasSizeLessThanOrEqualTo(AdministrationController.AUDIT_ENTRIES_SHOWN);
    }

    private UserAccount newUser(Role... roles) {
        return users.create(UniqueNames.of("edit"), "Edna Edit", PASSWORD, EnumSet.copyOf(List.of(roles)));
    }

    private String passwordHash(UserAccount account) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id")
                .param("id", account.id())
                .query(String.class)
                .single();
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user("admin").roles(Role.ADMIN.name()));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    private static String fieldError(Document page, String field) {
        return page.select("#" + field + " ~ .field-error").text();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }
}
