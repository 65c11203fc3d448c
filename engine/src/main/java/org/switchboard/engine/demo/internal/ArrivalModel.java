package org.switchboard.engine.demo.internal;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.QueueSpec;

/**
 * When fresh contacts arrive: a non-homogeneous Poisson process, piecewise constant over the 15-minute intervals of
 * the opening hours, whose daily total carries weekly seasonality and day-level noise.
 *
 * <p>Design notes. The expected volume of queue q on day d is
 * <pre>
 *   V(q, d) = weekdayVolume(q) · w(dow(d)) · N(q, d),     N ~ LogNormal(mean 1, cv 0.08)
 * </pre>
 * with the day-of-week factors w = Mon 1.12, Tue 1.03, Wed 0.99, Thu 0.96, Fri 0.90 (mean 1 over the week days),
 * Sat 0.38, Sun 0.20, and a public holiday counting as a Sunday. The multiplicative day noise makes the daily counts
 * over-dispersed relative to Poisson, as real arrivals are (Brown et al. [1] §3: the arrival rate itself is random,
 * a doubly stochastic Poisson process); cv 0.08 is a typical day-to-day forecast error. The day's volume is spread
 * over its open intervals i in proportion to an intraday shape evaluated at the local time h (hours) of the interval's
 * middle:
 * <pre>
 *   s(h) = 0.35 + 1.0·g(h; 10.5, 1.4) + 0.8·g(h; 14.25, 1.6)          g(h; m, σ) = exp(−(h − m)² / (2σ²))
 *          + 0.35·g(h; 9.25, 1.0)   on Mondays (the weekend's backlog)
 *          + 0.35·g(h; 18.5, 1.5)   on chat (customers chat after work)
 *   λ(q, d, i) = V(q, d) · s(h_i) / Σ_j s(h_j)                    expected arrivals in interval i
 * </pre>
 * a morning peak, a lunch dip and an after-lunch peak. Within an interval, arrivals are a homogeneous Poisson
 * process of rate λ/900 per second: exponential gaps, restarted at each interval boundary (valid because the
 * exponential is memoryless). Arrival times are truncated to whole seconds.
 *
 * <p>[1] L. Brown et al., "Statistical Analysis of a Telephone Call Center", JASA 100(469), 2005, pp. 36–50.
 */
final class ArrivalModel {

    private static final double DAY_NOISE_CV = 0.08;
    private static final LogNormal DAY_NOISE = LogNormal.ofMean(1, DAY_NOISE_CV);
    private static final int INTERVAL_SECONDS = (int) DemoSpec.INTERVAL.toSeconds();

    private ArrivalModel() {}

    /**
     * {@return the day-of-week factor w of the weekly seasonality}
     *
     * @param day the day of the week the centre runs the day as
     */
    public static double dayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.12;
            case TUESDAY -> 1.03;
            case WEDNESDAY -> 0.99;
            case THURSDAY -> 0.96;
            case FRIDAY -> 0.90;
            case SATURDAY -> 0.38;
            case SUNDAY -> 0.20;
        };
    }

    /**
     * {@return the intraday shape s(h), unnormalised}
     *
     * @param hour local time of day in hours
     * @param day the day of the week the centre runs the day as
     * @param channel the queue's channel
     */
    public static double intradayShape(double hour, DayOfWeek day, Channel channel) {
        double shape = 0.35 + bump(hour, 10.5, 1.4) + 0.8 * bump(hour, 14.25, 1.6);
        if (day == DayOfWeek.MONDAY) {
            shape += 0.35 * bump(hour, 9.25, 1.0);
        }
        if (channel == Channel.CHAT) {
            shape += 0.35 * bump(hour, 18.5, 1.5);
        }
        return shape;
    }

    private static double bump(double hour, double mean, double width) {
        double z = (hour - mean) / width;
        return Math.exp(-0.5 * z * z);
    }

    /**
     * Draws the fresh arrivals of one queue over the whole period.
     *
     * @param queue the queue's demand
     * @param calendar the period
     * @param rng the random source
     * @return the arrival epoch seconds, ascending
     */
    public static long[] arrivals(QueueSpec queue, CentreCalendar calendar, RandomGenerator rng) {
        var channel = queue.queue().channel();
        var arrivals = new long[(int) (queue.weekdayVolume() * calendar.dayCount() + 64)];
        int count = 0;
        var shapes = new double[96 * 2];
        for (int d = 0; d < calendar.dayCount(); d++) {
            var dayOfWeek = calendar.runsAs(d);
            long open = calendar.openEpochSecond(d);
            int intervals = (int) ((calendar.closeEpochSecond(d) - open) / INTERVAL_SECONDS);
            double total = 0;
            for (int i = 0; i < intervals; i++) {
                double hour = calendar.localHourOf(open + (long) i * INTERVAL_SECONDS + INTERVAL_SECONDS / 2);
                shapes[i] = intradayShape(hour, dayOfWeek, channel);
                total += shapes[i];
            }
            double volume = queue.weekdayVolume() * dayFactor(dayOfWeek) * DAY_NOISE.sample(rng);
            for (int i = 0; i < intervals; i++) {
                double perSecond = volume * shapes[i] / total / INTERVAL_SECONDS;
                long start = open + (long) i * INTERVAL_SECONDS;
                double t = 0;
                while (perSecond > 0) {
                    t += rng.nextExponential() / perSecond;
                    if (t >= INTERVAL_SECONDS) {
                        break;
                    }
                    if (count == arrivals.length) {
                        arrivals = Arrays.copyOf(arrivals, count * 2);
                    }
                    arrivals[count++] = start + (long) t;
                }
            }
        }
        return Arrays.copyOf(arrivals, count);
    }
}
