package org.switchboard.server.voice.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.drivers.DriverData;
import org.switchboard.engine.voice.drivers.DriverEffect;
import org.switchboard.engine.voice.drivers.DriverSettings;
import org.switchboard.engine.voice.drivers.LogisticDrivers;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.Question;
import org.switchboard.server.voice.store.DriverCells;
import org.switchboard.server.voice.store.DriverCells.ContactDriver;

/**
 * The drivers page ({@value #DRIVERS}): which contact attributes and which other survey items move CSAT (top box) or
 * CDSAT (bottom box), analysed separately, by the engine's logistic regression ({@code LogisticDrivers}) on the
 * responses linked to contacts, aggregated per combination of levels in the database ({@link DriverCells}). Each level
 * shows its share, its odds ratio against the reference level adjusted for the other drivers, the 95 % Wald interval
 * and the p-value; the page explains the method.
 */
@Controller
class DriversController {

    /** The drivers page. */
    static final String DRIVERS = "/customer-voice/drivers";

    /** The contact drivers analysed when the request names none; the agent only on request (many levels). */
    static final List<ContactDriver> DEFAULT_DRIVERS =
            List.of(ContactDriver.WAIT, ContactDriver.TRANSFERRED, ContactDriver.REPEAT, ContactDriver.QUEUE,
                    ContactDriver.REASON);

    private static final String ITEM = "item:";

    private final VoicePage page;
    private final DriverCells cells;
    private final MessageSource messages;

    DriversController(VoicePage page, DriverCells cells, MessageSource messages) {
        this.page = page;
        this.cells = cells;
        this.messages = messages;
    }

    @GetMapping(DRIVERS)
    String drivers(@ModelAttribute VoiceRequest request,
            @RequestParam(name = "outcome", defaultValue = "top") String outcome,
            @RequestParam(name = "driver", required = false) @Nullable List<String> chosen, Model model,
            Locale locale) {
        var survey = page.survey(request, Audience.CUSTOMER);
        if (survey.isEmpty()) {
            return "voice/empty";
        }
        var filter = page.filter(survey.get(), request);
        page.addFilter(model, survey.get(), filter, Audience.CUSTOMER);
        var questions = survey.get().questions();
        var target = questions.stream().filter(q -> q.kind() == QuestionKind.CSAT).findFirst()
                .orElse(questions.getFirst());
        boolean bottom = outcome.equals("bottom");
        var names = chosen == null || chosen.isEmpty()
                ? DEFAULT_DRIVERS.stream().map(Enum::name).toList() : chosen;
        var drivers = new ArrayList<ContactDriver>();
        var items = new ArrayList<Question>();
        for (var driver : ContactDriver.values()) {
            if (names.contains(driver.name())) {
                drivers.add(driver);
            }
        }
        for (var question : questions) {
            if (question != target && names.contains(ITEM + question.code())) {
                items.add(question);
            }
        }
        model.addAttribute("target", target.text(locale.toLanguageTag()));
        model.addAttribute("outcome", bottom ? "bottom" : "top");
        model.addAttribute("contactDrivers", ContactDriver.values());
        model.addAttribute("itemChoices", questions.stream().filter(q -> q != target).toList());
        model.addAttribute("chosen", names);
        model.addAttribute("minimumResponses", DriverSettings.standard().minimumResponses());
        if (drivers.isEmpty() && items.isEmpty()) {
            return "voice/drivers";
        }
        var factors = new ArrayList<String>();
        drivers.forEach(driver -> factors.add(driver.name()));
        items.forEach(item -> factors.add(ITEM + item.code()));
        var data = new DriverData(factors);
        for (var cell : cells.cells(filter, target, bottom ? target.boxes().bottom() : target.boxes().top(), drivers,
                items)) {
            data.add(cell.levels(), cell.outcomes(), cell.responses());
        }
        var references = new HashMap<>(DriverCells.references());
        items.forEach(item -> references.put(ITEM + item.code(), "top"));
        var settings = new DriverSettings(DriverSettings.standard().minimumResponses(),
                DriverSettings.standard().confidence(), references);
        var report = LogisticDrivers.fit(data, settings);
        model.addAttribute("report", report);
        model.addAttribute("effects", report.effects().stream().map(effect -> view(effect, locale)).toList());
        return "voice/drivers";
    }

    private EffectView view(DriverEffect effect, Locale locale) {
        var factor = effect.factor().startsWith(ITEM)
                ? messages.getMessage("voice.driver.item", new Object[] {effect.factor().substring(ITEM.length())},
                        locale)
                : messages.getMessage("voice.driver." + effect.factor(), null, locale);
        var odds = effect.oddsRatio()
                .map(o -> String.format(locale, "%.2f (%.2f–%.2f)", o.estimate(), o.lower(), o.upper()))
                .orElse(FigureView.NONE);
        var p = effect.oddsRatio().map(o -> String.format(locale, "%.3f", o.pValue())).orElse(FigureView.NONE);
        return new EffectView(factor, level(effect.level(), locale), level(effect.referenceLevel(), locale),
                effect.responses(), String.format(locale, "%.1f %%", 100 * effect.share()), odds, p,
                effect.status().name());
    }

    private String level(String level, Locale locale) {
        return messages.getMessage("voice.level." + level, null, level, locale);
    }

    /**
     * A driver level as the page shows it.
     *
     * @param factor the driver
     * @param level the level
     * @param reference the reference level
     * @param responses responses with the level
     * @param share the share of outcomes among them
     * @param oddsRatio the odds ratio with its interval, or {@code –}
     * @param pValue the p-value, or {@code –}
     * @param status the effect's status
     */
    record EffectView(String factor, String level, String reference, long responses, String share, String oddsRatio,
            String pValue, String status) {}
}
