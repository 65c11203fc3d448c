package org.switchboard.server.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which groups of employees (teams) a staff-survey breakdown may show. A group with fewer than the minimum of
 * respondents is hidden (primary suppression). When the hidden groups together hold between 1 and minimum − 1
 * respondents, the total minus the shown groups would reveal them, so the smallest shown group is hidden too
 * (secondary suppression), until the hidden ones hold none or at least the minimum. The hidden groups are then shown
 * only together, as "other teams", and only when they hold at least the minimum.
 */
public final class AnonymousGroups {

    private AnonymousGroups() {}

    /**
     * {@return the groups that may be shown one by one}
     *
     * @param respondents respondents per group
     * @param minimum the fewest respondents a figure may describe, at least 2
     */
    public static Set<String> visible(Map<String, Long> respondents, int minimum) {
        requireArgument(minimum >= 2, "an anonymity minimum is at least 2: minimum=%d", minimum);
        var shown = new ArrayList<String>();
        long hidden = 0;
        for (var group : respondents.entrySet()) {
            if (group.getValue() >= minimum) {
                shown.add(group.getKey());
            } else {
                hidden += group.getValue();
            }
        }
        shown.sort(Comparator.comparing((String group) -> respondents.get(group)).thenComparing(g -> g));
        while (hidden > 0 && hidden < minimum && !shown.isEmpty()) {
            hidden += respondents.get(shown.removeFirst());
        }
        return new TreeSet<>(shown);
    }

    /** {@return the groups of the map that {@link #visible} hides} */
    public static List<String> hidden(Map<String, Long> respondents, int minimum) {
        var visible = visible(respondents, minimum);
        return respondents.keySet().stream().filter(group -> !visible.contains(group)).sorted().toList();
    }
}
