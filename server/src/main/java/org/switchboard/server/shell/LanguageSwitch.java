package org.switchboard.server.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.switchboard.server.user.UserAdministration;

/**
 * Applies {@code ?lang=en|ru|zh-CN} on any page, the login page included: the choice is kept in the session and, for a
 * signed-in user, stored with the account. An unknown code changes nothing and is reported on the page (request
 * attribute {@value #UNKNOWN_LANGUAGE_ATTRIBUTE}).
 */
final class LanguageSwitch implements HandlerInterceptor {

    /** Query parameter that switches the language. */
    static final String PARAMETER = "lang";

    /** Request attribute holding an unsupported language code that was asked for. */
    static final String UNKNOWN_LANGUAGE_ATTRIBUTE = "unknownLanguage";

    private final UserAdministration users;

    LanguageSwitch(UserAdministration users) {
        this.users = users;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var requested = request.getParameter(PARAMETER);
        if (requested == null) {
            return true;
        }
        var language = Language.fromTag(requested);
        if (language.isEmpty()) {
            request.setAttribute(UNKNOWN_LANGUAGE_ATTRIBUTE, requested.length() > 20 ? requested.substring(0, 20) : requested);
            return true;
        }
        var localeResolver = RequestContextUtils.getLocaleResolver(request);
        if (localeResolver != null) {
            localeResolver.setLocale(request, response, language.get().locale());
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            users.rememberLanguage(authentication.getName(), language.get().tag());
        }
        return true;
    }
}
