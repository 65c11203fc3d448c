package org.switchboard.server.interactions.api;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.switchboard.engine.core.InputProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an ingest request body as a stream of JSON tokens, one record at a time, never as a whole document tree:
 * <pre>{"source": "crm", "zone": "Europe/Berlin", "policy": "QUARANTINE", "records": [ {…}, {…} ]}</pre>
 * {@code source} is required (1–{@value #MAX_SOURCE_LENGTH} characters); {@code zone} (an IANA zone id, default the
 * centre's zone) and {@code policy} are optional and must come before {@code records}, since local date-times in the
 * records are read in that zone. Each record is an object of text, number or boolean fields ({@code null} = absent);
 * a bad record becomes problems with line = its 1-based index, never a refusal of the request. A body that is not
 * such JSON, a bad header field, or more than {@code maxRecords} records refuse the request
 * ({@link IngestRequestRefused}).
 */
final class IngestBatchReader {

    /** Longest source name, the length of the {@code source} columns. */
    static final int MAX_SOURCE_LENGTH = 32;

    private static final JsonFactory JSON = new JsonFactory();

    private final ZoneId defaultZone;
    private final int maxRecords;

    /**
     * @param defaultZone the zone of a request that names none (the centre's zone)
     * @param maxRecords the most records one request may hold
     */
    IngestBatchReader(ZoneId defaultZone, int maxRecords) {
        this.defaultZone = defaultZone;
        this.maxRecords = maxRecords;
    }

    /**
     * Reads a request.
     *
     * @param body the request body, UTF-8 JSON
     * @param shape the kind of records expected
     * @return the header, the records taken and the problems of the others
     * @throws IngestRequestRefused if the body is not a valid request (400) or holds too many records (413)
     */
    <T> IngestBatch<T> read(InputStream body, RecordShape<T> shape) {
        try (var parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            return new BatchParse<>(parser, shape).read();
        } catch (JacksonException malformed) {
            var where = malformed.getLocation();
            throw new IngestRequestRefused(HttpStatus.BAD_REQUEST, "the body is not valid JSON"
                    + (where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr())
                    + ": " + malformed.getOriginalMessage());
        }
    }

    /** The state of reading one request. */
    private final class BatchParse<T> {

        private final JsonParser parser;
        private final RecordShape<T> shape;
        private final List<T> records = new ArrayList<>();
        private final List<InputProblem> problems = new ArrayList<>();
        private String source = "";
        private ZoneId zone = defaultZone;
        private Optional<String> policy = Optional.empty();
        private boolean recordsSeen;
        private int recordCount;

        BatchParse(JsonParser parser, RecordShape<T> shape) {
            this.parser = parser;
            this.shape = shape;
        }

        IngestBatch<T> read() {
            expect(parser.nextToken() == JsonToken.START_OBJECT, "the body must be a JSON object");
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                var token = parser.nextToken();
                switch (name) {
                    case "source" -> source = headerText(name, token);
                    case "zone" -> zone = zone(headerText(name, token));
                    case "policy" -> policy = Optional.of(headerText(name, token));
                    case "records" -> readRecords(token);
                    default -> throw refused("unknown field \"" + name + "\"; the fields are source, zone, policy, "
                            + "records");
                }
            }
            expect(!source.isBlank() && source.length() <= MAX_SOURCE_LENGTH,
                    "\"source\" is required: the sending system's name, 1 to " + MAX_SOURCE_LENGTH + " characters");
            expect(recordsSeen, "\"records\" is required: an array of records");
            return new IngestBatch<>(source.strip(), zone, policy, records, problems, recordCount);
        }

        private String headerText(String name, JsonToken token) {
            expect(!recordsSeen, "\"" + name + "\" must come before \"records\"");
            expect(token == JsonToken.VALUE_STRING, "\"" + name + "\" must be a text");
            return parser.getString();
        }

        private ZoneId zone(String id) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknown) {
                throw refused("\"zone\" is not a time-zone id such as Europe/Berlin: " + id);
            }
        }

        private void readRecords(JsonToken token) {
            expect(token == JsonToken.START_ARRAY, "\"records\" must be an array");
            recordsSeen = true;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                recordCount++;
                if (recordCount > maxRecords) {
                    throw new IngestRequestRefused(HttpStatus.CONTENT_TOO_LARGE,
                            "a batch holds at most " + maxRecords + " records; send the rest in further batches");
                }
                readRecord();
            }
        }

        private void readRecord() {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                problems.add(new InputProblem(RecordFields.REQUEST, recordCount, "record", parser.getText(),
                        "a record must be a JSON object"));
                parser.skipChildren();
                return;
            }
            var values = new HashMap<String, String>();
            var nested = new TreeSet<String>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                var token = parser.nextToken();
                if (!token.isScalarValue()) {
                    nested.add(name);
                    parser.skipChildren();
                } else if (token != JsonToken.VALUE_NULL) {
                    values.put(name, parser.getText());
                }
            }
            var fields = new RecordFields(values, nested, recordCount, zone);
            shape.build(fields).ifPresent(records::add);
            problems.addAll(fields.problems());
        }

        private void expect(boolean condition, String rule) {
            if (!condition) {
                throw refused(rule);
            }
        }

        private IngestRequestRefused refused(String rule) {
            return new IngestRequestRefused(HttpStatus.BAD_REQUEST, rule);
        }
    }
}
