package org.switchboard.server.shell;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: where the centre stands, and what data Switchboard holds so far. */
@Controller
class DashboardController {

    private final DataOverview overview;
    private final ZoneId centreZone;

    DashboardController(DataOverview overview, @Value("${switchboard.time-zone}") ZoneId centreZone) {
        this.overview = overview;
        this.centreZone = centreZone;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        var inventory = overview.held();
        model.addAttribute("inventory", inventory);
        model.addAttribute("firstDay", inventory.firstArrival().map(at -> at.atZone(centreZone).toLocalDate()).orElse(null));
        model.addAttribute("lastDay", inventory.lastArrival().map(at -> at.atZone(centreZone).toLocalDate()).orElse(null));
        model.addAttribute("centreZone", centreZone);
        return "shell/dashboard";
    }
}
