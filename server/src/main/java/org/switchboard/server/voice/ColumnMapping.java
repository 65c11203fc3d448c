package org.switchboard.server.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which column of a response file holds what, saved per survey under a name ({@code voice_column_mapping}). Optional
 * columns are {@code ""} when the files have none. Dates are read with {@link #dateTimePattern()} in the zone of the
 * import; ISO-8601 with an offset ({@code 2026-03-02T08:00:00Z}) is always accepted as well.
 *
 * @param name the mapping's name, e.g. {@code demo}
 * @param responseId the column of the response id (required)
 * @param answeredAt the column of the answer time (required)
 * @param dateTimePattern a {@link DateTimeFormatter} pattern of date-times or dates, e.g. {@code dd.MM.yyyy HH:mm}
 * @param contactId the column of the contact id
 * @param customer the column of the customer's phone number or address
 * @param channel the column of the channel
 * @param language the column of the answer language
 * @param team the column of the team (staff surveys)
 * @param comment the column of the comment
 * @param answers the column of each question's answers, by question code
 */
public record ColumnMapping(
        String name,
        String responseId,
        String answeredAt,
        String dateTimePattern,
        String contactId,
        String customer,
        String channel,
        String language,
        String team,
        String comment,
        Map<String, String> answers) {

    /** The pattern when none is given: ISO-8601 local date-time. */
    public static final String ISO_PATTERN = "yyyy-MM-dd'T'HH:mm[:ss]";

    private static final String ANSWER_PREFIX = "answer.";

    /**
     * Validates the mapping.
     *
     * @throws IllegalArgumentException if the name, the response-id or date column is blank, no answer column is
     *     given, or the pattern is not a valid date-time pattern
     */
    public ColumnMapping {
        requireArgument(!name.isBlank() && name.length() <= 100, "a mapping name has 1 to 100 characters: '%s'", name);
        requireArgument(!responseId.isBlank(), "mapping %s: the response-id column is required", name);
        requireArgument(!answeredAt.isBlank(), "mapping %s: the answer-time column is required", name);
        requireArgument(!answers.isEmpty(), "mapping %s: at least one answer column is required", name);
        try {
            DateTimeFormatter.ofPattern(dateTimePattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "mapping " + name + ": not a date-time pattern: '" + dateTimePattern + "': " + e.getMessage(), e);
        }
        answers = Map.copyOf(answers);
    }

    /** {@return the mapping as flat properties, the form it is saved in} */
    public Map<String, String> properties() {
        var properties = new LinkedHashMap<String, String>();
        properties.put("responseId", responseId);
        properties.put("answeredAt", answeredAt);
        properties.put("dateTimePattern", dateTimePattern);
        properties.put("contactId", contactId);
        properties.put("customer", customer);
        properties.put("channel", channel);
        properties.put("language", language);
        properties.put("team", team);
        properties.put("comment", comment);
        answers.forEach((question, column) -> properties.put(ANSWER_PREFIX + question, column));
        return properties;
    }

    /**
     * Reads a mapping from its flat properties.
     *
     * @param name the mapping's name
     * @param properties as written by {@link #properties()}
     * @return the mapping
     * @throws IllegalArgumentException if a required property is missing or the mapping is invalid
     */
    public static ColumnMapping of(String name, Map<String, String> properties) {
        var answers = new LinkedHashMap<String, String>();
        properties.forEach((key, column) -> {
            if (key.startsWith(ANSWER_PREFIX) && !column.isBlank()) {
                answers.put(key.substring(ANSWER_PREFIX.length()), column);
            }
        });
        return new ColumnMapping(
                name,
                properties.getOrDefault("responseId", ""),
                properties.getOrDefault("answeredAt", ""),
                properties.getOrDefault("dateTimePattern", ISO_PATTERN),
                properties.getOrDefault("contactId", ""),
                properties.getOrDefault("customer", ""),
                properties.getOrDefault("channel", ""),
                properties.getOrDefault("language", ""),
                properties.getOrDefault("team", ""),
                properties.getOrDefault("comment", ""),
                answers);
    }
}
