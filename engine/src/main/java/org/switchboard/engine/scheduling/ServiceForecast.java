package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.List;
import org.switchboard.engine.staffing.QueueModel;

/**
 * The forecast behind one skill's requirement, used to project the service level a schedule gives per interval
 * through a queueing model of {@code engine.staffing} (Erlang C or Erlang A).
 *
 * @param skill the skill, not blank
 * @param contacts contacts offered per interval, index = interval, each finite and {@code >= 0}
 * @param ahtSeconds average handle time per interval in seconds, same size, each finite and positive
 * @param serviceLevelThreshold the threshold T of the projected service level SL(T), not negative
 * @param model the queueing model
 */
public record ServiceForecast(
        String skill,
        List<Double> contacts,
        List<Double> ahtSeconds,
        Duration serviceLevelThreshold,
        QueueModel model) {

    /**
     * Validates and copies the forecast.
     *
     * @throws IllegalArgumentException if the skill is blank, the lists differ in size, a value breaks its rule or the
     *     threshold is negative
     */
    public ServiceForecast {
        requireArgument(!skill.isBlank(), "forecast skill must not be blank");
        requireArgument(
                contacts.size() == ahtSeconds.size(),
                "forecast of %s: contacts and ahtSeconds differ in size: %d, %d",
                skill,
                contacts.size(),
                ahtSeconds.size());
        for (int i = 0; i < contacts.size(); i++) {
            double volume = contacts.get(i);
            double aht = ahtSeconds.get(i);
            requireArgument(
                    Double.isFinite(volume) && volume >= 0,
                    "forecast of %s at interval %d: contacts must be finite and >= 0: %s",
                    skill,
                    i,
                    volume);
            requireArgument(
                    Double.isFinite(aht) && aht > 0,
                    "forecast of %s at interval %d: ahtSeconds must be finite and > 0: %s",
                    skill,
                    i,
                    aht);
        }
        requireArgument(
                !serviceLevelThreshold.isNegative(),
                "forecast of %s: serviceLevelThreshold must not be negative: %s",
                skill,
                serviceLevelThreshold);
        contacts = List.copyOf(contacts);
        ahtSeconds = List.copyOf(ahtSeconds);
    }
}
