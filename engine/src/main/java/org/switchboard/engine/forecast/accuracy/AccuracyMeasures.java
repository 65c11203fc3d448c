package org.switchboard.engine.forecast.accuracy;

import java.util.OptionalDouble;

/**
 * The six forecast-accuracy measures of {@code metrics.md} §7 and the two parts of the WAPE, all as fractions (0.0521
 * for 5.21 %). A measure whose base is zero (0/0, or x/0) is empty, never 0. With Fᵢ the forecast and Aᵢ the actual
 * of point i (an interval or a day):
 *
 * @param periodError measure 1, (ΣF − ΣA) / ΣF; empty when ΣF = 0
 * @param absolutePeriodError measure 2, |measure 1|
 * @param meanPercentageError measure 3, mean over the points with Aᵢ &gt; 0 of (Fᵢ − Aᵢ)/Aᵢ; empty when no point has
 *     an actual above zero (a percentage error of a zero actual is undefined, so such points are left out)
 * @param meanAbsolutePercentageError measure 4 (MAPE), mean over the same points of |Fᵢ − Aᵢ|/Aᵢ
 * @param weightedError measure 5, Σ(F − A) / ΣA; empty when ΣA = 0
 * @param wape measure 6 (recommended), Σ|F − A| / ΣA; empty when ΣA = 0
 * @param overForecast the positive part of the WAPE, Σ_{F&gt;A}(F − A) / ΣA (≥ 0)
 * @param underForecast the negative part of the WAPE, −Σ_{F&lt;A}(A − F) / ΣA (≤ 0); |over| + |under| = WAPE and
 *     over + under = measure 5
 * @param points the number of points compared
 */
public record AccuracyMeasures(
        OptionalDouble periodError,
        OptionalDouble absolutePeriodError,
        OptionalDouble meanPercentageError,
        OptionalDouble meanAbsolutePercentageError,
        OptionalDouble weightedError,
        OptionalDouble wape,
        OptionalDouble overForecast,
        OptionalDouble underForecast,
        int points) {}
