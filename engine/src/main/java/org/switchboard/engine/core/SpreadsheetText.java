package org.switchboard.engine.core;

/**
 * Text written into exported CSV and .xlsx cells, made safe against formula injection ("CSV Injection", OWASP:
 * https://owasp.org/www-community/attacks/CSV_Injection). A spreadsheet program opening an export evaluates a cell
 * that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula, and tab and carriage return can hide
 * such a start; imported data (a customer's name, a reason code typed by an agent) must never run as a formula on
 * a supervisor's machine. Following OWASP's advice, such a cell is prefixed with a single quote, which spreadsheets
 * show as text.
 *
 * <p>Only text cells go through {@link #neutralise}: numbers are written as numeric cells (or as plain numbers in
 * CSV), so a negative amount such as {@code -5} stays a number and is not touched.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /**
     * {@return the text with a single quote in front when it starts with {@code =}, {@code +}, {@code -}, {@code @},
     * a tab or a carriage return; otherwise the text unchanged}
     *
     * @param text the text of a text cell
     */
    public static String neutralise(String text) {
        return startsDangerously(text) ? "'" + text : text;
    }

    /**
     * {@return whether a spreadsheet could read the text as the start of a formula}
     *
     * @param text the text of a text cell
     */
    public static boolean startsDangerously(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
