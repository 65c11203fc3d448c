package org.switchboard.server.interactions.web;

import java.io.IOException;
import java.io.InputStream;
import org.switchboard.server.interactions.ImportOutcome;
import org.switchboard.server.interactions.ImportProgress;

/** The import a background job runs on its spooled file. */
@FunctionalInterface
interface ImportTask {

    /**
     * Imports the file.
     *
     * @param input the file's content
     * @param totalBytes the file's size in bytes
     * @param progress told how the import advances
     * @return what was stored and rejected
     * @throws IOException if the file cannot be read
     */
    ImportOutcome run(InputStream input, long totalBytes, ImportProgress progress) throws IOException;
}
