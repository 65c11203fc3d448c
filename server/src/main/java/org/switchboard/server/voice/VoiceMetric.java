package org.switchboard.server.voice;

import java.util.List;
import java.util.Locale;
import org.switchboard.engine.voice.QuestionKind;

/**
 * The figures the pages and the REST API show per question (metrics.md §4, §6): a CSAT question always gives CSAT
 * and CDSAT separately; an NPS or eNPS question its net score; a CES question the share of agreement; any other item
 * its top-box and bottom-box shares.
 */
public enum VoiceMetric {
    /** Share of the top box of a satisfaction question. */
    CSAT,
    /** Share of the bottom box of a satisfaction question. */
    CDSAT,
    /** Promoters minus detractors, in points. */
    NPS,
    /** Share of agreement (top box) of the effort question. */
    CES,
    /** NPS asked of employees, in points. */
    ENPS,
    /** Share of the top box of another item. */
    TOP_BOX,
    /** Share of the bottom box of another item. */
    BOTTOM_BOX;

    /** {@return the metrics a question of this kind feeds, the headline first} */
    public static List<VoiceMetric> of(QuestionKind kind) {
        return switch (kind) {
            case CSAT -> List.of(CSAT, CDSAT);
            case NPS -> List.of(NPS);
            case CES -> List.of(CES);
            case ENPS -> List.of(ENPS);
            case CUSTOM -> List.of(TOP_BOX, BOTTOM_BOX);
        };
    }

    /** {@return whether the metric is a net score in points rather than a share} */
    public boolean isNetScore() {
        return this == NPS || this == ENPS;
    }

    /** {@return the name in URLs, JSON and message keys, e.g. {@code top-box}} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
