package org.switchboard.engine.voice;

/** The test a {@link PeriodComparison} used. */
public enum ChangeTest {
    /**
     * Two-proportion z test with the pooled share: z = (p₂ − p₁)/√(p̄(1−p̄)(1/n₁ + 1/n₂)), p̄ = (x₁ + x₂)/(n₁ + n₂).
     * Equivalent to the Pearson χ² test of the 2×2 table without continuity correction (R {@code prop.test(…,
     * correct = FALSE)}).
     */
    TWO_PROPORTION_Z,
    /**
     * Wald z test of the difference of two independent NPS: z = (NPS₂ − NPS₁)/√(V₁/n₁ + V₂/n₂), V = p₊ + p₋ − (p₊ −
     * p₋)² per period.
     */
    NET_SCORE_DIFFERENCE_Z
}
