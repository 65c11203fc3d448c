package org.switchboard.server.user.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.server.user.Role;
import org.switchboard.server.user.UserAccount;
import org.switchboard.server.user.UserAdministration;
import org.switchboard.server.user.UserAdministrationException;

/**
 * The user pages of the administration: the list, the form for a new user, and one page per user to change the
 * profile and roles or reset the password. Post-Redirect-Get with a flash notice on success; on a rejected form the
 * same page comes back with the reasons next to the fields.
 */
@Controller
class UserAccountController {

    /** The list of users; a POST here creates one. */
    static final String USERS = "/admin/users";

    /** The form for a new user. */
    static final String NEW_USER = USERS + "/new";

    /** One user's page; a POST here saves the profile and roles. */
    static final String USER = USERS + "/{id}";

    /** Sets a new password for one user (POST). */
    static final String USER_PASSWORD = USER + "/password";

    /** Flash attribute holding the bundle key of the success notice. */
    static final String NOTICE = "notice";

    /** Flash attribute holding the argument of the success notice (the user name). */
    static final String NOTICE_ARGUMENT = "noticeArgument";

    private static final String LIST_VIEW = "user/users";
    private static final String NEW_VIEW = "user/new";
    private static final String EDIT_VIEW = "user/edit";

    private final UserAdministration users;

    UserAccountController(UserAdministration users) {
        this.users = users;
    }

    @ModelAttribute("allRoles")
    List<Role> allRoles() {
        return List.of(Role.values());
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return UserAdministration.MIN_PASSWORD_LENGTH;
    }

    @GetMapping(USERS)
    String list(Model model) {
        model.addAttribute("users", users.all());
        return LIST_VIEW;
    }

    @GetMapping(NEW_USER)
    String newUser(Model model) {
        model.addAttribute("form", NewUserForm.empty());
        return NEW_VIEW;
    }

    @PostMapping(USERS)
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return NEW_VIEW;
        }
        try {
            var account = users.create(form.username(), form.displayName(), form.password(), form.roles());
            return redirectWithNotice(redirect, "user.created", account, USERS);
        } catch (UserAdministrationException rejected) {
            reject(errors, rejected);
            return NEW_VIEW;
        }
    }

    @GetMapping(USER)
    String edit(@PathVariable long id, Model model) {
        var account = account(id);
        model.addAttribute("account", account);
        model.addAttribute("form", EditUserForm.of(account));
        model.addAttribute("passwordForm", PasswordForm.empty());
        return EDIT_VIEW;
    }

    @PostMapping(USER)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EditUserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var account = account(id);
        if (!errors.hasErrors()) {
            try {
                var updated = users.update(id, form.displayName(), form.enabled(), form.roles());
                return redirectWithNotice(redirect, "user.updated", updated, USER);
            } catch (UserAdministrationException rejected) {
                reject(errors, rejected);
            }
        }
        model.addAttribute("account", account);
        model.addAttribute("passwordForm", PasswordForm.empty());
        return EDIT_VIEW;
    }

    @PostMapping(USER_PASSWORD)
    String resetPassword(
            @PathVariable long id,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var account = account(id);
        if (!errors.hasErrors()) {
            try {
                users.resetPassword(id, form.password());
                return redirectWithNotice(redirect, "user.password-reset", account, USER);
            } catch (UserAdministrationException rejected) {
                reject(errors, rejected);
            }
        }
        model.addAttribute("account", account);
        model.addAttribute("form", EditUserForm.of(account));
        return EDIT_VIEW;
    }

    private UserAccount account(long id) {
        return users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Redirects to a page of this controller; {@code {id}} in the target is the id of the current request. */
    private static String redirectWithNotice(
            RedirectAttributes redirect, String noticeKey, UserAccount account, String target) {
        redirect.addFlashAttribute(NOTICE, noticeKey);
        redirect.addFlashAttribute(NOTICE_ARGUMENT, account.username());
        return "redirect:" + target;
    }

    /**
     * Shows a rule broken in {@link UserAdministration} next to the field it concerns, or above the form when it
     * concerns no single field (unknown user, last administrator). The bundle key is the exception's message key.
     */
    private static void reject(BindingResult errors, UserAdministrationException rejected) {
        var arguments = new Object[] {rejected.argument()};
        var field = switch (rejected.messageKey()) {
            case "user.error.username-taken", "user.error.username-format" -> "username";
            case "user.error.display-name" -> "displayName";
            case "user.error.password-short" -> "password";
            case "user.error.no-role" -> "roles";
            default -> "";
        };
        if (field.isEmpty() || errors.getFieldType(field) == null) {
            errors.reject(rejected.messageKey(), arguments, rejected.messageKey());
        } else {
            errors.rejectValue(field, rejected.messageKey(), arguments, rejected.messageKey());
        }
    }
}
