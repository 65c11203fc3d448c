package org.switchboard.server.interactions.mapping;

/**
 * A mapping profile document that cannot be read: not JSON, a member of the wrong type or unknown, or a profile
 * that breaks a rule. The message names the JSON path of the fault, e.g.
 * {@code $.fields.channel: constant 'phone' is not a CHANNEL code}.
 */
public final class InvalidMappingProfile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the error.
     *
     * @param path the JSON path of the fault ({@code $} for the document as a whole)
     * @param reason what is wrong
     */
    public InvalidMappingProfile(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    /** {@return the JSON path of the fault, {@code $} for the document as a whole} */
    public String path() {
        return path;
    }
}
