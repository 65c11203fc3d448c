package org.switchboard.server.user.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.switchboard.server.audit.AuditLog;

/** The administration landing page and the audit log page. */
@Controller
class AdministrationController {

    /** The landing page of the administration section. */
    static final String ADMINISTRATION = "/admin";

    /** The audit log page. */
    static final String AUDIT = ADMINISTRATION + "/audit";

    /** How many of the newest audit entries the audit page shows. */
    static final int AUDIT_ENTRIES_SHOWN = 200;

    private final AuditLog auditLog;
    private final ZoneId timeZone;

    AdministrationController(AuditLog auditLog, @Value("${switchboard.time-zone:UTC}") ZoneId timeZone) {
        this.auditLog = auditLog;
        this.timeZone = timeZone;
    }

    @GetMapping(ADMINISTRATION)
    String landing() {
        return "user/administration";
    }

    /** The newest entries, their times in the centre's time zone and written the way the viewer's language writes. */
    @GetMapping(AUDIT)
    String audit(Locale locale, Model model) {
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(timeZone);
        model.addAttribute(
                "entries",
                auditLog.latest(AUDIT_ENTRIES_SHOWN).stream()
                        .map(entry -> AuditRow.of(entry, format))
                        .toList());
        model.addAttribute("shown", AUDIT_ENTRIES_SHOWN);
        model.addAttribute("timeZone", timeZone.getId());
        return "user/audit";
    }
}
