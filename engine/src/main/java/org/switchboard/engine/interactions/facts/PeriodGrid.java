package org.switchboard.engine.interactions.facts;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods of a roll-up in one time zone: local 15-, 30- or 60-minute slots, days, weeks or months. Periods are
 * local and DST-correct: a day runs from local midnight to local midnight, so the day the clocks go forward has 23
 * hours and the day they go back 25; a local hour repeated when the clocks go back is two 60-minute periods (one per
 * offset).
 *
 * @param unit the length of the periods
 * @param zone the zone whose local time the periods follow
 * @param firstDayOfWeek the day weeks start on (for {@link Unit#WEEK})
 */
public record PeriodGrid(Unit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {

    /** The length of a period. */
    public enum Unit {
        /** 15 local minutes: the same as a fact's UTC slot. */
        MINUTES_15(15),
        /** 30 local minutes, starting at :00 and :30. */
        MINUTES_30(30),
        /** One local hour, starting at :00. */
        MINUTES_60(60),
        /** A local day. */
        DAY(0),
        /** A local week. */
        WEEK(0),
        /** A local calendar month. */
        MONTH(0);

        private final int minutes;

        Unit(int minutes) {
            this.minutes = minutes;
        }

        /**
         * {@return the unit of an interval length in minutes}
         *
         * @param minutes 15, 30 or 60
         * @throws IllegalArgumentException for any other length
         */
        public static Unit ofMinutes(int minutes) {
            return switch (minutes) {
                case 15 -> MINUTES_15;
                case 30 -> MINUTES_30;
                case 60 -> MINUTES_60;
                default -> throw new IllegalArgumentException("interval must be 15, 30 or 60 minutes: " + minutes);
            };
        }
    }

    /**
     * {@return a grid whose weeks start on Monday (ISO 8601)}
     *
     * @param unit the length of the periods
     * @param zone the zone
     */
    public static PeriodGrid of(Unit unit, ZoneId zone) {
        return new PeriodGrid(unit, zone, DayOfWeek.MONDAY);
    }

    /**
     * {@return the start of the period holding an instant}, a 15-minute boundary of the UTC epoch for every zone whose
     * offset is a whole multiple of 15 minutes (all zones in use since 1972)
     *
     * @param instant the instant (usually a slot start)
     * @throws IllegalArgumentException if the zone's offset at that time is not a multiple of 15 minutes
     */
    public Instant startOf(Instant instant) {
        var local = instant.atZone(zone);
        var start = switch (unit) {
            case MINUTES_15, MINUTES_30, MINUTES_60 -> {
                int minuteOfDay = local.getHour() * 60 + local.getMinute();
                int floored = minuteOfDay - minuteOfDay % unit.minutes;
                yield local.withHour(floored / 60).withMinute(floored % 60).withSecond(0).withNano(0).toInstant();
            }
            case DAY -> local.toLocalDate().atStartOfDay(zone).toInstant();
            case WEEK ->
                local.toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(firstDayOfWeek))
                        .atStartOfDay(zone)
                        .toInstant();
            case MONTH -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
        };
        requireArgument(
                FactKey.isSlotBoundary(start),
                "zone %s has an offset that is not a multiple of 15 minutes at %s",
                zone,
                instant);
        return start;
    }
}
