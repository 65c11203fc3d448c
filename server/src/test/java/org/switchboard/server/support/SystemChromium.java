package org.switchboard.server.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The system's Chromium ({@value #EXECUTABLE}) driven by Playwright for Java, which downloads no browser: the set-up
 * the browser tests share. Each page it opens collects its console errors and uncaught page errors, and screenshots
 * go to {@code target/screenshots}.
 *
 * <p>A test launches it once in {@code @BeforeAll} when {@link #isInstalled()} and skips with {@link #NOT_INSTALLED}
 * otherwise.
 */
public final class SystemChromium implements AutoCloseable {

    /** Where the system's Chromium is expected. */
    public static final String EXECUTABLE = "/usr/bin/chromium";

    /** Why a browser test is skipped when Chromium is missing. */
    public static final String NOT_INSTALLED =
            "Chromium is not installed at " + EXECUTABLE + ": browser test skipped (apt-get install chromium)";

    /** Where the screenshots go. */
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> errors = new ArrayList<>();

    private SystemChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** {@return whether the system's Chromium is installed} */
    public static boolean isInstalled() {
        return Files.isExecutable(Path.of(EXECUTABLE));
    }

    /**
     * {@return the system's Chromium, started headless, with the screenshot folder created}
     *
     * @throws IOException when the screenshot folder cannot be created
     */
    public static SystemChromium launch() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(EXECUTABLE))
                .setHeadless(true)
                .setArgs(ARGS));
        return new SystemChromium(playwright, browser);
    }

    /**
     * {@return a page in a new browser context (own cookies) of the given size and the {@code en-US} locale} Its
     * errors are collected as by {@link #newPage(Browser.NewContextOptions)}.
     *
     * @param width the viewport width in pixels
     * @param height the viewport height in pixels
     */
    public Page newPage(int width, int height) {
        return newPage(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"));
    }

    /**
     * {@return a page in a new browser context (own cookies)} The errors collected so far are forgotten, and from now
     * on the page's console errors and uncaught page errors are collected in {@link #errors()}. Closing the page's
     * context ({@code page.context().close()}) ends it.
     *
     * @param options the context's viewport, locale, colour scheme and so on
     */
    public Page newPage(Browser.NewContextOptions options) {
        var page = browser.newContext(options).newPage();
        errors.clear();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add("console error on " + page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add("page error on " + page.url() + ": " + error));
        return page;
    }

    /** {@return the console errors and uncaught page errors collected since the last page or {@link #clearErrors()}} */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Forgets the errors collected so far, e.g. before each test that shares one page. */
    public void clearErrors() {
        errors.clear();
    }

    /**
     * Signs in through the login page at {@code loginUrl} and waits for the dashboard.
     *
     * @param page the page to sign in with
     * @param loginUrl the full address of the login page, e.g. {@code http://localhost:8080/login?lang=en}
     * @param username the account's user name
     * @param password the account's password
     */
    public static void signIn(Page page, String loginUrl, String username, String password) {
        page.navigate(loginUrl);
        submitLogin(page, username, password);
    }

    /**
     * Fills in and sends the login form already open on {@code page}, and waits for the dashboard.
     *
     * @param page the page showing the login form
     * @param username the account's user name
     * @param password the account's password
     */
    public static void submitLogin(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/dashboard$"));
    }

    /**
     * Saves a screenshot of the viewport to {@code target/screenshots/<name>.png}.
     *
     * @param page the page to photograph
     * @param name the file name without {@code .png}
     */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /**
     * Saves a screenshot of the whole page, beyond the viewport, to {@code target/screenshots/<name>.png}.
     *
     * @param page the page to photograph
     * @param name the file name without {@code .png}
     */
    public static void fullPageScreenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Closes the browser, with every context and page it opened, and Playwright. */
    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
