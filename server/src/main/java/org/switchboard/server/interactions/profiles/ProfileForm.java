package org.switchboard.server.interactions.profiles;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.switchboard.engine.interactions.mapping.CsvOptions;
import org.switchboard.engine.interactions.mapping.DurationUnit;
import org.switchboard.engine.interactions.mapping.FieldSource;
import org.switchboard.engine.interactions.mapping.MappedField;
import org.switchboard.engine.interactions.mapping.MappingKind;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.engine.interactions.mapping.TimeFormat;

/**
 * A mapping profile as its page edits it: one row per target field (a column, a constant, the line number or a hash
 * of the row for the id, or nothing), the time format, the code translations as {@code field: source value = our
 * value} lines, per-field duration units as {@code field = UNIT} lines, and the CSV options. The page posts flat
 * parameters ({@code source.arrivedAt}, {@code value.arrivedAt}…), read by {@link #from(Map)}; {@link #toProfile()}
 * checks everything through the {@link MappingProfile} model, whose English explanation is shown when it refuses.
 *
 * @param name the profile's name
 * @param kind contacts or agent events
 * @param fields one row per field of the kind
 * @param dateTimePatterns date-time patterns, one per line ({@code ISO}, {@code EPOCH_SECONDS}, {@code EPOCH_MILLIS}
 *     or a {@link java.time.format.DateTimeFormatter} pattern)
 * @param datePattern the pattern of a date-only column
 * @param timePattern the pattern of a time-only column
 * @param zone the zone of local times (an upload's source zone replaces it)
 * @param durationUnit how durations are written
 * @param durationUnits other units for some fields, {@code field = UNIT} per line
 * @param translations code translations, {@code field: source value = our value} per line
 * @param delimiter the CSV delimiter: {@code ,}, {@code ;}, {@code |} or {@code TAB}
 * @param headerRow whether the first row names the columns
 * @param charset the CSV file's character set
 * @param decimalSeparator {@code .} or {@code ,}
 */
public record ProfileForm(
        String name,
        MappingKind kind,
        List<FieldRow> fields,
        String dateTimePatterns,
        String datePattern,
        String timePattern,
        String zone,
        DurationUnit durationUnit,
        String durationUnits,
        String translations,
        String delimiter,
        boolean headerRow,
        String charset,
        String decimalSeparator) {

    /** The delimiters offered, each with its name in the bundles; {@code TAB} stands for the tab character. */
    public static final Map<String, String> DELIMITERS = orderedDelimiters();

    /** The character sets offered. */
    public static final List<String> CHARSETS = List.of("UTF-8", "windows-1251", "windows-1252", "ISO-8859-1",
            "GB18030", "UTF-16");

    /** Where a field's value comes from: one of {@link #SOURCES}, or empty for an unmapped field. */
    public static final List<String> SOURCES = List.of("column", "constant", "lineNumber", "rowHash");

    private static final String TAB = "TAB";

    /**
     * One target field and where its value comes from.
     *
     * @param key the field's key, e.g. {@code arrivedAt}
     * @param source {@code column}, {@code constant}, {@code lineNumber}, {@code rowHash}, or empty for unmapped
     * @param value the column name or the constant
     */
    public record FieldRow(String key, String source, String value) {}

    /** Copies the fields. */
    public ProfileForm {
        fields = List.copyOf(fields);
    }

    /** {@return an empty profile of a kind: nothing mapped, ISO times in the zone, RFC 4180 CSV in UTF-8} */
    static ProfileForm blank(MappingKind kind, ZoneId zone) {
        var rows = kind.fields().stream().map(field -> new FieldRow(field.key(), "", "")).toList();
        return new ProfileForm("", kind, rows, TimeFormat.ISO, TimeFormat.ISO, TimeFormat.ISO, zone.getId(),
                DurationUnit.SECONDS, "", "", ",", true, "UTF-8", ".");
    }

    /** {@return the form showing a profile} */
    static ProfileForm of(MappingProfile profile) {
        var rows = profile.kind().fields().stream().map(field -> row(field, profile)).toList();
        var time = profile.time();
        var csv = profile.csv();
        return new ProfileForm(
                profile.name(),
                profile.kind(),
                rows,
                String.join("\n", time.dateTimePatterns()),
                time.datePattern(),
                time.timePattern(),
                time.zone().getId(),
                time.durationUnit(),
                time.durationUnits().entrySet().stream()
                        .map(unit -> unit.getKey().key() + " = " + unit.getValue())
                        .sorted()
                        .collect(Collectors.joining("\n")),
                profile.translations().entrySet().stream()
                        .flatMap(table -> table.getValue().entrySet().stream()
                                .map(pair -> table.getKey().key() + ": " + pair.getKey() + " = " + pair.getValue()))
                        .collect(Collectors.joining("\n")),
                csv.delimiter() == '\t' ? TAB : String.valueOf(csv.delimiter()),
                csv.headerRow(),
                csv.charset().name(),
                String.valueOf(csv.decimalSeparator()));
    }

    /** {@return the form as the page posted it; missing parameters are empty} */
    static ProfileForm from(Map<String, String> parameters) {
        var kind = MappingKind.AGENT_EVENTS.name().equals(parameters.get("kind"))
                ? MappingKind.AGENT_EVENTS
                : MappingKind.CONTACTS;
        var rows = kind.fields().stream()
                .map(field -> new FieldRow(
                        field.key(),
                        parameters.getOrDefault("source." + field.key(), ""),
                        parameters.getOrDefault("value." + field.key(), "")))
                .toList();
        var unit = parameters.getOrDefault("durationUnit", "");
        return new ProfileForm(
                parameters.getOrDefault("name", "").strip(),
                kind,
                rows,
                parameters.getOrDefault("dateTimePatterns", TimeFormat.ISO),
                parameters.getOrDefault("datePattern", TimeFormat.ISO),
                parameters.getOrDefault("timePattern", TimeFormat.ISO),
                parameters.getOrDefault("zone", "UTC").strip(),
                java.util.Arrays.stream(DurationUnit.values())
                        .filter(known -> known.name().equals(unit))
                        .findFirst()
                        .orElse(DurationUnit.SECONDS),
                parameters.getOrDefault("durationUnits", ""),
                parameters.getOrDefault("translations", ""),
                parameters.getOrDefault("delimiter", ","),
                parameters.containsKey("headerRow"),
                parameters.getOrDefault("charset", "UTF-8"),
                parameters.getOrDefault("decimalSeparator", "."));
    }

    /**
     * {@return the profile the form describes}
     *
     * @throws ProfileRejected if it is not a valid profile; the argument is the model's explanation
     */
    MappingProfile toProfile() {
        try {
            var builder = MappingProfile.builder(name, kind);
            for (var row : fields) {
                source(row).ifPresent(source -> builder.source(field(row.key()), source));
            }
            translationLines().forEach(line -> builder.translate(line.field(), line.from(), line.to()));
            return builder.time(time()).csv(csv()).build();
        } catch (IllegalArgumentException | DateTimeException broken) {
            throw new ProfileRejected("profiles.error.invalid", String.valueOf(broken.getMessage()));
        }
    }

    private TimeFormat time() {
        var patterns = dateTimePatterns.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        var units = new LinkedHashMap<MappedField, DurationUnit>();
        for (var line : nonEmptyLines(durationUnits)) {
            var parts = split(line, '=', "durationUnits", "field = UNIT");
            units.put(field(parts[0]), DurationUnit.valueOf(knownUnit(parts[1].toUpperCase(Locale.ROOT))));
        }
        return new TimeFormat(patterns, datePattern.strip(), timePattern.strip(), ZoneId.of(zone), durationUnit, units);
    }

    private CsvOptions csv() {
        var character = TAB.equals(delimiter) ? '\t' : single(delimiter, "delimiter");
        try {
            return new CsvOptions(character, headerRow, Charset.forName(charset.strip()), single(decimalSeparator,
                    "decimalSeparator"));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new IllegalArgumentException("charset: not a character set this server knows: " + charset, unknown);
        }
    }

    private java.util.Optional<FieldSource> source(FieldRow row) {
        return switch (row.source()) {
            case "column" -> java.util.Optional.of(new FieldSource.Column(row.value().strip()));
            case "constant" -> java.util.Optional.of(new FieldSource.Constant(row.value().strip()));
            case "lineNumber" -> java.util.Optional.of(new FieldSource.LineNumber());
            case "rowHash" -> java.util.Optional.of(new FieldSource.RowHash());
            default -> java.util.Optional.empty();
        };
    }

    /** One translation line. */
    private record Translation(MappedField field, String from, String to) {}

    private List<Translation> translationLines() {
        var lines = new ArrayList<Translation>();
        for (var line : nonEmptyLines(translations)) {
            var fieldAndPair = split(line, ':', "translations", "field: source value = our value");
            var pair = fieldAndPair[1];
            int equals = pair.lastIndexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("translations: write each line as field: source value = our"
                        + " value: " + line);
            }
            lines.add(new Translation(field(fieldAndPair[0]), pair.substring(0, equals).strip(),
                    pair.substring(equals + 1).strip()));
        }
        return lines;
    }

    private MappedField field(String key) {
        return MappedField.of(kind, key.strip()).orElseThrow(() -> new IllegalArgumentException(
                "not a field of " + kind + ": " + key.strip()));
    }

    private static List<String> nonEmptyLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String[] split(String line, char separator, String what, String shape) {
        int at = line.indexOf(separator);
        if (at < 0) {
            throw new IllegalArgumentException(what + ": write each line as " + shape + ": " + line);
        }
        return new String[] {line.substring(0, at).strip(), line.substring(at + 1).strip()};
    }

    private static char single(String text, String what) {
        if (text.length() != 1) {
            throw new IllegalArgumentException(what + ": one character is needed: " + text);
        }
        return text.charAt(0);
    }

    private static Map<String, String> orderedDelimiters() {
        var delimiters = new LinkedHashMap<String, String>();
        delimiters.put(",", "comma");
        delimiters.put(";", "semicolon");
        delimiters.put("|", "pipe");
        delimiters.put(TAB, "tab");
        return java.util.Collections.unmodifiableMap(delimiters);
    }

    private static String knownUnit(String unit) {
        for (var known : DurationUnit.values()) {
            if (known.name().equals(unit)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("duration unit: one of " + List.of(DurationUnit.values()) + ": " + unit);
    }

    private static FieldRow row(MappedField field, MappingProfile profile) {
        var source = profile.fields().get(field);
        return switch (source) {
            case null -> new FieldRow(field.key(), "", "");
            case FieldSource.Column column -> new FieldRow(field.key(), "column", column.name());
            case FieldSource.Constant constant -> new FieldRow(field.key(), "constant", constant.value());
            case FieldSource.LineNumber line -> new FieldRow(field.key(), "lineNumber", "");
            case FieldSource.RowHash hash -> new FieldRow(field.key(), "rowHash", "");
        };
    }
}
