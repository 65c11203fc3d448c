package org.switchboard.server.kpi.web;

/**
 * Masks a customer's phone number or address for roles without the need to see it: a phone number keeps its first
 * three characters (the country code) and its last two ({@code +49 ••• ••12}); an e-mail address keeps its first
 * character and the last two of its domain ({@code a•••@•••de}); anything shorter than six characters is masked
 * whole.
 */
final class CustomerMask {

    private static final String DOTS = "•••";
    private static final int SHORTEST_SHOWN = 6;

    private CustomerMask() {}

    /** {@return the masked form of a number or address} */
    static String mask(String address) {
        var value = address.strip();
        if (value.length() < SHORTEST_SHOWN) {
            return DOTS;
        }
        int at = value.indexOf('@');
        if (at >= 0) {
            return value.charAt(0) + DOTS + "@" + DOTS + value.substring(value.length() - 2);
        }
        return value.substring(0, 3) + " " + DOTS + " ••" + value.substring(value.length() - 2);
    }
}
