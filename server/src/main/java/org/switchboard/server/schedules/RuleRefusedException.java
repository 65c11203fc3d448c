package org.switchboard.server.schedules;

/**
 * A change to the scheduling rules that the stored rules do not allow: a name another template or contract already
 * has, a contract agents still work under, a rule that no longer exists. The message key names the reason
 * (translated in the message bundles); the argument is the name or id concerned.
 */
public class RuleRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String argument;

    /**
     * Creates the exception.
     *
     * @param messageKey bundle key of the reason
     * @param argument the name or id concerned, shown in the message
     */
    public RuleRefusedException(String messageKey, String argument) {
        super(messageKey + ": " + argument);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    /** {@return the bundle key of the reason} */
    public String messageKey() {
        return messageKey;
    }

    /** {@return the name or id concerned} */
    public String argument() {
        return argument;
    }
}
