package org.switchboard.engine.demo.internal;

import java.util.random.RandomGenerator;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.DemoSpec;

/** Runs the steps of a generation in their fixed order, which fixes the use of the random stream. */
public final class DemoGenerator {

    private DemoGenerator() {}

    /**
     * Generates a demo centre: roster first, then the arrivals queue by queue in spec order, then the simulation.
     *
     * @param spec the centre
     * @param rng the random source, consumed
     * @return the data set
     */
    public static DemoDataSet generate(DemoSpec spec, RandomGenerator rng) {
        var calendar = new CentreCalendar(spec);
        var roster = RosterPlanner.plan(calendar, rng);
        var arrivals = new long[spec.queues().size()][];
        for (int q = 0; q < arrivals.length; q++) {
            arrivals[q] = ArrivalModel.arrivals(spec.queues().get(q), calendar, rng);
        }
        var simulation = new CentreSimulation(calendar, roster, arrivals, rng);
        simulation.run();
        return DataSetAssembler.assemble(calendar, roster, simulation);
    }
}
