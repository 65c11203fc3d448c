package org.switchboard.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.switchboard.engine.forecast.Forecast;

/** Writes a forecast as the CSV of the command-line contract: {@code timestamp,volume,lower80,upper80,lower95,upper95[,aht]}. */
final class ForecastCsv {

    private ForecastCsv() {}

    /**
     * Writes the file, replacing it.
     *
     * @param forecast the forecast
     * @param withAht whether to add the {@code aht} column (seconds; empty for a closed interval)
     * @param file where to write
     * @throws IOException if writing fails
     */
    static void write(Forecast forecast, boolean withAht, Path file) throws IOException {
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(withAht
                    ? "timestamp,volume,lower80,upper80,lower95,upper95,aht\n"
                    : "timestamp,volume,lower80,upper80,lower95,upper95\n");
            for (var point : forecast.points()) {
                writer.write(String.format(
                        Locale.ROOT,
                        "%s,%.3f,%.3f,%.3f,%.3f,%.3f",
                        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(point.start()),
                        point.volume(),
                        point.lower80(),
                        point.upper80(),
                        point.lower95(),
                        point.upper95()));
                if (withAht) {
                    writer.write(',');
                    if (point.ahtSeconds().isPresent()) {
                        writer.write(String.format(Locale.ROOT, "%.1f", point.ahtSeconds().getAsDouble()));
                    }
                }
                writer.write('\n');
            }
        }
    }
}
