package org.switchboard.engine.forecast;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.forecast.internal.AhtProfile;
import org.switchboard.engine.forecast.internal.Backtest;
import org.switchboard.engine.forecast.internal.ClosedSlots;
import org.switchboard.engine.forecast.internal.DailyProfileDecomposition;
import org.switchboard.engine.forecast.internal.DoubleSeasonalSmoothing;
import org.switchboard.engine.forecast.internal.FourierRegression;
import org.switchboard.engine.forecast.internal.PredictionBands;
import org.switchboard.engine.forecast.internal.SeasonalNaive;
import org.switchboard.engine.forecast.internal.Series;
import org.switchboard.engine.forecast.internal.UnexplainedZeroDays;
import org.switchboard.engine.forecast.internal.VolumeModel;
import org.switchboard.engine.forecast.internal.WeekdayAverage;

/**
 * Forecasts one queue's volume and AHT from its interval history; deterministic.
 *
 * <pre>{@code
 * var parse = HistoryReader.read(reader, "history.csv", 30);
 * var result = Forecaster.forecast(parse.history().orElseThrow(), ForecastRequest.auto(28));
 * if (result instanceof Forecast forecast) { ... forecast.points() ... }
 * }</pre>
 *
 * <p>Steps: (1) past special days (and marked outliers) are set missing; days with no contact on a weekday the centre
 * usually works are set missing too ({@code UnexplainedZeroDays}). (2) Intervals of the week that were zero in each of
 * their last four usable weeks are <em>closed</em>: forecast 0 with bands 0. (3) Every method is back-tested from
 * {@value #ORIGINS} origins one week apart, the last one horizon days before the end of the history, each origin with
 * at least {@value #MIN_TRAINING_DAYS} days before it; the horizon is the requested one, shortened to whole weeks when
 * the history is too short for it. (4) The method with the lowest interval WAPE is chosen (or the requested one),
 * fitted on the whole history and run over the horizon; prediction intervals come from its back-test errors. (5)
 * Future special days scale their day. (6) AHT comes from the volume-weighted AHT profile.
 *
 * <p>Refusals: a horizon over {@link ForecastRequest#MAX_HORIZON_DAYS} days, fewer than {@value #MIN_HISTORY_DAYS}
 * observed days. Fallback: with a history too short for any back-test origin, the automatic choice falls back to
 * {@link ForecastMethod#WEEKDAY_AVERAGE} with Poisson prediction intervals, and the forecast says so in {@link
 * Forecast#fallbackReason()}.
 */
public final class Forecaster {

    /** Back-test origins. */
    static final int ORIGINS = 4;
    /** Days of history every back-test origin needs before it. */
    static final int MIN_TRAINING_DAYS = 28;
    /** The least history accepted, in observed days. */
    static final int MIN_HISTORY_DAYS = 14;

    private Forecaster() {}

    /**
     * Forecasts the horizon after the history.
     *
     * @param history the queue's interval history
     * @param request horizon, method and calendar
     * @return the forecast, or the refusal with its reasons
     */
    public static ForecastResult forecast(IntervalHistory history, ForecastRequest request) {
        var problems = new ArrayList<InputProblem>();
        if (request.horizonDays() > ForecastRequest.MAX_HORIZON_DAYS) {
            problems.add(new InputProblem(
                    "request",
                    0,
                    "horizon-days",
                    String.valueOf(request.horizonDays()),
                    "the horizon must not exceed %d days (13 weeks)".formatted(ForecastRequest.MAX_HORIZON_DAYS)));
        }
        int observed = history.observedDays();
        if (observed < MIN_HISTORY_DAYS) {
            problems.add(new InputProblem(
                    "history",
                    0,
                    "history",
                    observed + " days",
                    "fewer than two weeks of history: at least %d observed days are needed"
                            .formatted(MIN_HISTORY_DAYS)));
        }
        return problems.isEmpty() ? run(history, request) : new ForecastRefused(problems);
    }

    private static Forecast run(IntervalHistory history, ForecastRequest request) {
        var notes = new ArrayList<String>();
        var volumes = history.volumes();
        noteGaps(history, volumes, notes);
        var specials = new SpecialDayEffects(request.specialDays());
        specials.excludeAndLearn(history, volumes);
        var series = new Series(volumes, history.intervalsPerDay(), history.firstDay().getDayOfWeek().ordinal());
        var zeroDays = UnexplainedZeroDays.exclude(series);
        if (zeroDays.length > 0) {
            notes.add("%d days without any contact on a usually open weekday treated as missing (first %s)"
                    .formatted(zeroDays.length, history.firstDay().plusDays(zeroDays[0])));
        }
        var plan = BacktestPlan.of(history.days(), request.horizonDays());
        plan.note().ifPresent(notes::add);
        var backtests = new EnumMap<ForecastMethod, Backtest>(ForecastMethod.class);
        if (plan.originDays().length > 0) {
            for (var method : ForecastMethod.values()) {
                if (request.scoreAllMethods() || request.method().isEmpty() || request.method().get() == method) {
                    backtests.put(method, Backtest.run(model(method), series, plan.originDays(), plan.horizonDays()));
                }
            }
        }
        Optional<String> fallback = Optional.empty();
        var method = request.method().or(() -> best(backtests));
        if (method.isEmpty()) {
            fallback = Optional.of(plan.originDays().length == 0
                    ? "history of %d days too short for a back-test (needs %d + %d): weekday average with Poisson intervals"
                            .formatted(history.days(), MIN_TRAINING_DAYS, plan.horizonDays())
                    : "no volume in the back-test period: weekday average");
        }
        var chosen = method.orElse(ForecastMethod.WEEKDAY_AVERAGE);
        var bands = backtests.containsKey(chosen) ? backtests.get(chosen).bands() : PredictionBands.poisson();
        notes.add(backtests.containsKey(chosen)
                ? "prediction intervals: empirical quantiles of the back-test errors scaled by sqrt(forecast + 1)"
                : "prediction intervals: Poisson normal approximation (no back-test)");
        var points = points(history, series, request, model(chosen), bands, specials);
        notes.addAll(specials.notes());
        return new Forecast(chosen, history.intervalMinutes(), points, scores(backtests), fallback, notes);
    }

    private static List<ForecastPoint> points(
            IntervalHistory history,
            Series series,
            ForecastRequest request,
            VolumeModel model,
            PredictionBands bands,
            SpecialDayEffects specials) {
        int ppd = history.intervalsPerDay();
        int origin = series.size();
        int horizon = request.horizonDays() * ppd;
        var closed = ClosedSlots.learn(series, origin);
        var forecast = model.forecast(series, origin, horizon, closed);
        var aht = AhtProfile.learn(series, history.ahts(), origin);
        var points = new ArrayList<ForecastPoint>(horizon);
        var start = history.endDay().atStartOfDay();
        for (int h = 0; h < horizon; h++) {
            int slot = series.slotOfWeek(origin + h);
            double factor = specials.factor(history.endDay().plusDays(h / ppd));
            boolean isClosed = closed[slot] || factor == 0;
            double volume = isClosed ? 0 : forecast[h];
            var bounds = bands.bounds(volume, h / series.week());
            var when = start.plusMinutes((long) h * history.intervalMinutes());
            points.add(isClosed
                    ? new ForecastPoint(when, 0, 0, 0, 0, 0, OptionalDouble.empty(), true)
                    : new ForecastPoint(
                            when,
                            volume * factor,
                            bounds[1] * factor,
                            bounds[2] * factor,
                            bounds[0] * factor,
                            bounds[3] * factor,
                            aht.isPresent() ? OptionalDouble.of(aht.get()[slot]) : OptionalDouble.empty(),
                            false));
        }
        return points;
    }

    private static void noteGaps(IntervalHistory history, double[] volumes, List<String> notes) {
        int missing = 0;
        for (double volume : volumes) {
            missing += Double.isNaN(volume) ? 1 : 0;
        }
        if (missing > 0) {
            notes.add("%d of %d intervals of the history are missing (no data): skipped, not read as zero; %d whole days"
                    .formatted(missing, volumes.length, history.days() - history.observedDays()));
        }
    }

    private static Optional<ForecastMethod> best(Map<ForecastMethod, Backtest> backtests) {
        ForecastMethod best = null;
        double bestWape = Double.POSITIVE_INFINITY;
        for (var entry : backtests.entrySet()) {
            var wape = entry.getValue().intervalWape();
            if (wape.isPresent() && wape.getAsDouble() < bestWape) {
                best = entry.getKey();
                bestWape = wape.getAsDouble();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<BacktestScore> scores(Map<ForecastMethod, Backtest> backtests) {
        var scores = new ArrayList<BacktestScore>();
        backtests.forEach((method, backtest) -> scores.add(new BacktestScore(
                method, backtest.intervalWape(), backtest.dailyWape(), backtest.origins())));
        return scores;
    }

    private static VolumeModel model(ForecastMethod method) {
        return switch (method) {
            case SEASONAL_NAIVE -> new SeasonalNaive();
            case WEEKDAY_AVERAGE -> new WeekdayAverage();
            case ETS -> new DoubleSeasonalSmoothing();
            case DECOMPOSITION -> new DailyProfileDecomposition();
            case REGRESSION -> new FourierRegression();
        };
    }

    /** The origins and horizon of the choosing back-test. */
    private record BacktestPlan(int[] originDays, int horizonDays, Optional<String> note) {

        static BacktestPlan of(int days, int requestedHorizon) {
            int horizon = requestedHorizon;
            if (days - MIN_TRAINING_DAYS < horizon) {
                horizon = Math.max(7, (days - MIN_TRAINING_DAYS) / 7 * 7);
            }
            var origins = new ArrayList<Integer>();
            for (int k = 0; k < ORIGINS; k++) {
                int origin = days - horizon - 7 * k;
                if (origin >= MIN_TRAINING_DAYS) {
                    origins.add(origin);
                }
            }
            var note = horizon == requestedHorizon
                    ? Optional.<String>empty()
                    : Optional.of("back-test horizon shortened to %d days by the length of the history".formatted(horizon));
            return new BacktestPlan(origins.stream().mapToInt(Integer::intValue).toArray(), horizon, note);
        }
    }
}
