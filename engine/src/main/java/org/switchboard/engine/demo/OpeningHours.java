package org.switchboard.engine.demo;

import java.time.DayOfWeek;

/**
 * When the centre takes contacts: one set of hours Monday to Friday, shorter ones at the weekend. A public holiday
 * is run like a Sunday (see {@link DemoSpec}).
 *
 * @param weekdays hours Monday to Friday
 * @param saturday hours on Saturday
 * @param sunday hours on Sunday and on public holidays
 */
public record OpeningHours(DailyHours weekdays, DailyHours saturday, DailyHours sunday) {

    /**
     * {@return the hours of a day of the week}
     *
     * @param day the day of the week
     */
    public DailyHours on(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> saturday;
            case SUNDAY -> sunday;
            default -> weekdays;
        };
    }
}
