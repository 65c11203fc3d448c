package org.switchboard.server.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The three message bundles say the same things: the same keys, nothing empty, the same {@code {0}} arguments, and
 * every key the templates and the code ask for is there. Keys are collected statically: {@code #{key}} in templates,
 * the computed keys of every {@link Section} and {@link Language}, and the message keys Java code passes around
 * ({@code "user.error.username-taken"} and the like). A plain unit test: no Spring context.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA_SOURCES = Path.of("src/main/java");

    /** {@code #{some.key}} or {@code #{some.key(${arg})}}. */
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[(}]");

    /** {@code #{|section.${s.slug()}.title|}}: a key built by literal substitution. */
    private static final Pattern COMPUTED_KEY = Pattern.compile("#\\{\\s*\\|([^|]*)\\|\\s*[(}]");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");

    /** A MessageFormat argument: {0}, {1,number}, ... */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^}]*)?}");

    /** A lone apostrophe, which MessageFormat swallows in a message that has arguments. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /**
     * String literals in Java code that are message keys: the first argument of {@code UserAdministrationException}
     * and any literal with an {@code error} segment, e.g. {@code "user.error.no-role"} or {@code "error.csrf"}.
     */
    private static final Pattern JAVA_KEY_LITERAL = Pattern.compile(
            "Exception\\(\\s*\"([a-z][a-z0-9.\\-]+)\"|\"((?:[a-z][a-z0-9\\-]*\\.)*error\\.[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*)\"");

    private final Map<Language, Map<String, String>> bundles = loadAll();

    @Nested
    class AcrossLanguages {

        @Test
        void thereIsOneBundlePerLanguageAndNoOther() {
            var expected = Arrays.stream(Language.values())
                    .map(Bundles::fileName)
                    .sorted()
                    .toList();
            assertThat(Bundles.filesPresent())
                    .as("bundle files in %s", Bundles.FOLDER)
                    .containsExactlyElementsOf(expected);
        }

        @Test
        void everyKeyExistsInEveryLanguage() {
            var allKeys = new TreeSet<String>();
            bundles.values().forEach(b -> allKeys.addAll(b.keySet()));
            var missing = new TreeMap<String, List<String>>();
            bundles.forEach((language, bundle) -> {
                var absent = allKeys.stream().filter(k -> !bundle.containsKey(k)).toList();
                if (!absent.isEmpty()) {
                    missing.put(Bundles.fileName(language), absent);
                }
            });
            assertThat(missing).as("keys missing per bundle").isEmpty();
        }

        @Test
        void noMessageIsEmpty() {
            var empty = new ArrayList<String>();
            bundles.forEach((language, bundle) -> bundle.forEach((key, value) -> {
                if (value.isBlank()) {
                    empty.add(Bundles.fileName(language) + ": " + key);
                }
            }));
            assertThat(empty).as("empty messages").isEmpty();
        }

        @Test
        void argumentsAreTheSameInEveryLanguage() {
            var english = bundles.get(Language.ENGLISH);
            var mismatches = new ArrayList<String>();
            english.forEach((key, value) -> {
                var expected = arguments(value);
                bundles.forEach((language, bundle) -> {
                    var translated = bundle.get(key);
                    if (translated != null && !arguments(translated).equals(expected)) {
                        mismatches.add("%s: %s has %s, English has %s"
                                .formatted(key, Bundles.fileName(language),
                                        arguments(translated), expected));
                    }
                });
            });
            assertThat(mismatches).as("placeholders that differ between languages").isEmpty();
        }

        @Test
        void messagesWithArgumentsAreValidMessageFormats() {
            var broken = new ArrayList<String>();
            bundles.forEach((language, bundle) -> bundle.forEach((key, value) -> {
                if (arguments(value).isEmpty()) {
                    return; // Spring returns messages without arguments as they are
                }
                var where = Bundles.fileName(language) + ": " + key;
                try {
                    new MessageFormat(value, language.locale());
                } catch (IllegalArgumentException e) {
                    broken.add(where + " is not a valid MessageFormat: " + e.getMessage());
                }
                if (LONE_APOSTROPHE.matcher(value).find()) {
                    broken.add(where + " has arguments, so write an apostrophe as '' (MessageFormat drops a single ')");
                }
            }));
            assertThat(broken).isEmpty();
        }
    }

    @Nested
    class KeysInUse {

        @Test
        void everyKeyInTheTemplatesExists() {
            var missing = new TreeMap<String, Set<String>>();
            forEachTemplate((template, text) -> {
                var absent = new TreeSet<String>();
                Matcher matcher = STATIC_KEY.matcher(text);
                while (matcher.find()) {
                    if (!english().containsKey(matcher.group(1))) {
                        absent.add(matcher.group(1));
                    }
                }
                if (!absent.isEmpty()) {
                    missing.put(template, absent);
                }
            });
            assertThat(missing).as("#{keys} used in templates but missing from the bundles").isEmpty();
        }

        @Test
        void everyComputedKeyInTheTemplatesMatchesSomeKey() {
            var unmatched = new TreeMap<String, Set<String>>();
            forEachTemplate((template, text) -> {
                var absent = new TreeSet<String>();
                Matcher matcher = COMPUTED_KEY.matcher(text);
                while (matcher.find()) {
                    var pattern = keyPattern(matcher.group(1));
                    if (english().keySet().stream().noneMatch(k -> pattern.matcher(k).matches())) {
                        absent.add("|" + matcher.group(1) + "|");
                    }
                }
                if (!absent.isEmpty()) {
                    unmatched.put(template, absent);
                }
            });
            assertThat(unmatched).as("computed #{|...|} keys that match no key in the bundles").isEmpty();
        }

        @Test
        void everySectionHasATitleAndADescription() {
            var expected = Arrays.stream(Section.values())
                    .flatMap(s -> Stream.of(s.messageKey() + ".title", s.messageKey() + ".description"))
                    .toList();
            assertThat(english().keySet()).containsAll(expected);
        }

        @Test
        void everyLanguageHasItsName() {
            var expected = Arrays.stream(Language.values())
                    .map(l -> "language." + l.tag())
                    .toList();
            assertThat(english().keySet()).containsAll(expected);
        }

        @Test
        void everyKeyTheJavaCodeUsesExists() {
            var missing = new TreeMap<String, Set<String>>();
            try (var files = Files.walk(JAVA_SOURCES)) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(file -> {
                    var absent = new TreeSet<String>();
                    Matcher matcher = JAVA_KEY_LITERAL.matcher(read(file));
                    while (matcher.find()) {
                        var key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                        if (!english().containsKey(key)) {
                            absent.add(key);
                        }
                    }
                    if (!absent.isEmpty()) {
                        missing.put(JAVA_SOURCES.relativize(file).toString(), absent);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(missing).as("message keys in Java code but missing from the bundles").isEmpty();
        }

        @Test
        void keyCollectionRecognisesEveryForm() {
            var text = "<p th:text=\"#{a.b}\"></p><p th:text=\"#{c.d(${x})}\"></p>"
                    + "<p th:title=\"|${t} · #{e.f}|\"></p><p th:text=\"#{|g.${s.slug()}.title|}\"></p>";
            var statics = new ArrayList<String>();
            var matcher = STATIC_KEY.matcher(text);
            while (matcher.find()) {
                statics.add(matcher.group(1));
            }
            assertThat(statics).containsExactly("a.b", "c.d", "e.f");
            var computed = COMPUTED_KEY.matcher(text);
            assertThat(computed.find()).isTrue();
            assertThat(keyPattern(computed.group(1)).matcher("g.customer-voice.title").matches()).isTrue();
            assertThat(keyPattern(computed.group(1)).matcher("g.title").matches()).isFalse();
            var java = JAVA_KEY_LITERAL.matcher(
                    "throw new UserAdministrationException(\"user.error.no-role\", \"\"); var k = \"error.csrf\";"
                            + " var p = \"switchboard.data-dir\";");
            var javaKeys = new ArrayList<String>();
            while (java.find()) {
                javaKeys.add(java.group(1) != null ? java.group(1) : java.group(2));
            }
            assertThat(javaKeys).containsExactly("user.error.no-role", "error.csrf");
        }
    }

    private Map<String, String> english() {
        return bundles.get(Language.ENGLISH);
    }

    private static Map<Language, Map<String, String>> loadAll() {
        var all = new EnumMap<Language, Map<String, String>>(Language.class);
        for (var language : Language.values()) {
            all.put(language, Bundles.of(language));
        }
        return all;
    }

    private static Set<Integer> arguments(String message) {
        var found = new TreeSet<Integer>();
        var matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    /** {@return a regular expression for a computed key: each {@code ${...}} stands for one or more key characters} */
    private static Pattern keyPattern(String literalSubstitution) {
        var regex = new StringBuilder();
        var matcher = VARIABLE.matcher(literalSubstitution);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(literalSubstitution.substring(last, matcher.start())));
            regex.append("[A-Za-z0-9_.\\-]+");
            last = matcher.end();
        }
        regex.append(Pattern.quote(literalSubstitution.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static void forEachTemplate(java.util.function.BiConsumer<String, String> action) {
        try (var files = Files.walk(TEMPLATES)) {
            var templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).as("templates under %s", TEMPLATES.toAbsolutePath()).isNotEmpty();
            templates.forEach(file -> action.accept(TEMPLATES.relativize(file).toString(), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
