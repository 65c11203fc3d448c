package org.switchboard.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that start the server. */
final class ServerOptions {

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "HTTP port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--data",
            defaultValue = "./data",
            description = "Folder of the embedded database, logs and generated demo files (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;
}
