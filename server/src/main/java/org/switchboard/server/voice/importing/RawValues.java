package org.switchboard.server.voice.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.switchboard.server.voice.RawResponse;

/**
 * The values of a {@link RawResponse} by name, as a quarantined line keeps them and as the quarantine page edits them:
 * {@code responseId}, {@code answeredAt}, {@code contactId}, {@code customer}, {@code channel}, {@code language},
 * {@code team}, {@code comment}, and {@code answer.<question code>} per answer. Stored as a properties document, which
 * keeps any text (line breaks, commas, quotes) as it was.
 */
public final class RawValues {

    /** The names of the values other than the answers, in form order. */
    public static final List<String> FIELDS =
            List.of("responseId", "answeredAt", "contactId", "customer", "channel", "language", "team", "comment");

    /** The prefix of an answer's name; the question's code follows. */
    public static final String ANSWER = "answer.";

    private RawValues() {}

    /** {@return the values of a response by name, fields first, then the answers} */
    public static Map<String, String> of(RawResponse raw) {
        var values = new LinkedHashMap<String, String>();
        var fields = List.of(raw.responseId(), raw.answeredAt(), raw.contactId(), raw.customer(), raw.channel(),
                raw.language(), raw.team(), raw.comment());
        for (int k = 0; k < FIELDS.size(); k++) {
            values.put(FIELDS.get(k), fields.get(k));
        }
        raw.answers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(answer -> values.put(ANSWER + answer.getKey(), answer.getValue()));
        return values;
    }

    /**
     * Builds a response from values by name; a name that is absent reads as {@code ""}.
     *
     * @param line the line the response was read from
     * @param values the values by name
     * @param questions the codes of the survey's questions
     * @return the response, values stripped
     */
    public static RawResponse response(long line, Map<String, String> values, Collection<String> questions) {
        var answers = new LinkedHashMap<String, String>();
        questions.forEach(question -> answers.put(question, value(values, ANSWER + question)));
        return new RawResponse(line, value(values, "responseId"), value(values, "answeredAt"),
                value(values, "contactId"), value(values, "customer"), value(values, "channel"),
                value(values, "language"), value(values, "team"), value(values, "comment"), answers);
    }

    /** {@return the values as a properties document} */
    public static String encode(Map<String, String> values) {
        var properties = new Properties();
        properties.putAll(values);
        var text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** {@return the values of a properties document written by {@link #encode}} */
    public static Map<String, String> decode(String document) {
        var properties = new Properties();
        try {
            properties.load(new StringReader(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var values = new LinkedHashMap<String, String>();
        properties.stringPropertyNames().stream().sorted().forEach(name -> values.put(name,
                properties.getProperty(name)));
        return values;
    }

    private static String value(Map<String, String> values, String name) {
        var value = values.get(name);
        return value == null ? "" : value.strip();
    }
}
