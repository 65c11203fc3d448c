package org.switchboard.server.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.switchboard.server.shell.Language;
import org.switchboard.server.user.UserAdministration;

/**
 * After sign-in, applies the user's language: a language picked on the login page is stored with the account; otherwise
 * the stored language, if any, becomes the session's.
 */
@Component
class SignInLanguage extends SavedRequestAwareAuthenticationSuccessHandler {

    private final UserAdministration users;

    SignInLanguage(UserAdministration users) {
        this.users = users;
        setDefaultTargetUrl("/dashboard");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        var session = request.getSession();
        var chosen = session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME);
        if (chosen instanceof java.util.Locale locale) {
            users.rememberLanguage(authentication.getName(), Language.closestTo(locale).tag());
        } else {
            users.findByUsername(authentication.getName())
                    .map(account -> account.language())
                    .flatMap(tag -> tag == null ? java.util.Optional.empty() : Language.fromTag(tag))
                    .ifPresent(language -> session.setAttribute(
                            SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, language.locale()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
