package org.switchboard.server.shell;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * Pages of the sections that are not built yet: they say so plainly and describe what will come, and never show
 * numbers. A section leaves this controller when its own pages are built.
 */
@Controller
class SectionController {

    @GetMapping({
        "/quality", "/wallboard",
        "/journeys", "/improvement", "/cases"
    })
    String notBuiltYet(HttpServletRequest request, Model model) {
        var section = Section.containing(UrlPathHelper.defaultInstance.getPathWithinApplication(request))
                .orElseThrow();
        model.addAttribute("section", section);
        return "shell/not-built";
    }
}
