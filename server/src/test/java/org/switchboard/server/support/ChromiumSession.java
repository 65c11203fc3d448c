package org.switchboard.server.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One system Chromium for all tests of a class: launched before the first test, closed after the last. A test asks
 * for it with {@link #browser()}, which skips the test (not fails it) when Chromium is not installed.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ChromiumSession CHROMIUM = new ChromiumSession();
 * ...
 * var chromium = CHROMIUM.browser();
 * var page = chromium.newPage(1440, 900);
 * }</pre>
 */
public final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

    private @Nullable SystemChromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (SystemChromium.isInstalled()) {
            chromium = SystemChromium.launch();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** {@return the running browser}; skips the calling test when Chromium is not installed */
    public SystemChromium browser() {
        assumeTrue(chromium != null, SystemChromium.NOT_INSTALLED);
        return chromium;
    }
}
