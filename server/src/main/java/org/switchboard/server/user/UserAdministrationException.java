package org.switchboard.server.user;

/**
 * A rejected change to a user account. The message key names the rule (translated in the message bundles); the
 * argument is the offending value.
 */
public class UserAdministrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String argument;

    /**
     * Creates the exception.
     *
     * @param messageKey bundle key of the rule that was broken
     * @param argument the offending value, shown in the message
     */
    public UserAdministrationException(String messageKey, String argument) {
        super(messageKey + ": " + argument);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    /** {@return the bundle key of the broken rule} */
    public String messageKey() {
        return messageKey;
    }

    /** {@return the offending value} */
    public String argument() {
        return argument;
    }
}
