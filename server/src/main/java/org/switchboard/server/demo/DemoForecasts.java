package org.switchboard.server.demo;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.forecast.ForecastOrder;
import org.switchboard.server.forecast.ForecastOutcome;
import org.switchboard.server.forecast.Forecasting;

/**
 * The demo's forecasts, made once after its contacts are loaded: for every queue, a forecast of the last week of the
 * demo made from all the weeks before it, published, so that the accuracy page compares it with the demo's actuals at
 * once; and a draft of the {@value #FUTURE_DAYS} days after the data for the first queue. A queue whose history is too
 * short (a demo of fewer than three weeks) gets no forecast, and the log says why.
 */
@Component
class DemoForecasts {

    /** The interval length of the demo forecasts. */
    static final int INTERVAL_MINUTES = 30;

    /** The days of the past week forecast and compared. */
    static final int PAST_DAYS = 7;

    /** The days of the draft forecast after the data. */
    static final int FUTURE_DAYS = 28;

    private static final Logger log = LoggerFactory.getLogger(DemoForecasts.class);

    private final Forecasting forecasting;

    DemoForecasts(Forecasting forecasting) {
        this.forecasting = forecasting;
    }

    /** Makes the demo forecasts from the facts loaded so far. */
    void make() {
        var days = forecasting.factDays();
        if (days.isEmpty()) {
            return;
        }
        var lastWeek = days.get().last().minusDays(PAST_DAYS - 1L);
        var queues = forecasting.queues();
        for (var queue : queues) {
            var order = new ForecastOrder(queue, INTERVAL_MINUTES, PAST_DAYS, ForecastOrder.AUTO, Optional.of(lastWeek));
            if (forecasting.forecastFromFacts(order, AuditLog.SYSTEM_ACTOR) instanceof ForecastOutcome.Drafted drafted) {
                forecasting.publish(drafted.versionId(), AuditLog.SYSTEM_ACTOR);
            } else {
                log.info("Demo forecast of queue {} not made: the demo history is too short", queue);
            }
        }
        if (!queues.isEmpty()) {
            var future = new ForecastOrder(queues.getFirst(), INTERVAL_MINUTES, FUTURE_DAYS, ForecastOrder.AUTO,
                    Optional.empty());
            forecasting.forecastFromFacts(future, AuditLog.SYSTEM_ACTOR);
        }
    }
}
