package org.switchboard.engine.interactions.mapping;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A named column mapping that a user saves and reuses for every file of one source: which column (or constant) feeds
 * each field, how times and durations are written, and how the source's codes translate to ours.
 *
 * <p>Required for {@link MappingKind#CONTACTS}: {@code sourceId}, {@code channel}, {@code queue}, {@code direction},
 * {@code disposition}, {@code agentId} and the arrival ({@code arrivedAt}, or {@code arrivalDate} with an optional
 * {@code arrivalTime}); each timing value at most one way ({@code answeredAt} or {@code waitDuration}, {@code endedAt}
 * or {@code talkDuration}, {@code wrapEndedAt} or {@code wrapDuration}); see {@link ContactField} for how the reader
 * derives the instants. Required for {@link MappingKind#AGENT_EVENTS}: {@code agentId}, {@code at}, {@code state}.
 *
 * <p>Translations turn a source value (matched exactly, after removing surrounding blanks) into ours before it is
 * read, e.g. for {@code disposition}: {@code "Y" → "ANSWERED"}, {@code "Abandoned" → "ABANDONED"}. A code field
 * ({@link FieldType#isCode()}) takes the translated value, or else the value itself when it names a code (in any
 * case); anything else is an unknown code and the row is rejected.
 *
 * @param name the name the user saved it under
 * @param kind what the files hold
 * @param fields the source of each mapped field; unmapped optional fields stay absent
 * @param time how times and durations are written
 * @param translations per field, source value → our value
 * @param csv how CSV files are written
 */
public record MappingProfile(
        String name,
        MappingKind kind,
        Map<MappedField, FieldSource> fields,
        TimeFormat time,
        Map<MappedField, Map<String, String>> translations,
        CsvOptions csv) {

    private static final List<ContactField> REQUIRED_CONTACT_FIELDS = List.of(
            ContactField.SOURCE_ID,
            ContactField.CHANNEL,
            ContactField.QUEUE,
            ContactField.DIRECTION,
            ContactField.DISPOSITION,
            ContactField.AGENT_ID);

    private static final List<AgentEventField> REQUIRED_AGENT_EVENT_FIELDS =
            List.of(AgentEventField.AGENT_ID, AgentEventField.AT, AgentEventField.STATE);

    private static final EnumSet<FieldType> NO_CONSTANT =
            EnumSet.of(FieldType.INSTANT, FieldType.DATE, FieldType.TIME, FieldType.DURATION);

    /**
     * Validates the profile and copies the maps (keeping their order).
     *
     * @throws IllegalArgumentException naming the field and the rule: blank name; a field, translation or duration
     *     unit of the other kind; a required field not mapped; a timing value mapped two ways; a derived id for
     *     another field than {@code sourceId}; a constant for a date, time or duration field; a constant or a
     *     translation that is not a code of its field; a translation for a field that is not mapped
     */
    public MappingProfile {
        requireArgument(!name.isBlank(), "a mapping profile needs a name");
        fields = copy(fields);
        var copied = new LinkedHashMap<MappedField, Map<String, String>>();
        translations.forEach((field, table) -> copied.put(field, copy(table)));
        translations = copy(copied);
        for (var field : fields.keySet()) {
            requireKind(kind, field, "fields");
        }
        for (var field : time.durationUnits().keySet()) {
            requireKind(kind, field, "durationUnits");
        }
        requireRequiredFields(kind, fields);
        for (var entry : fields.entrySet()) {
            requireValidSource(entry.getKey(), entry.getValue(), translations);
        }
        for (var entry : translations.entrySet()) {
            requireValidTranslations(entry.getKey(), entry.getValue(), fields);
        }
    }

    /**
     * {@return the translated value of a source text for a field: the translation when there is one, else the
     * stripped text}
     *
     * @param field the field
     * @param text the source text
     */
    public String translate(MappedField field, String text) {
        var stripped = text.strip();
        var table = translations.get(field);
        return table == null ? stripped : table.getOrDefault(stripped, stripped);
    }

    /**
     * {@return this profile reading local times in another zone, e.g. the zone an import declares for its source}
     *
     * @param zone the source's time zone
     */
    public MappingProfile withZone(ZoneId zone) {
        return new MappingProfile(name, kind, fields, time.withZone(zone), translations, csv);
    }

    /**
     * Starts a profile with ISO times in UTC, standard CSV and nothing mapped.
     *
     * @param name the profile's name
     * @param kind what the files hold
     * @return a builder
     */
    public static Builder builder(String name, MappingKind kind) {
        return new Builder(name, kind);
    }

    private static <K, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static void requireKind(MappingKind kind, MappedField field, String where) {
        requireArgument(
                field.kind() == kind,
                "%s: %s is a field of %s, not of %s",
                where,
                field.key(),
                field.kind(),
                kind);
    }

    private static void requireRequiredFields(MappingKind kind, Map<MappedField, FieldSource> fields) {
        List<? extends MappedField> required =
                kind == MappingKind.CONTACTS ? REQUIRED_CONTACT_FIELDS : REQUIRED_AGENT_EVENT_FIELDS;
        var missing = required.stream()
                .filter(field -> !fields.containsKey(field))
                .map(MappedField::key)
                .collect(Collectors.joining(", "));
        requireArgument(missing.isEmpty(), "required fields not mapped (give a column or a constant): %s", missing);
        if (kind == MappingKind.CONTACTS) {
            requireArgument(
                    fields.containsKey(ContactField.ARRIVED_AT) != fields.containsKey(ContactField.ARRIVAL_DATE),
                    "map the arrival either as arrivedAt or as arrivalDate (with arrivalTime), exactly one of them");
            requireArgument(
                    !fields.containsKey(ContactField.ARRIVAL_TIME) || fields.containsKey(ContactField.ARRIVAL_DATE),
                    "arrivalTime needs arrivalDate");
            requireOneWay(fields, ContactField.ANSWERED_AT, ContactField.WAIT_DURATION);
            requireOneWay(fields, ContactField.ENDED_AT, ContactField.TALK_DURATION);
            requireOneWay(fields, ContactField.WRAP_ENDED_AT, ContactField.WRAP_DURATION);
        }
    }

    private static void requireOneWay(Map<MappedField, FieldSource> fields, ContactField one, ContactField other) {
        requireArgument(
                !(fields.containsKey(one) && fields.containsKey(other)),
                "map %s or %s, not both",
                one.key(),
                other.key());
    }

    private static void requireValidSource(
            MappedField field, FieldSource source, Map<MappedField, Map<String, String>> translations) {
        requireArgument(
                !source.isDerived() || field == ContactField.SOURCE_ID,
                "%s: only sourceId can be derived from the line number or the row",
                field.key());
        if (source instanceof FieldSource.Constant constant) {
            requireArgument(
                    !NO_CONSTANT.contains(field.type()),
                    "%s: a date, time or duration field takes a column, not a constant",
                    field.key());
            var table = translations.getOrDefault(field, Map.of());
            var value = table.getOrDefault(constant.value().strip(), constant.value());
            requireCode(field, value, "constant '%s'".formatted(constant.value()));
        }
    }

    private static void requireValidTranslations(
            MappedField field, Map<String, String> table, Map<MappedField, FieldSource> fields) {
        requireArgument(fields.containsKey(field), "translations for %s, which is not mapped", field.key());
        table.forEach((from, to) -> {
            requireArgument(!to.isBlank(), "%s: the translation of '%s' is blank", field.key(), from);
            requireCode(field, to, "translation '%s' → '%s'".formatted(from, to));
        });
    }

    private static void requireCode(MappedField field, String value, String what) {
        requireArgument(
                !field.type().isCode() || field.type().code(value).isPresent(),
                "%s: %s is not a %s code",
                field.key(),
                what,
                field.type());
    }

    /** Assembles a {@link MappingProfile}; {@link #build()} validates it. */
    public static final class Builder {

        private final String name;
        private final MappingKind kind;
        private final Map<MappedField, FieldSource> fields = new LinkedHashMap<>();
        private final Map<MappedField, Map<String, String>> translations = new LinkedHashMap<>();
        private TimeFormat time = TimeFormat.isoUtc();
        private CsvOptions csv = CsvOptions.standard();

        private Builder(String name, MappingKind kind) {
            this.name = name;
            this.kind = kind;
        }

        /**
         * Feeds a field from a column.
         *
         * @param field the field
         * @param column the column's name (or 1-based position without a header row)
         * @return this builder
         */
        public Builder column(MappedField field, String column) {
            return source(field, new FieldSource.Column(column));
        }

        /**
         * Gives a field the same value in every row.
         *
         * @param field the field
         * @param value the value
         * @return this builder
         */
        public Builder constant(MappedField field, String value) {
            return source(field, new FieldSource.Constant(value));
        }

        /**
         * Feeds a field from any source.
         *
         * @param field the field
         * @param source the source
         * @return this builder
         */
        public Builder source(MappedField field, FieldSource source) {
            fields.put(field, source);
            return this;
        }

        /**
         * Translates one source value of a field.
         *
         * @param field the field
         * @param from the source value
         * @param to our value
         * @return this builder
         */
        public Builder translate(MappedField field, String from, String to) {
            translations.computeIfAbsent(field, key -> new LinkedHashMap<>()).put(from, to);
            return this;
        }

        /**
         * Sets how times and durations are written.
         *
         * @param time the format
         * @return this builder
         */
        public Builder time(TimeFormat time) {
            this.time = time;
            return this;
        }

        /**
         * Sets how CSV files are written.
         *
         * @param csv the options
         * @return this builder
         */
        public Builder csv(CsvOptions csv) {
            this.csv = csv;
            return this;
        }

        /**
         * {@return the profile}
         *
         * @throws IllegalArgumentException if the profile is not valid (see {@link MappingProfile})
         */
        public MappingProfile build() {
            return new MappingProfile(name, kind, fields, time, translations, csv);
        }
    }
}
