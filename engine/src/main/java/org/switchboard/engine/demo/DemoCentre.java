package org.switchboard.engine.demo;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.switchboard.engine.demo.internal.DemoGenerator;

/**
 * The deterministic demo contact centre: generates weeks of contacts, agent states and survey answers by simulating
 * the queues with the agents actually on shift.
 *
 * <p>Same spec and same random stream, same data set, to the byte once written. Use {@link #random(long)} for the
 * documented generator of a seed, so that a seed means the same centre on every JDK.
 *
 * {@snippet :
 * var data = DemoCentre.generate(DemoSpec.standard(), DemoCentre.random(20260302L));
 * for (var queue : data.summary().queues()) {
 *     System.out.printf("%s: offered %d, SL %.1f %%%n",
 *             queue.queue(), queue.offered(), 100 * queue.serviceLevel().orElse(0));
 * }
 * }
 *
 * <p>How the data is made, step by step (details in the internal classes' notes):
 * <ol>
 *   <li>Roster: agents named and numbered team by team; each worked day gets a shift clipped to the opening hours,
 *       breaks, lunch, weekly team meetings, occasional training and sickness spells.
 *   <li>Arrivals per queue: a Poisson process per 15-minute interval whose daily volume carries weekly seasonality
 *       (Monday busiest, Sunday and holidays quietest) and log-normal day-level noise, spread over the day by an
 *       intraday shape with a morning and an after-lunch peak.
 *   <li>Simulation: a discrete-event simulation of the queues: FIFO per queue, log-normal talk and wrap-up times,
 *       exponential patience, longest-waiting-first for free agents, chat concurrency, transfers from service to
 *       sales, returning customers when unresolved, surveys whose answers depend on wait, transfer and resolution.
 * </ol>
 */
public final class DemoCentre {

    private static final String ALGORITHM = "L64X128MixRandom";

    private DemoCentre() {}

    /**
     * Generates a demo centre.
     *
     * @param spec the centre to generate
     * @param rng the random source; it is consumed, so pass a fresh one (e.g. {@link #random(long)}) for a repeatable
     *     result
     * @return the generated data set
     */
    public static DemoDataSet generate(DemoSpec spec, RandomGenerator rng) {
        return DemoGenerator.generate(spec, rng);
    }

    /**
     * {@return the random generator the demo uses for a seed: the JDK's {@code L64X128MixRandom}, whose algorithm is
     * specified, seeded with {@code seed}}
     *
     * @param seed the seed
     */
    public static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }
}
