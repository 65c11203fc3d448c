package org.switchboard.engine.demo.internal;

/** Survey answers of one simulation run, appended in the order the surveyed contacts ended. */
final class SurveyLog {

    private final TimedRows rows = new TimedRows(1024);

    /**
     * Appends an answer.
     *
     * @param response the response, from 1
     * @param contact the contact surveyed
     * @param epochSecond when the customer answered
     * @param metric the {@link org.switchboard.engine.demo.SurveyMetric} ordinal
     * @param value the answer on the metric's scale
     */
    void add(int response, int contact, long epochSecond, int metric, int value) {
        rows.add(epochSecond, response, contact, metric, value);
    }

    int size() {
        return rows.size();
    }

    long at(int answer) {
        return rows.at(answer);
    }

    int response(int answer) {
        return rows.first(answer);
    }

    int contact(int answer) {
        return rows.second(answer);
    }

    int metric(int answer) {
        return rows.third(answer);
    }

    int value(int answer) {
        return rows.fourth(answer);
    }
}
