package org.switchboard.server.forecast;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.forecast.Forecast;
import org.switchboard.engine.forecast.ForecastMethod;
import org.switchboard.engine.forecast.ForecastRefused;
import org.switchboard.engine.forecast.ForecastRequest;
import org.switchboard.engine.forecast.Forecaster;
import org.switchboard.engine.forecast.HistoryParse;
import org.switchboard.engine.forecast.HistoryReader;
import org.switchboard.engine.forecast.HistoryRow;
import org.switchboard.engine.forecast.IntervalHistory;
import org.switchboard.engine.forecast.SpecialDay;
import org.switchboard.engine.forecast.SpecialDayKind;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.forecast.calendar.ForecastCalendar;
import org.switchboard.server.forecast.versions.ForecastVersionStore;
import org.switchboard.server.forecast.versions.HistoryPoint;
import org.switchboard.server.forecast.versions.HistorySource;
import org.switchboard.server.forecast.versions.MethodScore;
import org.switchboard.server.forecast.versions.VersionDraft;
import org.switchboard.server.forecast.versions.VersionInterval;
import org.switchboard.server.forecast.versions.VersionRequest;
import org.switchboard.server.kpi.QueueHistory;

/**
 * Makes, adjusts and publishes forecast versions. A forecast comes from the engine's {@link Forecaster} on a queue's
 * history: its interval facts ({@link QueueHistory}, with the intervals marked as outliers left out, so they count as
 * missing) or an uploaded history file ({@link HistoryReader}); the special-days calendar goes with it. The result is
 * stored as a draft with every method's back-test score and the last {@value #HISTORY_SHOWN_DAYS} days of history.
 * Every change is written to the audit log in the same transaction; a publication is announced with
 * {@link ForecastPublished} once committed.
 */
@Service
public class Forecasting {

    /** Days of history stored with a version for its chart. */
    static final int HISTORY_SHOWN_DAYS = 28;

    private static final int MAX_PARAMETERS_LENGTH = 4000;

    private final QueueHistory facts;
    private final ForecastVersionStore versions;
    private final ForecastCalendar calendar;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Forecasting(
            QueueHistory facts,
            ForecastVersionStore versions,
            ForecastCalendar calendar,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.facts = facts;
        this.versions = versions;
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** {@return the centre's zone, in which interval starts and days are local} */
    public ZoneId zone() {
        return facts.zone();
    }

    /** {@return the queues with interval facts, in name order} */
    public List<String> queues() {
        return facts.queues();
    }

    /** {@return the local days the interval facts cover, empty when there are none} */
    public Optional<QueueHistory.HistoryDays> factDays() {
        return facts.days();
    }

    /**
     * Forecasts a queue from its interval facts and stores the forecast as a draft.
     *
     * @param order what to forecast; its first day, when given, must lie after the first day of the facts and at most
     *     one day after their last day
     * @param actor who asks
     * @return the new draft, or why none was made
     */
    public ForecastOutcome forecastFromFacts(ForecastOrder order, String actor) {
        var source = "facts of queue " + order.queue();
        var days = facts.days();
        if (days.isEmpty() || !facts.queues().contains(order.queue())) {
            return refused(source, "queue", order.queue(), "no interval facts for this queue yet: import its"
                    + " contacts, or upload a history file");
        }
        var first = days.get().first();
        var last = order.firstDay().map(day -> day.minusDays(1)).orElse(days.get().last());
        if (last.isBefore(first) || last.isAfter(days.get().last())) {
            return refused(source, "first-day", String.valueOf(order.firstDay().orElse(null)),
                    "the forecast must start after the first day of history " + first
                            + " and at most one day after its last day " + days.get().last());
        }
        var outliers = calendar.outliers(order.queue());
        var rows = new ArrayList<HistoryRow>();
        for (var interval : facts.intervals(order.queue(), first, last, order.intervalMinutes())) {
            if (outliers.stream().noneMatch(outlier -> outlier.covers(interval.start()))) {
                rows.add(new HistoryRow(interval.start(), interval.offered(), interval.ahtSeconds()));
            }
        }
        var parse = HistoryReader.fromRows(rows, source, order.intervalMinutes());
        return forecast(order, HistorySource.FACTS, parse, actor);
    }

    /**
     * Forecasts from an uploaded history file ({@code timestamp,volume[,aht]}) and stores the forecast as a draft.
     *
     * @param order what to forecast; its first day, when given, cuts the history the day before and must lie after
     *     the history's first day and at most one day after its last day
     * @param csv the file's text
     * @param fileName the file's name, for problems
     * @param actor who asks
     * @return the new draft, or every problem of the file
     * @throws IOException if the file cannot be read
     */
    public ForecastOutcome forecastFromUpload(ForecastOrder order, Reader csv, String fileName, String actor)
            throws IOException {
        var parse = HistoryReader.read(csv, fileName, order.intervalMinutes());
        return forecast(order, HistorySource.UPLOAD, parse, actor);
    }

    private ForecastOutcome forecast(ForecastOrder order, HistorySource source, HistoryParse parse, String actor) {
        if (parse.history().isEmpty()) {
            return new ForecastOutcome.Refused(parse.problems());
        }
        var history = parse.history().get();
        if (order.firstDay().isPresent() && order.firstDay().get().isAfter(history.endDay())) {
            return refused("request", "first-day", order.firstDay().get().toString(),
                    "the forecast must start at most one day after the last day of history "
                            + history.endDay().minusDays(1));
        }
        if (order.firstDay().isPresent() && order.firstDay().get().isBefore(history.endDay())) {
            if (!order.firstDay().get().isAfter(history.firstDay())) {
                return refused("request", "first-day", order.firstDay().get().toString(),
                        "the forecast must start after the first day of history " + history.firstDay());
            }
            history = history.until(order.firstDay().get());
        }
        Optional<ForecastMethod> method = Optional.empty();
        if (!order.method().equals(ForecastOrder.AUTO)) {
            method = ForecastMethod.fromCliName(order.method());
            if (method.isEmpty()) {
                return refused("request", "method", order.method(), "must be auto or one of "
                        + Arrays.stream(ForecastMethod.values()).map(ForecastMethod::cliName)
                                .collect(Collectors.joining(", ")));
            }
        }
        var request = new ForecastRequest(order.horizonDays(), method, specialDays(), true);
        var result = Forecaster.forecast(history, request);
        return switch (result) {
            case ForecastRefused refusal -> new ForecastOutcome.Refused(refusal.problems());
            case Forecast forecast -> new ForecastOutcome.Drafted(store(order, source, history, forecast, actor));
        };
    }

    private long store(
            ForecastOrder order, HistorySource source, IntervalHistory history, Forecast forecast, String actor) {
        var request = new VersionRequest(order.queue(), order.intervalMinutes(), history.endDay(), order.horizonDays(),
                source, history.firstDay(), history.endDay().minusDays(1), order.method());
        var scores = forecast.scores().stream()
                .map(score -> new MethodScore(score.method().cliName(), score.intervalWape(), score.dailyWape()))
                .toList();
        var intervals = forecast.points().stream()
                .map(point -> new VersionInterval(point.start(), point.volume(), point.lower80(), point.upper80(),
                        point.lower95(), point.upper95(), point.ahtSeconds(), 0))
                .toList();
        var parameters = "requested=" + order.method() + "; interval-minutes=" + order.intervalMinutes()
                + "; horizon-days=" + order.horizonDays() + "; history=" + source.code() + " "
                + history.firstDay() + ".." + history.endDay().minusDays(1) + "; notes: "
                + String.join("; ", forecast.notes());
        var draft = new VersionDraft(request, forecast.method().cliName(), forecast.fallbackReason().orElse(""),
                parameters.length() > MAX_PARAMETERS_LENGTH ? parameters.substring(0, MAX_PARAMETERS_LENGTH) : parameters,
                scores, intervals, historyShown(history));
        Long id = transaction.execute(status -> {
            long versionId = versions.insert(draft, actor, clock.instant());
            auditLog.record("FORECAST_DRAFTED", "forecast_version", String.valueOf(versionId),
                    "queue=" + order.queue() + ", days=" + request.firstDay() + ".." + request.firstDay()
                            .plusDays(order.horizonDays() - 1L) + ", method=" + draft.method());
            return versionId;
        });
        if (id == null) {
            throw new IllegalStateException("the forecast version of " + order.queue() + " was not stored");
        }
        return id;
    }

    private static List<HistoryPoint> historyShown(IntervalHistory history) {
        var points = new ArrayList<HistoryPoint>();
        int from = Math.max(0, history.size() - HISTORY_SHOWN_DAYS * history.intervalsPerDay());
        for (int i = from; i < history.size(); i++) {
            var volume = history.volume(i);
            if (volume.isPresent()) {
                points.add(new HistoryPoint(history.start(i), volume.getAsDouble(), history.ahtSeconds(i)));
            }
        }
        return points;
    }

    private List<SpecialDay> specialDays() {
        return calendar.specialDays().stream()
                .map(day -> new SpecialDay(day.day(), SpecialDayKind.valueOf(day.kind().name()), day.effectPercent()))
                .toList();
    }

    /**
     * Scales a draft's intervals in [{@code from}, {@code to}) by a percentage (replacing an earlier adjustment of
     * them); recorded in the audit log.
     *
     * @param versionId the draft
     * @param from the first interval's local start
     * @param to the end (excluded)
     * @param percent the adjustment, at least −100; 0 removes it
     * @return the intervals changed: 0 when the version is published, unknown or has no interval in the range
     * @throws IllegalArgumentException if the percentage is below −100 or not finite, or {@code to} is not after
     *     {@code from}
     */
    public int adjust(long versionId, LocalDateTime from, LocalDateTime to, double percent) {
        if (!(percent >= -100 && Double.isFinite(percent))) {
            throw new IllegalArgumentException("adjustment must be a percentage of at least -100: " + percent);
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("adjustment: end " + to + " must be after start " + from);
        }
        Integer changed = transaction.execute(status -> {
            int count = versions.adjust(versionId, from, to, percent);
            if (count > 0) {
                auditLog.record("FORECAST_ADJUSTED", "forecast_version", String.valueOf(versionId),
                        "intervals " + from + ".." + to + " scaled by " + percent + " % (" + count + " intervals)");
            }
            return count;
        });
        return changed == null ? 0 : changed;
    }

    /**
     * Publishes a draft: it becomes the plan of its queue and days, fixed from now on. Recorded in the audit log
     * (who, when, method, parameters) and announced with {@link ForecastPublished}.
     *
     * @param versionId the draft
     * @param actor who publishes it
     * @return whether it was a draft and is now published
     */
    public boolean publish(long versionId, String actor) {
        var version = versions.find(versionId);
        if (version.isEmpty()) {
            return false;
        }
        Boolean published = transaction.execute(status -> {
            if (!versions.publish(versionId, actor, clock.instant())) {
                return false;
            }
            var v = version.get();
            auditLog.record("FORECAST_PUBLISHED", "forecast_version", String.valueOf(versionId),
                    "queue=" + v.queue() + ", days=" + v.firstDay() + ".." + v.lastDay() + ", interval="
                            + v.request().intervalMinutes() + " min, method=" + v.method() + ", parameters="
                            + v.parameters());
            return true;
        });
        if (Boolean.TRUE.equals(published)) {
            var v = version.get();
            events.publishEvent(new ForecastPublished(versionId, v.queue(), v.request().intervalMinutes(),
                    v.firstDay(), v.lastDay()));
            return true;
        }
        return false;
    }

    private static ForecastOutcome refused(String source, String field, String value, String reason) {
        return new ForecastOutcome.Refused(List.of(new InputProblem(source, 0, field, value, reason)));
    }
}
