package org.switchboard.server.forecast.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.util.OptionalDouble;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.server.forecast.Forecasting;
import org.switchboard.server.forecast.calendar.ForecastCalendar;
import org.switchboard.server.forecast.calendar.SpecialDayKind;

/**
 * The special-days calendar and the outlier marks ({@value #CALENDAR}): lists with a form to add each and a button to
 * remove an entry. Post-Redirect-Get after a change; a form with errors comes back with them.
 */
@Controller
class CalendarController {

    /** The calendar page; a POST here adds a special day. */
    static final String CALENDAR = "/forecast/special-days";

    /** A POST here removes a special day. */
    static final String REMOVE_DAY = CALENDAR + "/{entry}/delete";

    /** A POST here marks an outlier. */
    static final String OUTLIERS = "/forecast/outliers";

    /** A POST here removes an outlier mark. */
    static final String REMOVE_OUTLIER = OUTLIERS + "/{outlier}/delete";

    private final ForecastCalendar calendar;
    private final Forecasting forecasting;
    private final Clock clock;

    CalendarController(ForecastCalendar calendar, Forecasting forecasting, Clock clock) {
        this.calendar = calendar;
        this.forecasting = forecasting;
        this.clock = clock;
    }

    @GetMapping(CALENDAR)
    String page(Model model) {
        model.addAttribute("specialDay", new SpecialDayForm(null, SpecialDayKind.HOLIDAY, null, ""));
        model.addAttribute("outlier", new OutlierForm(null, null, null, ""));
        return calendarPage(model);
    }

    @PostMapping(CALENDAR)
    String addSpecialDay(
            @Valid @ModelAttribute("specialDay") SpecialDayForm form,
            BindingResult errors,
            Model model,
            Principal principal,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.day() == null || form.kind() == null) {
            model.addAttribute("outlier", new OutlierForm(null, null, null, ""));
            return calendarPage(model);
        }
        calendar.put(form.day(), form.kind(),
                form.effectPercent() == null ? OptionalDouble.empty() : OptionalDouble.of(form.effectPercent()),
                form.note() == null ? "" : form.note().strip(), principal.getName(), clock.instant());
        redirect.addFlashAttribute("notice", "forecast.calendar.saved");
        return "redirect:" + CALENDAR;
    }

    @PostMapping(REMOVE_DAY)
    String removeSpecialDay(@PathVariable long entry, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice",
                calendar.removeSpecialDay(entry) ? "forecast.calendar.removed" : "forecast.calendar.gone");
        return "redirect:" + CALENDAR;
    }

    @PostMapping(OUTLIERS)
    String markOutlier(
            @Valid @ModelAttribute("outlier") OutlierForm form,
            BindingResult errors,
            Model model,
            Principal principal,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.queue() == null || form.from() == null || form.to() == null) {
            model.addAttribute("specialDay", new SpecialDayForm(null, SpecialDayKind.HOLIDAY, null, ""));
            return calendarPage(model);
        }
        calendar.markOutlier(form.queue().strip(), form.from(), form.to(), form.note() == null ? "" : form.note().strip(),
                principal.getName(), clock.instant());
        redirect.addFlashAttribute("notice", "forecast.calendar.saved");
        return "redirect:" + CALENDAR;
    }

    @PostMapping(REMOVE_OUTLIER)
    String removeOutlier(@PathVariable long outlier, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice",
                calendar.removeOutlier(outlier) ? "forecast.calendar.removed" : "forecast.calendar.gone");
        return "redirect:" + CALENDAR;
    }

    private String calendarPage(Model model) {
        model.addAttribute("specialDays", calendar.specialDays());
        model.addAttribute("outliers", calendar.outliers());
        model.addAttribute("kinds", SpecialDayKind.values());
        model.addAttribute("queues", forecasting.queues());
        return "forecast/calendar";
    }
}
