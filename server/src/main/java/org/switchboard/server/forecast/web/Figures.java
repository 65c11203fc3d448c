package org.switchboard.server.forecast.web;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import org.springframework.context.MessageSource;

/**
 * Writes the forecast pages' figures in the user's language: shares as percentages with two decimals ({@code 5.21 %}),
 * over-forecast parts with a plus sign, contacts with one decimal, and an absent figure as a dash, never 0.
 */
final class Figures {

    private final MessageSource messages;
    private final Locale locale;
    private final NumberFormat decimals;
    private final NumberFormat contacts;

    Figures(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMinimumFractionDigits(2);
        decimals.setMaximumFractionDigits(2);
        this.contacts = NumberFormat.getNumberInstance(locale);
        contacts.setMinimumFractionDigits(1);
        contacts.setMaximumFractionDigits(1);
    }

    /** {@return a share (0.0521) as a percentage ({@code 5.21 %}), a dash when absent} */
    String percent(OptionalDouble share) {
        return share.isPresent() ? percent(share.getAsDouble()) : none();
    }

    /** {@return a share as a percentage; a negative zero is written as 0} */
    String percent(double share) {
        return messages.getMessage("forecast.percent", new Object[] {decimals.format(share * 100 + 0.0)}, locale);
    }

    /** {@return a share as a percentage with its sign, {@code +9.76 %} or {@code −4.26 %}; a dash when absent} */
    String signed(OptionalDouble share) {
        if (share.isEmpty()) {
            return none();
        }
        return share.getAsDouble() > 0
                ? messages.getMessage("forecast.percent.plus", new Object[] {decimals.format(share.getAsDouble() * 100)},
                        locale)
                : percent(share.getAsDouble());
    }

    /** {@return contacts with one decimal} */
    String contacts(double value) {
        return contacts.format(value);
    }

    /** {@return the dash of an absent figure} */
    String none() {
        return messages.getMessage("forecast.none", null, locale);
    }
}
