package org.switchboard.server.user.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.server.user.ApiTokenScope;
import org.switchboard.server.user.ApiTokens;
import org.switchboard.server.user.UserAdministrationException;

/**
 * The API token page of the administration: the tokens with their scopes, use and state, a form to issue one with the
 * scopes it gets, and a revoke button per valid token. A new token's secret is shown once, in the answer to the POST
 * that issued it (marked {@code no-store}), and never again.
 */
@Controller
class ApiTokenController {

    /** The list of tokens; a POST here issues one. */
    static final String TOKENS = "/admin/api-tokens";

    /** Revokes one token (POST). */
    static final String REVOKE = TOKENS + "/{id}/revoke";

    private static final String VIEW = "user/api-tokens";

    private final ApiTokens tokens;
    private final ZoneId timeZone;

    ApiTokenController(ApiTokens tokens, @Value("${switchboard.time-zone:UTC}") ZoneId timeZone) {
        this.tokens = tokens;
        this.timeZone = timeZone;
    }

    @GetMapping(TOKENS)
    String list(Model model) {
        model.addAttribute("form", ApiTokenForm.empty());
        return page(model);
    }

    @PostMapping(TOKENS)
    String issue(
            @Valid @ModelAttribute("form") ApiTokenForm form,
            BindingResult errors,
            Principal administrator,
            Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                var issued = tokens.issue(form.name(), form.scopes(), administrator.getName());
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                model.addAttribute("issued", issued);
                model.addAttribute("form", ApiTokenForm.empty());
            } catch (UserAdministrationException rejected) {
                var field = rejected.messageKey().equals("tokscope.error.scopes") ? "scopes" : "name";
                errors.rejectValue(field, rejected.messageKey(), new Object[] {rejected.argument()}, null);
            }
        }
        return page(model);
    }

    @PostMapping(REVOKE)
    String revoke(@PathVariable long id, Principal administrator, RedirectAttributes redirect) {
        try {
            var token = tokens.revoke(id, administrator.getName());
            redirect.addFlashAttribute(UserAccountController.NOTICE, "api-token.revoked");
            redirect.addFlashAttribute(UserAccountController.NOTICE_ARGUMENT, token.name());
        } catch (UserAdministrationException rejected) {
            redirect.addFlashAttribute("failure", rejected.messageKey());
            redirect.addFlashAttribute("failureArgument", rejected.argument());
        }
        return "redirect:" + TOKENS;
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("zone", timeZone);
        model.addAttribute("maxNameLength", ApiTokens.MAX_NAME_LENGTH);
        model.addAttribute("allScopes", ApiTokenScope.values());
        return VIEW;
    }
}
