package org.switchboard.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application: web interface, REST API, persistence and security.
 *
 * <p>It is started by the {@code serve} and {@code demo} commands of {@link org.switchboard.server.cli.Switchboard};
 * commands that need no server never create this context.
 */
@SpringBootApplication
public class SwitchboardApplication {}
