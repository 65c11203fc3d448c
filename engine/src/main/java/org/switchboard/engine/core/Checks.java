package org.switchboard.engine.core;

/**
 * Argument and state checks that fail fast with a message naming the parameter, the value and the rule, e.g.
 * {@code requireArgument(weeks > 0, "weeks must be positive: weeks=%d", weeks)}.
 */
public final class Checks {

    private Checks() {}

    /**
     * Rejects an argument that breaks a rule.
     *
     * @param condition whether the argument is valid
     * @param template message in {@link String#format} syntax, naming the parameter, its value and the rule
     * @param args values for the template
     * @throws IllegalArgumentException if {@code condition} is false
     */
    public static void requireArgument(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(template.formatted(args));
        }
    }

    /**
     * Rejects a call made in a state where it is not allowed.
     *
     * @param condition whether the state allows the call
     * @param template message in {@link String#format} syntax
     * @param args values for the template
     * @throws IllegalStateException if {@code condition} is false
     */
    public static void requireState(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalStateException(template.formatted(args));
        }
    }
}
