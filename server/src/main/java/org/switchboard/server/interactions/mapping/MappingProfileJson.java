package org.switchboard.server.interactions.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.switchboard.engine.interactions.mapping.CsvOptions;
import org.switchboard.engine.interactions.mapping.DurationUnit;
import org.switchboard.engine.interactions.mapping.FieldSource;
import org.switchboard.engine.interactions.mapping.MappedField;
import org.switchboard.engine.interactions.mapping.MappingKind;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.engine.interactions.mapping.TimeFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a {@link MappingProfile} as a JSON document a person can read and edit:
 *
 * <pre>{@code
 * {
 *   "name": "PwC call centre",
 *   "kind": "CONTACTS",
 *   "fields": {
 *     "sourceId": {"column": "Call Id"},
 *     "channel": {"constant": "VOICE"},
 *     "arrivalDate": {"column": "Date"},
 *     ...
 *   },
 *   "time": {"dateTimePatterns": ["ISO"], "datePattern": "dd-MM-yyyy", "timePattern": "HH:mm:ss", "zone": "UTC",
 *            "durationUnit": "SECONDS", "durationUnits": {"talkDuration": "CLOCK"}},
 *   "translations": {"disposition": {"Y": "ANSWERED", "N": "ABANDONED"}},
 *   "csv": {"delimiter": ",", "headerRow": true, "charset": "UTF-8", "decimalSeparator": "."}
 * }
 * }</pre>
 *
 * <p>Field keys are the {@link MappedField#key()}s of the kind; a field's source is {@code {"column": name}},
 * {@code {"constant": value}} or, for {@code sourceId}, {@code {"derived": "lineNumber"}} or
 * {@code {"derived": "rowHash"}}. {@code time}, {@code translations} and {@code csv} may be left out (ISO times in
 * UTC and seconds; none; RFC 4180 CSV in UTF-8), and so may any member of {@code time} and {@code csv}. Unknown
 * members are errors, so a typo is not silently ignored. Every error is an {@link InvalidMappingProfile} naming the
 * JSON path of the fault.
 */
public final class MappingProfileJson {

    /** The class-path folder of the bundled profiles. */
    public static final String BUNDLED_FOLDER = "mapping/";

    /** The bundled profiles, by resource name (without {@code .json}). */
    public static final List<String> BUNDLED =
            List.of("demo-contacts", "demo-agent-events", "pwc-call-center", "elastix-call-outcomes");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MappingProfileJson() {}

    /**
     * Reads a profile document.
     *
     * @param json the document
     * @return the profile
     * @throws InvalidMappingProfile naming the JSON path of the first fault
     */
    public static MappingProfile read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidMappingProfile("$", "not a JSON document: " + e.getOriginalMessage());
        }
        return profile(root);
    }

    /**
     * Reads a UTF-8 profile document from a stream, without closing it.
     *
     * @param in the document
     * @return the profile
     * @throws InvalidMappingProfile naming the JSON path of the first fault
     * @throws UncheckedIOException if the stream fails
     */
    public static MappingProfile read(InputStream in) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a bundled profile.
     *
     * @param name one of {@link #BUNDLED}
     * @return the profile
     * @throws IllegalArgumentException if there is no such bundled profile
     */
    public static MappingProfile bundled(String name) {
        var resource = BUNDLED_FOLDER + name + ".json";
        try (var in = MappingProfileJson.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled mapping profile: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a profile as an indented document that {@link #read(String)} reads back to an equal profile.
     *
     * @param profile the profile
     * @return the document
     */
    public static String write(MappingProfile profile) {
        var root = JSON.createObjectNode();
        root.put("name", profile.name());
        root.put("kind", profile.kind().name());
        var fields = root.putObject("fields");
        profile.fields().forEach((field, source) -> writeSource(fields.putObject(field.key()), source));
        var time = root.putObject("time");
        var patterns = time.putArray("dateTimePatterns");
        profile.time().dateTimePatterns().forEach(patterns::add);
        time.put("datePattern", profile.time().datePattern());
        time.put("timePattern", profile.time().timePattern());
        time.put("zone", profile.time().zone().getId());
        time.put("durationUnit", profile.time().durationUnit().name());
        var units = time.putObject("durationUnits");
        profile.time().durationUnits().forEach((field, unit) -> units.put(field.key(), unit.name()));
        var translations = root.putObject("translations");
        profile.translations().forEach((field, table) -> {
            var entries = translations.putObject(field.key());
            table.forEach(entries::put);
        });
        var csv = root.putObject("csv");
        csv.put("delimiter", String.valueOf(profile.csv().delimiter()));
        csv.put("headerRow", profile.csv().headerRow());
        csv.put("charset", profile.csv().charset().name());
        csv.put("decimalSeparator", String.valueOf(profile.csv().decimalSeparator()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void writeSource(ObjectNode node, FieldSource source) {
        switch (source) {
            case FieldSource.Column column -> node.put("column", column.name());
            case FieldSource.Constant constant -> node.put("constant", constant.value());
            case FieldSource.LineNumber lineNumber -> node.put("derived", "lineNumber");
            case FieldSource.RowHash rowHash -> node.put("derived", "rowHash");
        }
    }

    private static MappingProfile profile(JsonNode root) {
        requireMembers(root, "$", List.of("name", "kind", "fields", "time", "translations", "csv"));
        var name = string(root, "$", "name");
        var kind = constant(root, "$", "kind", MappingKind.class);
        var fields = new LinkedHashMap<MappedField, FieldSource>();
        var fieldsNode = member(root, "$", "fields");
        requireObject(fieldsNode, "$.fields");
        for (var entry : fieldsNode.properties()) {
            var path = "$.fields." + entry.getKey();
            fields.put(field(kind, entry.getKey(), path), source(entry.getValue(), path));
        }
        var time = root.has("time") ? time(root.get("time"), kind) : TimeFormat.isoUtc();
        var translations = new LinkedHashMap<MappedField, Map<String, String>>();
        if (root.has("translations")) {
            var node = root.get("translations");
            requireObject(node, "$.translations");
            for (var entry : node.properties()) {
                var path = "$.translations." + entry.getKey();
                translations.put(field(kind, entry.getKey(), path), stringMap(entry.getValue(), path));
            }
        }
        var csv = root.has("csv") ? csv(root.get("csv")) : CsvOptions.standard();
        try {
            return new MappingProfile(name, kind, fields, time, translations, csv);
        } catch (IllegalArgumentException e) {
            var message = String.valueOf(e.getMessage());
            throw new InvalidMappingProfile(profilePath(kind, message), message);
        }
    }

    private static FieldSource source(JsonNode node, String path) {
        requireMembers(node, path, List.of("column", "constant", "derived"));
        if (node.size() != 1) {
            throw new InvalidMappingProfile(path, "give exactly one of column, constant or derived");
        }
        if (node.has("column")) {
            return built(path, () -> new FieldSource.Column(string(node, path, "column")));
        }
        if (node.has("constant")) {
            return built(path, () -> new FieldSource.Constant(string(node, path, "constant")));
        }
        return switch (string(node, path, "derived")) {
            case "lineNumber" -> new FieldSource.LineNumber();
            case "rowHash" -> new FieldSource.RowHash();
            default -> throw new InvalidMappingProfile(path + ".derived", "must be lineNumber or rowHash");
        };
    }

    private static TimeFormat time(JsonNode node, MappingKind kind) {
        var path = "$.time";
        requireMembers(node, path, List.of(
                "dateTimePatterns", "datePattern", "timePattern", "zone", "durationUnit", "durationUnits"));
        var defaults = TimeFormat.isoUtc();
        var patterns = node.has("dateTimePatterns") ? strings(node.get("dateTimePatterns"), path + ".dateTimePatterns")
                : defaults.dateTimePatterns();
        var datePattern = node.has("datePattern") ? string(node, path, "datePattern") : defaults.datePattern();
        var timePattern = node.has("timePattern") ? string(node, path, "timePattern") : defaults.timePattern();
        var zone = node.has("zone") ? zone(string(node, path, "zone"), path + ".zone") : defaults.zone();
        var unit = node.has("durationUnit")
                ? constant(node, path, "durationUnit", DurationUnit.class)
                : defaults.durationUnit();
        var units = new LinkedHashMap<MappedField, DurationUnit>();
        if (node.has("durationUnits")) {
            var unitsPath = path + ".durationUnits";
            requireObject(node.get("durationUnits"), unitsPath);
            for (var entry : node.get("durationUnits").properties()) {
                var entryPath = unitsPath + "." + entry.getKey();
                units.put(field(kind, entry.getKey(), entryPath),
                        constant(entry.getValue(), entryPath, DurationUnit.class));
            }
        }
        return built(path, () -> new TimeFormat(patterns, datePattern, timePattern, zone, unit, units));
    }

    private static CsvOptions csv(JsonNode node) {
        var path = "$.csv";
        requireMembers(node, path, List.of("delimiter", "headerRow", "charset", "decimalSeparator"));
        var defaults = CsvOptions.standard();
        char delimiter = node.has("delimiter") ? character(node, path, "delimiter") : defaults.delimiter();
        boolean headerRow = defaults.headerRow();
        if (node.has("headerRow")) {
            if (!node.get("headerRow").isBoolean()) {
                throw new InvalidMappingProfile(path + ".headerRow", "must be true or false");
            }
            headerRow = node.get("headerRow").booleanValue();
        }
        var charset = node.has("charset") ? charset(string(node, path, "charset"), path + ".charset")
                : defaults.charset();
        char decimal = node.has("decimalSeparator") ? character(node, path, "decimalSeparator")
                : defaults.decimalSeparator();
        boolean header = headerRow;
        return built(path, () -> new CsvOptions(delimiter, header, charset, decimal));
    }

    private static MappedField field(MappingKind kind, String key, String path) {
        return MappedField.of(kind, key).orElseThrow(() -> new InvalidMappingProfile(path,
                "not a field of " + kind + "; one of "
                        + kind.fields().stream().map(MappedField::key).toList()));
    }

    private static ZoneId zone(String id, String path) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidMappingProfile(path, "not a time zone: '" + id + "' (e.g. Europe/Moscow, UTC)");
        }
    }

    private static Charset charset(String name, String path) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidMappingProfile(path, "not a character set: '" + name + "' (e.g. UTF-8, windows-1251)");
        }
    }

    private static char character(JsonNode node, String path, String name) {
        var text = string(node, path, name);
        if (text.length() != 1) {
            throw new InvalidMappingProfile(path + "." + name, "must be one character, not '" + text + "'");
        }
        return text.charAt(0);
    }

    private static <E extends Enum<E>> E constant(JsonNode node, String path, String name, Class<E> type) {
        return constant(member(node, path, name), path + "." + name, type);
    }

    private static <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
        if (!node.isString()) {
            throw new InvalidMappingProfile(path, "must be a string");
        }
        try {
            return Enum.valueOf(type, node.stringValue().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidMappingProfile(path, "'" + node.stringValue() + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static JsonNode member(JsonNode node, String path, String name) {
        var member = node.get(name);
        if (member == null || member.isNull()) {
            throw new InvalidMappingProfile(path + "." + name, "missing");
        }
        return member;
    }

    private static String string(JsonNode node, String path, String name) {
        var member = member(node, path, name);
        if (!member.isString()) {
            throw new InvalidMappingProfile(path + "." + name, "must be a string");
        }
        return member.stringValue();
    }

    private static List<String> strings(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new InvalidMappingProfile(path, "must be an array of strings");
        }
        var values = new ArrayList<String>();
        int index = 0;
        for (var element : node.values()) {
            if (!element.isString()) {
                throw new InvalidMappingProfile(path + "[" + index + "]", "must be a string");
            }
            values.add(element.stringValue());
            index++;
        }
        return values;
    }

    private static Map<String, String> stringMap(JsonNode node, String path) {
        requireObject(node, path);
        var map = new LinkedHashMap<String, String>();
        for (var entry : node.properties()) {
            if (!entry.getValue().isString()) {
                throw new InvalidMappingProfile(path + "." + entry.getKey(), "must be a string");
            }
            map.put(entry.getKey(), entry.getValue().stringValue());
        }
        return map;
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidMappingProfile(path, "must be an object");
        }
    }

    /** Requires an object with no member outside {@code known}: a typo is an error, not a silently lost setting. */
    private static void requireMembers(JsonNode node, String path, List<String> known) {
        requireObject(node, path);
        for (var name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidMappingProfile(path + "." + name, "unknown member; known: " + known);
            }
        }
    }

    /**
     * The path of a profile rule's message: the profile names the field first ({@code "channel: constant 'x' is
     * not a CHANNEL code"}), under {@code fields} or, for a translation, under {@code translations}; rules about the
     * fields together (required, mapped twice) are at {@code $.fields}.
     */
    private static String profilePath(MappingKind kind, String message) {
        int colon = message.indexOf(':');
        var key = colon < 0 ? "" : message.substring(0, colon);
        if (MappedField.of(kind, key).isPresent()) {
            return (message.contains("translation") ? "$.translations." : "$.fields.") + key;
        }
        if (message.startsWith("translations for ")) {
            return "$.translations." + message.substring("translations for ".length()).split(",")[0];
        }
        if (message.startsWith("a mapping profile needs a name")) {
            return "$.name";
        }
        return "$.fields";
    }

    /** Runs a validating constructor, turning its message into an error at the given path. */
    private static <T> T built(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidMappingProfile(path, String.valueOf(e.getMessage()));
        }
    }
}
