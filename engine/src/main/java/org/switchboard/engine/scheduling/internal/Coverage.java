package org.switchboard.engine.scheduling.internal;

/**
 * Staff on duty per skill and interval while the schedule is built, with the cost of one agent more or less in an
 * interval under the objective's weights: cost(v) = h·(w_under·max(0, r − v) + w_over·max(0, v − r)).
 */
final class Coverage {

    private final Instance instance;
    private final double[][] staff;
    private final double under;
    private final double over;

    Coverage(Instance instance) {
        this.instance = instance;
        this.staff = new double[instance.required.length][instance.intervals];
        var weights = instance.problem.weights();
        this.under = weights.understaffedHour() * instance.intervalHours();
        this.over = weights.overstaffedHour() * instance.intervalHours();
    }

    void add(int skill, int first, int length, int sign) {
        int end = Math.min(instance.intervals, first + length);
        for (int i = Math.max(0, first); i < end; i++) {
            staff[skill][i] += sign;
        }
    }

    /** {@return the change of cost when {@code sign} agents (±1) join every interval of the span} */
    double delta(int skill, int first, int length, int sign) {
        double change = 0;
        int end = Math.min(instance.intervals, first + length);
        for (int i = Math.max(0, first); i < end; i++) {
            change += cost(skill, i, staff[skill][i] + sign) - cost(skill, i, staff[skill][i]);
        }
        return change;
    }

    private double cost(int skill, int interval, double value) {
        double gap = instance.required[skill][interval] - value;
        return gap > 0 ? under * gap : -over * gap;
    }
}
