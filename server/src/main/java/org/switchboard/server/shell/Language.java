package org.switchboard.server.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The interface languages Switchboard is translated into. */
public enum Language {
    /** English, the fallback language. */
    ENGLISH("en", Locale.ENGLISH),
    /** Russian. */
    RUSSIAN("ru", Locale.of("ru")),
    /** Simplified Chinese. */
    CHINESE_SIMPLIFIED("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** {@return the tag used in {@code ?lang=} and stored per user: {@code en}, {@code ru} or {@code zh-CN}} */
    public String tag() {
        return tag;
    }

    /** {@return the locale of the message bundle} */
    public Locale locale() {
        return locale;
    }

    /**
     * Finds a language by its tag, ignoring case and accepting {@code _} for {@code -} ({@code zh_CN}).
     *
     * @param tag the requested tag
     * @return the language, or empty when Switchboard is not translated into it
     */
    public static Optional<Language> fromTag(String tag) {
        var normalised = tag.strip().replace('_', '-');
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(normalised)).findFirst();
    }

    /** {@return the supported language closest to a locale: Chinese for any zh, Russian for ru, else English} */
    public static Language closestTo(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> RUSSIAN;
            case "zh" -> CHINESE_SIMPLIFIED;
            default -> ENGLISH;
        };
    }
}
