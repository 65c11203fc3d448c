package org.switchboard.engine.voice.benchmark;

/**
 * How answers are counted against a threshold mapped from another scale (metrics.md §4), for a threshold s on the own
 * scale that may fall between two answers.
 */
public enum Counting {
    /** The default: only whole answers on the right side of s count (answers ≥ ⌈s⌉ for "at least"). */
    STRICT,
    /**
     * The share meeting the threshold is interpolated linearly between the neighbouring answers: for "at least",
     * share(≥ ⌈s⌉) + (⌈s⌉ − s)·share(= ⌊s⌋), i.e. the boundary answer ⌊s⌋ counts with the fraction of the way from
     * it to s still to go; for "at most" symmetrically share(≤ ⌊s⌋) + (s − ⌊s⌋)·share(= ⌈s⌉). When s is a whole
     * answer both rules agree.
     */
    INTERPOLATED
}
