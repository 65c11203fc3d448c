package org.switchboard.server.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.SystemChromium;
import org.switchboard.server.user.Role;

/**
 * The interface in a real browser: Playwright for Java driving the system's Chromium ({@link SystemChromium};
 * Playwright downloads no browser). Signs in, opens every section in every language, and fails on any console error
 * or uncaught page error; checks the role-filtered navigation, that the language choice sticks, and signing out.
 * Screenshots go to {@code target/screenshots/<lang>-<section>.png}.
 *
 * <p>Skipped, not failed, when Chromium is not installed ({@code apt-get install chromium}). Run with
 * {@code -Dswitchboard.docs.screenshot=true} to also copy the English dashboard at 1440×900 to
 * {@code docs/screenshot.png} for the README.
 */
@SwitchboardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    private static final Path DOCS_SCREENSHOT = Path.of("../docs/screenshot.png");
    private static final String PASSWORD = "switchboard";
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 900;

    @LocalServerPort
    private int port;

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    private @Nullable SystemChromium chromium;

    @BeforeAll
    void startBrowser() throws IOException {
        if (!SystemChromium.isInstalled()) {
            return;
        }
        for (var language : Language.values()) {
            texts.put(language, Bundles.of(language));
        }
        chromium = SystemChromium.launch();
    }

    @BeforeEach
    void requireChromium() {
        assumeTrue(chromium != null, SystemChromium.NOT_INSTALLED);
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void loginPageIsTranslatedInEachLanguage() {
        for (var language : Language.values()) {
            try (var visit = new Visit(WIDTH, HEIGHT, ColorScheme.LIGHT)) {
                visit.open("/login?lang=" + language.tag());
                assertThat(visit.page.locator("html").getAttribute("lang")).isEqualTo(language.tag());
                assertThat(visit.text("h1")).isEqualTo(text(language, "login.title"));
                assertThat(visit.text(".languages a.active")).isEqualTo(text(language, "language." + language.tag()));
                assertThat(visit.page.locator(".languages a").count()).isEqualTo(Language.values().length);
                assertThat(visit.page.locator(".sidebar").count()).as("no navigation before sign-in").isZero();
                visit.screenshot(language.tag() + "-login");
                visit.assertNoErrors();
            }
        }
    }

    @Test
    void everySectionOpensInEachLanguage() throws IOException {
        try (var visit = new Visit(WIDTH, HEIGHT, ColorScheme.LIGHT)) {
            visit.signIn("admin");
            for (var language : Language.values()) {
                visit.open("/dashboard?lang=" + language.tag());
                for (var section : Section.values()) {
                    visit.open(section.path());
                    var where = language.tag() + " " + section.path();
                    assertThat(visit.page.locator("html").getAttribute("lang")).as(where).isEqualTo(language.tag());
                    assertThat(visit.page.locator(".nav a[aria-current=page]").getAttribute("data-section"))
                            .as("highlighted section on %s", where)
                            .isEqualTo(section.slug());
                    assertThat(visit.text(".nav a[aria-current=page] .nav-label"))
                            .isEqualTo(text(language, section.messageKey() + ".title"));
                    if (section == Section.DASHBOARD) {
                        assertThat(visit.text("h1")).isEqualTo(text(language, "section.dashboard.title"));
                    }
                    if (!section.isBuilt()) {
                        assertNotBuiltPage(visit, language, section);
                    }
                    visit.screenshot(language.tag() + "-" + section.slug());
                    visit.assertNoErrors();
                }
            }
            visit.open("/dashboard?lang=en");
        }
        if (Boolean.getBoolean("switchboard.docs.screenshot")) {
            Files.createDirectories(DOCS_SCREENSHOT.getParent());
            Files.copy(SystemChromium.SCREENSHOTS.resolve("en-dashboard.png"), DOCS_SCREENSHOT,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void layoutFitsALaptopAndABigScreenInLightAndDarkMode() {
        record Screen(int width, int height, ColorScheme scheme, String name) {}
        var screens = List.of(
                new Screen(1280, 800, ColorScheme.LIGHT, "1280x800"),
                new Screen(1920, 1080, ColorScheme.LIGHT, "1920x1080"),
                new Screen(1440, 900, ColorScheme.DARK, "dark"));
        for (var screen : screens) {
            try (var visit = new Visit(screen.width(), screen.height(), screen.scheme())) {
                visit.open("/login?lang=en");
                visit.screenshot("en-login-" + screen.name());
                visit.signIn("admin");
                for (var section : List.of(Section.DASHBOARD, Section.STAFFING)) {
                    visit.open(section.path());
                    var overflow = (Boolean) visit.page.evaluate(
                            "() => document.documentElement.scrollWidth > window.innerWidth");
                    assertThat(overflow).as("horizontal scrolling at %s on %s", screen.name(), section.path())
                            .isFalse();
                    var lastItemBottom = ((Number) visit.page.evaluate(
                                    "() => document.querySelector('.nav li:last-child a').getBoundingClientRect().bottom"))
                            .doubleValue();
                    assertThat(lastItemBottom).as("the whole navigation is visible at %s", screen.name())
                            .isLessThanOrEqualTo(screen.height());
                    visit.screenshot("en-" + section.slug() + "-" + screen.name());
                }
                visit.assertNoErrors();
            }
        }
    }

    @Test
    void viewerSeesOnlyTheSectionsOfItsRole() {
        var expected = Arrays.stream(Section.values())
                .filter(s -> s.isOpenTo(EnumSet.of(Role.VIEWER)))
                .map(Section::slug)
                .toList();
        assertThat(expected).doesNotContain(Section.ADMINISTRATION.slug(), Section.QUALITY.slug());
        try (var visit = new Visit(WIDTH, HEIGHT, ColorScheme.LIGHT)) {
            visit.signIn("viewer");
            assertThat(visit.page.locator(".nav a").evaluateAll("links => links.map(a => a.dataset.section)"))
                    .as("sections in the viewer's navigation")
                    .isEqualTo(expected);
            assertThat(visit.page.locator(".card-grid a").evaluateAll("links => links.map(a => a.dataset.section)"))
                    .as("section cards on the viewer's dashboard")
                    .isEqualTo(expected.subList(1, expected.size()));
            visit.screenshot("en-dashboard-viewer");
            visit.assertNoErrors();
        }
    }

    @Test
    void languageChoiceSticksAfterNavigationAndTheNextSignIn() {
        var russian = Language.RUSSIAN;
        try (var visit = new Visit(WIDTH, HEIGHT, ColorScheme.LIGHT)) {
            visit.signIn("planner");
            visit.open("/dashboard?lang=" + russian.tag());
            visit.page.locator(".nav a[data-section=forecast]").click();
            visit.page.waitForURL(Pattern.compile(".*/forecast$"));
            assertThat(visit.page.locator("html").getAttribute("lang")).isEqualTo(russian.tag());
            assertThat(visit.text("h1 span")).isEqualTo(text(russian, "section.forecast.title"));
            visit.page.locator(".nav a[data-section=staffing]").click();
            visit.page.waitForURL(Pattern.compile(".*/staffing$"));
            assertThat(visit.text("h1 span")).isEqualTo(text(russian, "section.staffing.title"));
            visit.signOut();
            assertThat(visit.page.locator("html").getAttribute("lang"))
                    .as("the login page after signing out follows the browser (English), not the account")
                    .isEqualTo(Language.ENGLISH.tag());
            visit.assertNoErrors();
        }
        try (var visit = new Visit(WIDTH, HEIGHT, ColorScheme.LIGHT)) {
            visit.signIn("planner");
            assertThat(visit.page.locator("html").getAttribute("lang"))
                    .as("the language is stored with the account")
                    .isEqualTo(russian.tag());
            assertThat(visit.text("h1")).isEqualTo(text(russian, "section.dashboard.title"));
            visit.open("/dashboard?lang=en");
            assertThat(visit.text("h1")).isEqualTo(text(Language.ENGLISH, "section.dashboard.title"));
            visit.assertNoErrors();
        }
    }

    @Test
    void signingOutEndsTheSession() {
        try (var visit = new Visit(WIDTH, HEIGHT, ColorScheme.LIGHT)) {
            visit.signIn("analyst");
            visit.signOut();
            assertThat(visit.text(".notice.success")).isEqualTo(text(Language.ENGLISH, "login.signed-out"));
            visit.screenshot("en-signed-out");
            visit.page.navigate(url("/dashboard"));
            assertThat(visit.page.url()).as("a signed-out browser is sent to the login page").endsWith("/login");
            visit.assertNoErrors();
        }
    }

    @Test
    void wrongPasswordIsExplained() {
        try (var visit = new Visit(WIDTH, HEIGHT, ColorScheme.LIGHT)) {
            visit.open("/login");
            visit.page.locator("#username").fill("analyst");
            visit.page.locator("#password").fill("not-the-password");
            visit.page.locator("form button[type=submit]").click();
            visit.page.waitForURL(Pattern.compile(".*/login\\?error$"));
            assertThat(visit.text(".notice.error")).isEqualTo(text(Language.ENGLISH, "login.error"));
            visit.screenshot("en-login-error");
            visit.assertNoErrors();
        }
    }

    @Test
    void errorPageExplainsAMissingRole() {
        try (var visit = new Visit(WIDTH, HEIGHT, ColorScheme.LIGHT)) {
            visit.signIn("viewer");
            var denied = visit.page.navigate(url(Section.ADMINISTRATION.path()));
            assertThat(denied).isNotNull();
            assertThat(denied.status()).isEqualTo(403);
            assertThat(visit.text(".error-state p")).isEqualTo(text(Language.ENGLISH, "error.forbidden"));
            assertThat(visit.page.locator(".nav a").count()).as("navigation stays on the error page").isPositive();
            visit.screenshot("en-error-403");
            visit.assertOnlyErrorsAbout("403");
        }
    }

    /** A not-built section says so, describes what it will do and shows no numbers. */
    private void assertNotBuiltPage(Visit visit, Language language, Section section) {
        assertThat(visit.text("h1 span")).isEqualTo(text(language, section.messageKey() + ".title"));
        assertThat(visit.text("h1 .badge.soon")).isEqualTo(text(language, "nav.soon"));
        assertThat(visit.text(".not-built h2")).isEqualTo(text(language, "section.not-built.title"));
        assertThat(visit.text(".not-built .plan")).isEqualTo(text(language, section.messageKey() + ".description"));
        assertThat(visit.page.locator(".nav a[aria-current=page] .badge.soon").count()).isOne();
        assertThat(visit.text("main")).as("no figures on the not-built page of %s", section).doesNotContainPattern("\\d");
    }

    private String text(Language language, String key) {
        var value = texts.get(language).get(key);
        assertThat(value).as("message %s in %s", key, language).isNotNull();
        return value;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * One browser context (own cookies) and page, collecting console errors and uncaught page errors. One visit at a
     * time: the errors are those of the {@link SystemChromium}'s latest page.
     */
    private final class Visit implements AutoCloseable {

        private final Page page;

        Visit(int width, int height, ColorScheme scheme) {
            page = chromium().newPage(new Browser.NewContextOptions()
                    .setViewportSize(width, height)
                    .setLocale("en-US")
                    .setColorScheme(scheme));
        }

        void open(String path) {
            var response = page.navigate(url(path));
            assertThat(response).as("response to %s", path).isNotNull();
            assertThat(response.status()).as("status of %s", path).isEqualTo(200);
            var scriptsLoaded = (Boolean) page.evaluate(
                    "() => typeof window.htmx === 'object' && typeof window.echarts === 'object'");
            assertThat(scriptsLoaded).as("htmx and echarts loaded on %s", path).isTrue();
        }

        void signIn(String username) {
            open("/login");
            SystemChromium.submitLogin(page, username, PASSWORD);
            assertThat(page.locator(".account .user").textContent()).isEqualTo(username);
        }

        void signOut() {
            page.locator("form.signout button").click();
            page.waitForURL(Pattern.compile(".*/login\\?logout$"));
        }

        String text(String selector) {
            return page.locator(selector).first().textContent().strip().replaceAll("\\s+", " ");
        }

        void screenshot(String name) {
            SystemChromium.screenshot(page, name);
        }

        void assertNoErrors() {
            assertThat(chromium().errors()).as("console and page errors").isEmpty();
        }

        /** Passes when the only errors are the browser's report of the expected failed page load. */
        void assertOnlyErrorsAbout(String status) {
            assertThat(chromium().errors()).as("console and page errors besides the %s page itself", status)
                    .allMatch(error -> error.contains("status of " + status));
        }

        @Override
        public void close() {
            page.context().close();
        }
    }

    private SystemChromium chromium() {
        assertThat(chromium).as("browser started").isNotNull();
        return chromium;
    }
}
