package org.switchboard.server.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;
import org.switchboard.server.user.Role;

/**
 * Puts what the layout needs into every page's model: the sections open to the user, the section the page belongs to
 * (highlighted in the navigation) and the language switch.
 */
@ControllerAdvice
class NavigationAdvice {

    @ModelAttribute("navigation")
    List<Section> navigation() {
        var roles = currentRoles();
        return Arrays.stream(Section.values()).filter(s -> s.isOpenTo(roles)).toList();
    }

    /** {@return the section whose pages the request is for, or {@code null} outside any section (login, errors)} */
    @ModelAttribute("currentSection")
    @Nullable Section currentSection(HttpServletRequest request) {
        return Section.containing(UrlPathHelper.defaultInstance.getPathWithinApplication(request)).orElse(null);
    }

    @ModelAttribute("languages")
    List<Language> languages() {
        return List.of(Language.values());
    }

    @ModelAttribute("currentLanguage")
    Language currentLanguage(Locale locale) {
        return Language.closestTo(locale);
    }

    @ModelAttribute("unknownLanguage")
    @Nullable String unknownLanguage(HttpServletRequest request) {
        return (String) request.getAttribute(LanguageSwitch.UNKNOWN_LANGUAGE_ATTRIBUTE);
    }

    @ModelAttribute("signedInUser")
    @Nullable String signedInUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? null
                : authentication.getName();
    }

    private static EnumSet<Role> currentRoles() {
        var roles = EnumSet.noneOf(Role.class);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a != null && a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length()))
                    .filter(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
                    .map(Role::valueOf)
                    .forEach(roles::add);
        }
        return roles;
    }
}
