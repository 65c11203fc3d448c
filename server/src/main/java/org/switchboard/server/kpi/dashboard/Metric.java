package org.switchboard.server.kpi.dashboard;

import java.util.Locale;

/**
 * Every figure the dashboard shows as a tile, with the metrics.md section that defines it, the unit it is in and which
 * way is better. Names and formulas are in the message bundles under {@code kpi.metric.<slug>}.
 */
public enum Metric {
    /** Contacts offered (§1). */
    OFFERED(Group.ACCESSIBILITY, Unit.COUNT, Better.NEITHER),
    /** Contacts answered (§1). */
    ANSWERED(Group.ACCESSIBILITY, Unit.COUNT, Better.NEITHER),
    /** Contacts abandoned, short abandons included (§1). */
    ABANDONED(Group.ACCESSIBILITY, Unit.COUNT, Better.LOWER),
    /** Abandons within the short-abandon threshold (§1). */
    SHORT_ABANDONS(Group.ACCESSIBILITY, Unit.COUNT, Better.NEITHER),
    /** Contacts that left the queue by the system's rule (§1). */
    OVERFLOWED(Group.ACCESSIBILITY, Unit.COUNT, Better.LOWER),
    /** Service level SL(T) by the queue's variant (§1). */
    SERVICE_LEVEL(Group.ACCESSIBILITY, Unit.SHARE, Better.HIGHER),
    /** Average speed of answer (§1). */
    ASA(Group.ACCESSIBILITY, Unit.SECONDS, Better.LOWER),
    /** Abandonment rate (§1). */
    ABANDON_RATE(Group.ACCESSIBILITY, Unit.SHARE, Better.LOWER),
    /** Average time to abandon (§1). */
    TIME_TO_ABANDON(Group.ACCESSIBILITY, Unit.SECONDS, Better.NEITHER),
    /** Longest wait (§1). */
    LONGEST_WAIT(Group.ACCESSIBILITY, Unit.SECONDS, Better.LOWER),
    /** Median wait (§1). */
    WAIT_P50(Group.ACCESSIBILITY, Unit.SECONDS, Better.LOWER),
    /** 90th percentile of the wait (§1). */
    WAIT_P90(Group.ACCESSIBILITY, Unit.SECONDS, Better.LOWER),
    /** 95th percentile of the wait (§1). */
    WAIT_P95(Group.ACCESSIBILITY, Unit.SECONDS, Better.LOWER),
    /** Contacts handled (§2). */
    HANDLED(Group.PRODUCTIVITY, Unit.COUNT, Better.NEITHER),
    /** Average handle time (§2). */
    AHT(Group.PRODUCTIVITY, Unit.SECONDS, Better.NEITHER),
    /** Average talk time, AHT's first part (§2). */
    TALK(Group.PRODUCTIVITY, Unit.SECONDS, Better.NEITHER),
    /** Average after-contact work, AHT's second part (§2). */
    WRAP(Group.PRODUCTIVITY, Unit.SECONDS, Better.NEITHER),
    /** Occupancy (§2). */
    OCCUPANCY(Group.PRODUCTIVITY, Unit.SHARE, Better.NEITHER),
    /** Contacts handled per productive hour (§2). */
    HANDLED_PER_PRODUCTIVE_HOUR(Group.PRODUCTIVITY, Unit.RATE, Better.HIGHER),
    /** Hours logged in (§2). */
    LOGGED_IN_HOURS(Group.PRODUCTIVITY, Unit.HOURS, Better.NEITHER),
    /** Hours logged in and not paused (§2). */
    PRODUCTIVE_HOURS(Group.PRODUCTIVITY, Unit.HOURS, Better.NEITHER),
    /** First-contact resolution from repeat contacts (§3). */
    FCR(Group.QUALITY, Unit.SHARE, Better.HIGHER),
    /** Repeat-contact rate (§3). */
    REPEAT_RATE(Group.QUALITY, Unit.SHARE, Better.LOWER),
    /** Transfer rate (§3). */
    TRANSFER_RATE(Group.QUALITY, Unit.SHARE, Better.LOWER),
    /** Contacts with a sale (§5). */
    SALES(Group.REVENUE, Unit.COUNT, Better.HIGHER),
    /** Conversion rate (§5). */
    CONVERSION_RATE(Group.REVENUE, Unit.SHARE, Better.HIGHER),
    /** Revenue (§5). */
    REVENUE(Group.REVENUE, Unit.MONEY, Better.HIGHER),
    /** Revenue per handled contact (§5). */
    REVENUE_PER_HANDLED(Group.REVENUE, Unit.MONEY, Better.HIGHER),
    /** Revenue per productive hour (§5). */
    REVENUE_PER_PRODUCTIVE_HOUR(Group.REVENUE, Unit.MONEY, Better.HIGHER);

    /** The sections of metrics.md the tiles are grouped by. */
    public enum Group {
        /** §1. */
        ACCESSIBILITY,
        /** §2. */
        PRODUCTIVITY,
        /** §3. */
        QUALITY,
        /** §5. */
        REVENUE;

        /** {@return the message-key form, e.g. {@code accessibility}} */
        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a figure counts or measures. */
    public enum Unit {
        /** A number of contacts. */
        COUNT,
        /** A fraction 0–1, shown in percent. */
        SHARE,
        /** Seconds. */
        SECONDS,
        /** Hours. */
        HOURS,
        /** Contacts per hour. */
        RATE,
        /** An amount in the centre's currency. */
        MONEY
    }

    /** Which way a figure is better, for its status against a target. */
    public enum Better {
        /** Higher is better. */
        HIGHER,
        /** Lower is better. */
        LOWER,
        /** No direction: the figure has no target. */
        NEITHER
    }

    private final Group group;
    private final Unit unit;
    private final Better better;

    Metric(Group group, Unit unit, Better better) {
        this.group = group;
        this.unit = unit;
        this.better = better;
    }

    /** {@return the section of metrics.md} */
    public Group group() {
        return group;
    }

    /** {@return the unit} */
    public Unit unit() {
        return unit;
    }

    /** {@return which way is better} */
    public Better better() {
        return better;
    }

    /** {@return the message-key form, e.g. {@code service-level}} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
