package org.switchboard.server.voice;

/** Which metric a question feeds (metrics.md §4, §6). */
public enum QuestionMetric {
    /** Satisfaction: CSAT is the share of the top box and CDSAT the share of the bottom box, always both. */
    CSAT,
    /** Likelihood to recommend on 0–10: promoters (top box) minus detractors (bottom box). */
    NPS,
    /** Customer effort: agreement that the issue was easy to resolve; CES is the share of the top box. */
    CES,
    /** Employee NPS: the NPS question asked of employees about the employer. */
    ENPS,
    /** Any other item: its top-box and bottom-box shares. */
    CUSTOM
}
