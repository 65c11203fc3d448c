package org.switchboard.engine.interactions.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.InteractionSink;

/**
 * A file far larger than anything the reader may hold streams through in constant memory (plus the id hashes):
 * the rows are generated on the fly by an {@link InputStream}, never materialised, and the sink only counts.
 *
 * <p>Size: 64 MiB by default (about a million rows, a few seconds); the 2 GiB (about 31 million rows,
 * a minute or more on a busy 2-core machine) with {@code -Dswitchboard.bigfile=true}, or any size in bytes with
 * {@code -Dswitchboard.bigfile.bytes=N}:
 * <pre>./mvnw -o -q -pl engine test -Dtest=MappingBigFileTest -Dswitchboard.bigfile=true</pre>
 */
class MappingBigFileTest {

    private static final long DEFAULT_BYTES = 64L << 20;
    private static final long BIG_BYTES = 2L << 30;

    static long size() {
        var explicit = System.getProperty("switchboard.bigfile.bytes");
        if (explicit != null) {
            return Long.parseLong(explicit);
        }
        return Boolean.getBoolean("switchboard.bigfile") ? BIG_BYTES : DEFAULT_BYTES;
    }

    /** Valid rows for {@link MappingReaderTest#simple()}, unique ids, until at least {@code size} bytes. */
    static final class GeneratedCsv extends InputStream {

        private final long size;
        private long produced;
        private long rows;
        private byte[] pending = (MappingReaderTest.HEADER).getBytes(StandardCharsets.US_ASCII);
        private int position;

        GeneratedCsv(long size) {
            this.size = size;
        }

        long rows() {
            return rows;
        }

        @Override
        public int read() {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == pending.length && !refill()) {
                return -1;
            }
            int count = Math.min(length, pending.length - position);
            System.arraycopy(pending, position, buffer, offset, count);
            position += count;
            produced += count;
            return count;
        }

        private boolean refill() {
            if (produced >= size) {
                return false;
            }
            var block = new StringBuilder(1 << 16);
            while (block.length() < (1 << 16) - 100) {
                rows++;
                int minute = (int) (rows % 60);
                block.append('c').append(rows).append(",sales,2026-03-02T07:")
                        .append(minute < 10 ? "0" : "").append(minute).append(":00Z,2026-03-02T07:")
                        .append(minute < 10 ? "0" : "").append(minute).append(":20Z,,a7,Y,100\n");
            }
            pending = block.toString().getBytes(StandardCharsets.US_ASCII);
            position = 0;
            return true;
        }
    }

    @Test
    void streamsAGeneratedFileOfAtLeastTheConfiguredSizeCountingEveryRow() {
        long size = size();
        var in = new GeneratedCsv(size);
        var sink = new CountingSink();

        var counts = new MappingReader(MappingReaderTest.simple().build(), MappingReaderTest.CLOCK)
                .readCsv("big.csv", in, sink);

        assertThat(in.produced).isGreaterThanOrEqualTo(size);
        assertThat(sink.problems).isZero();
        assertThat(sink.contacts).isEqualTo(in.rows());
        assertThat(counts).isEqualTo(new ReadCounts(in.rows(), in.rows(), 0));
        assertThat(sink.lastLine).isEqualTo(in.rows() + 1); // header on line 1
    }

    /** Counts what it receives and keeps nothing. */
    private static final class CountingSink implements InteractionSink {

        long contacts;
        long problems;
        long lastLine;

        @Override
        public void contact(Interaction contact, long line) {
            contacts++;
            lastLine = line;
        }

        @Override
        public void agentEvent(AgentEvent event, long line) {
            throw new AssertionError("a contacts file gives no agent events");
        }

        @Override
        public void rejected(InputProblem problem) {
            problems++;
        }
    }
}
