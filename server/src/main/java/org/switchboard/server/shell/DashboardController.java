package org.switchboard.server.shell;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: where the centre stands, and what data Switchboard holds so far. */
@Controller
class DashboardController {

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    String dashboard() {
        return "shell/dashboard";
    }
}
