package org.switchboard.server.interactions.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what identifies a customer in a rejected line, for the roles that have no need to see it: e-mail addresses
 * keep their first character and their domain ({@code a•••@example.com}); phone numbers (runs of at least
 * {@value #MIN_PHONE_DIGITS} digits, with the separators {@code + ( ) . / -} and spaces) keep their last two digits
 * ({@code •••67}). Dates and times ({@code 2026-03-02}, {@code 08:00:00}) are kept, so that the line stays readable.
 */
final class PersonalDataMask {

    /** Digits a run needs to count as a phone number: shorter runs are counts, durations, ids. */
    static final int MIN_PHONE_DIGITS = 7;

    private static final String HIDDEN = "•••";
    private static final Pattern EMAIL = Pattern.compile("([\\p{L}\\d._%+-])[\\p{L}\\d._%+-]*@([\\p{L}\\d.-]+)");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]*\\d");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.*");

    private PersonalDataMask() {}

    /** {@return the text with e-mail addresses and phone numbers masked} */
    static String mask(String text) {
        var withoutEmail = EMAIL.matcher(text).replaceAll(email ->
                Matcher.quoteReplacement(email.group(1) + HIDDEN + "@" + email.group(2)));
        return PHONE.matcher(withoutEmail).replaceAll(run -> Matcher.quoteReplacement(maskPhone(run.group())));
    }

    private static String maskPhone(String run) {
        var digits = run.replaceAll("\\D", "");
        if (digits.length() < MIN_PHONE_DIGITS || DATE.matcher(run).matches()) {
            return run;
        }
        return HIDDEN + digits.substring(digits.length() - 2);
    }
}
