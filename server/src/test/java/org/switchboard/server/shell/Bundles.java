package org.switchboard.server.shell;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The message bundles of the interface, read straight from {@code src/main/resources/i18n} the way Spring reads them
 * ({@code spring.messages.encoding=UTF-8}), one per {@link Language}: {@code messages.properties} is English, the
 * others carry the locale as suffix ({@code messages_ru.properties}, {@code messages_zh_CN.properties}).
 */
final class Bundles {

    /** Folder of the bundles, relative to the module directory (the working directory of Surefire and Failsafe). */
    static final Path FOLDER = Path.of("src/main/resources/i18n");

    private Bundles() {}

    /** {@return the file name of a language's bundle} */
    static String fileName(Language language) {
        return language == Language.ENGLISH ? "messages.properties" : "messages_" + language.locale() + ".properties";
    }

    /**
     * Reads a language's bundle.
     *
     * @throws IllegalStateException if the file is not valid UTF-8 or defines a key twice
     */
    static Map<String, String> of(Language language) {
        var duplicates = new ArrayList<String>();
        var file = FOLDER.resolve(fileName(language));
        var properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    duplicates.add(String.valueOf(key));
                }
                return super.put(key, value);
            }
        };
        try {
            properties.load(new StringReader(strictUtf8(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException(file + " defines these keys more than once: " + duplicates);
        }
        var messages = new TreeMap<String, String>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }

    /** {@return the bundle files present in the folder} */
    static List<String> filesPresent() {
        try (var files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("messages") && name.endsWith(".properties"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String strictUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + " is not valid UTF-8", e);
        }
    }
}
