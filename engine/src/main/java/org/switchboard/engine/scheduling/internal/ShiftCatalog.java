package org.switchboard.engine.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.engine.scheduling.ShiftTemplate;

/** Every shift kind the templates allow: each start in each template's window times each allowed length. */
public final class ShiftCatalog {

    private final List<ShiftKind> kinds;

    /**
     * Lists the kinds of the templates whose breaks fit.
     *
     * @param templates the templates
     * @param step interval length in minutes
     */
    public ShiftCatalog(List<ShiftTemplate> templates, int step) {
        var all = new ArrayList<ShiftKind>();
        for (var template : templates) {
            for (int start : template.startMinutes()) {
                for (int length : template.lengthsMinutes()) {
                    var kind = ShiftKind.of(template, start, length, step);
                    if (kind.breaksFit()) {
                        all.add(kind);
                    }
                }
            }
        }
        kinds = List.copyOf(all);
    }

    /**
     * {@return whether the breaks of a template fit into a shift of the given length}
     *
     * @param template the template
     * @param lengthMinutes the length
     * @param step interval length in minutes
     */
    public static boolean breaksFit(ShiftTemplate template, int lengthMinutes, int step) {
        return ShiftKind.of(template, 0, lengthMinutes, step).breaksFit();
    }

    List<ShiftKind> kinds() {
        return kinds;
    }

    int size() {
        return kinds.size();
    }

    ShiftKind get(int index) {
        return kinds.get(index);
    }

    /** {@return whether any kind works the given minute of the day, on its start day or the next (shifts over midnight)} */
    public boolean coversMinuteOfDay(int minute) {
        for (var kind : kinds) {
            int start = kind.startMinute();
            int end = start + kind.lengthMinutes();
            if ((minute >= start && minute < end) || (minute + 1440 >= start && minute + 1440 < end)) {
                return true;
            }
        }
        return false;
    }
}
