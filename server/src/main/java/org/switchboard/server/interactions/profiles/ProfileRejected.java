package org.switchboard.server.interactions.profiles;

/**
 * A mapping profile that cannot be saved: the message key names the rule (translated in the bundles), the argument
 * is the offending name or the model's own English explanation.
 */
public final class ProfileRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String argument;

    /**
     * @param messageKey bundle key of the broken rule
     * @param argument the offending value or the explanation
     */
    public ProfileRejected(String messageKey, String argument) {
        super(messageKey + ": " + argument);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    /** {@return the bundle key of the broken rule} */
    public String messageKey() {
        return messageKey;
    }

    /** {@return the offending value or the explanation} */
    public String argument() {
        return argument;
    }
}
