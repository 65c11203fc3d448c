package org.switchboard.engine.staffing.forecastfile;

import java.math.BigDecimal;

/** A cell as a reader found it: text (every CSV field, spreadsheet strings) or a spreadsheet number. */
sealed interface Cell permits Cell.Text, Cell.Number {

    /** The longest cell text repeated in a problem. */
    int MAX_SHOWN = 200;

    /** {@return the cell as the user would read it, shortened to {@value #MAX_SHOWN} characters} */
    String shown();

    /** {@return whether the cell holds nothing but white space} */
    boolean isBlank();

    /** A text cell. */
    record Text(String text) implements Cell {
        @Override
        public String shown() {
            var stripped = text.strip();
            return stripped.length() <= MAX_SHOWN ? stripped : stripped.substring(0, MAX_SHOWN) + "…";
        }

        @Override
        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** A numeric spreadsheet cell (dates and times are numbers in a spreadsheet). */
    record Number(BigDecimal value) implements Cell {
        @Override
        public String shown() {
            return value.toPlainString();
        }

        @Override
        public boolean isBlank() {
            return false;
        }
    }

    /** The empty cell. */
    Cell EMPTY = new Text("");
}
