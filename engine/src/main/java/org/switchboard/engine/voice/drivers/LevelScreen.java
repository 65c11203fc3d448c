package org.switchboard.engine.voice.drivers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Decides which driver levels enter the model, before fitting: a level with fewer responses than the minimum, or
 * whose responses are all outcomes or all non-outcomes (separation), is left out together with its responses; this
 * is repeated until no level changes, because leaving responses out can make other levels small or separated. Each
 * driver then gets its reference level: the one named in the settings if it is still in, else the included level
 * with the most responses.
 */
final class LevelScreen {

    private final EffectStatus[][] status;
    private final int[] reference;
    private final long[][] allOutcomes;
    private final long[][] allResponses;
    private long[][] includedOutcomes = new long[0][];
    private long[][] includedResponses = new long[0][];

    private LevelScreen(EffectStatus[][] status, int[] reference, long[][] allOutcomes, long[][] allResponses) {
        this.status = status;
        this.reference = reference;
        this.allOutcomes = allOutcomes;
        this.allResponses = allResponses;
    }

    static LevelScreen of(DriverData data, DriverSettings settings) {
        int factors = data.factors().size();
        var status = new EffectStatus[factors][];
        for (int f = 0; f < factors; f++) {
            // ESTIMATED stands for "in the model" until the screen, the reference choice or aliasing says otherwise.
            status[f] = new EffectStatus[data.levels(f).size()];
            Arrays.fill(status[f], EffectStatus.ESTIMATED);
        }
        var screen = new LevelScreen(status, new int[factors], new long[factors][], new long[factors][]);
        screen.count(data, true);
        boolean changed = true;
        while (changed) {
            changed = false;
            screen.count(data, false);
            for (int f = 0; f < factors; f++) {
                for (int l = 0; l < status[f].length; l++) {
                    changed |= screen.exclude(f, l, settings.minimumResponses());
                }
            }
        }
        screen.chooseReferences(data, settings);
        return screen;
    }

    private void count(DriverData data, boolean all) {
        int factors = status.length;
        var outcomes = new long[factors][];
        var responses = new long[factors][];
        for (int f = 0; f < factors; f++) {
            outcomes[f] = new long[status[f].length];
            responses[f] = new long[status[f].length];
        }
        data.cells().forEach((cell, counts) -> {
            if (all || includes(cell.levels())) {
                for (int f = 0; f < factors; f++) {
                    outcomes[f][cell.levels()[f]] += counts[0];
                    responses[f][cell.levels()[f]] += counts[1];
                }
            }
        });
        if (all) {
            System.arraycopy(outcomes, 0, allOutcomes, 0, factors);
            System.arraycopy(responses, 0, allResponses, 0, factors);
        } else {
            includedOutcomes = outcomes;
            includedResponses = responses;
        }
    }

    private boolean exclude(int f, int l, int minimum) {
        if (status[f][l] != EffectStatus.ESTIMATED) {
            return false;
        }
        long n = includedResponses[f][l];
        long y = includedOutcomes[f][l];
        if (n < minimum) {
            status[f][l] = EffectStatus.TOO_FEW_RESPONSES;
        } else if (y == 0 || y == n) {
            status[f][l] = EffectStatus.SEPARATED;
        }
        return status[f][l] != EffectStatus.ESTIMATED;
    }

    private void chooseReferences(DriverData data, DriverSettings settings) {
        for (int f = 0; f < status.length; f++) {
            int factor = f;
            // Levels are never blank, so an unnamed reference ("") is found nowhere.
            var named = settings.referenceLevels().getOrDefault(data.factors().get(f), "");
            int index = data.levels(f).indexOf(named);
            if (index < 0 || status[f][index] != EffectStatus.ESTIMATED) {
                index = IntStream.range(0, status[f].length)
                        .filter(l -> status[factor][l] == EffectStatus.ESTIMATED)
                        .boxed()
                        .max(Comparator.comparingLong(l -> includedResponses[factor][l]))
                        .orElse(-1);
            }
            reference[f] = index;
            if (index >= 0) {
                status[f][index] = EffectStatus.REFERENCE;
            }
        }
    }

    /** {@return whether every level of a cell is in the model} */
    boolean includes(int[] levels) {
        for (int f = 0; f < levels.length; f++) {
            var s = status[f][levels[f]];
            if (s == EffectStatus.TOO_FEW_RESPONSES || s == EffectStatus.SEPARATED) {
                return false;
            }
        }
        return true;
    }

    int levelCount(int factor) {
        return status[factor].length;
    }

    /** {@return whether a level gets a column: in the model and not the reference} */
    boolean isEstimable(int factor, int level) {
        return status[factor][level] == EffectStatus.ESTIMATED;
    }

    void markAliased(int factor, int level) {
        status[factor][level] = EffectStatus.ALIASED;
    }

    /** {@return the status of a level after screening and aliasing} */
    EffectStatus status(int factor, int level) {
        return status[factor][level];
    }

    /** {@return the reference level of a driver, −1 when none of its levels is in the model} */
    int reference(int factor) {
        return reference[factor];
    }

    long outcomes(int factor, int level) {
        return allOutcomes[factor][level];
    }

    long responses(int factor, int level) {
        return allResponses[factor][level];
    }

    /** {@return the responses and outcomes of the cells in the model: {outcomes, responses}} */
    long[] included() {
        return new long[] {Arrays.stream(includedOutcomes[0]).sum(), Arrays.stream(includedResponses[0]).sum()};
    }
}
