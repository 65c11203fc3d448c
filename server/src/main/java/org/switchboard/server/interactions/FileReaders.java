package org.switchboard.server.interactions;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.switchboard.engine.interactions.InteractionSink;
import org.switchboard.engine.interactions.mapping.MappingReader;
import org.switchboard.engine.interactions.queuelog.QueueLogAssembler;
import org.switchboard.engine.interactions.queuelog.QueueLogReader;

/** Chooses the engine's reader for the format of an import and streams the input through it. */
final class FileReaders {

    private static final int BUFFER = 1 << 16;

    private FileReaders() {}

    /** {@return a reader of the request's mapping, local times in the request's zone} */
    private static MappingReader mappingReader(ImportRequest request, Clock clock) {
        return new MappingReader(request.mapping().orElseThrow().withZone(request.zone()), clock);
    }

    /**
     * Reads the whole input into the sink.
     *
     * @param request the format, file name and zone
     * @param in the input; not closed
     * @param sink receives the records and problems
     * @param clock what "in the future" means to the mapping readers
     * @param carry for queue_log: the calls earlier imports left open, and where this one's open calls go
     */
    static void read(ImportRequest request, InputStream in, InteractionSink sink, Clock clock, QueueLogCarry carry) {
        switch (request.format()) {
            case QUEUE_LOG -> {
                // queue_log times are epoch seconds: the source's zone does not apply
                var reader = new QueueLogReader(QueueLogAssembler.Settings.standard(), sink, carry);
                reader.read(
                        request.fileName(),
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER));
                carry.finish(reader, sink);
            }
            case CSV -> mappingReader(request, clock).readCsv(request.fileName(), in, sink);
            case XLSX -> mappingReader(request, clock).readXlsx(request.fileName(), in, sink);
            case JSON -> throw new IllegalArgumentException("JSON records arrive parsed: use Importer.importRecords");
        }
    }
}
