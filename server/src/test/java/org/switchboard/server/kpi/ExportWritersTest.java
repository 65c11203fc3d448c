package org.switchboard.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportWritersTest {

    @Test
    void writesNumbersAsNumbersAndNeutralisedTextInCsv() throws Exception {
        var table = new ExportTable("T", List.of("queue", "offered", "share", "start"), List.of(
                Arrays.asList("=cmd|'/c calc'!A1", 12L, null, LocalDateTime.of(2026, 3, 2, 8, 15))));
        var out = new ByteArrayOutputStream();

        ExportWriters.csv(table, out);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("queue,offered,share,start", "'=cmd|'/c calc'!A1,12,,2026-03-02 08:15");
    }
}
