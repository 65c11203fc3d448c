package org.switchboard.server.kpi.web;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import org.springframework.context.MessageSource;
import org.switchboard.server.kpi.dashboard.Metric;

/**
 * Writes figures for the pages in the reader's language: counts as whole numbers, shares in percent with one decimal,
 * times and rates with one decimal and their unit from the bundles, amounts with two decimals. A missing figure is the
 * bundle's "no figure" sign, never 0.
 */
final class FigureFormat {

    private final MessageSource messages;
    private final Locale locale;

    FigureFormat(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** {@return a figure in its unit} */
    String format(OptionalDouble value, Metric.Unit unit) {
        return value.isPresent() ? format(value.getAsDouble(), unit) : messages.getMessage("kpi.none", null, locale);
    }

    /** {@return a figure in its unit} */
    String format(double value, Metric.Unit unit) {
        return switch (unit) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(Math.round(value));
            case SHARE -> decimals(value * 100, 1) + " %";
            case SECONDS -> messages.getMessage("kpi.unit.seconds", new Object[] {decimals(value, 1)}, locale);
            case HOURS -> messages.getMessage("kpi.unit.hours", new Object[] {decimals(value, 1)}, locale);
            case RATE -> messages.getMessage("kpi.unit.per-hour", new Object[] {decimals(value, 1)}, locale);
            case MONEY -> decimals(value, 2);
        };
    }

    private String decimals(double value, int digits) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
