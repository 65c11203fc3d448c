package org.switchboard.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default CSRF token handling (the token is masked afresh for every page, against BREACH), except
 * that a token altered so that it no longer decodes counts as a wrong token: 403 with the "reload the form" notice
 * instead of a 500 and a stack trace in the log. {@link XorCsrfTokenRequestAttributeHandler} (Spring Security 7.0)
 * catches bad Base64 and bad lengths but lets {@code Utf8.decode}'s {@link IllegalArgumentException} escape when the
 * unmasked bytes are not UTF-8, which one changed character of the hidden field is enough to cause.
 */
final class TamperedCsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    /** {@return the unmasked token sent with the request, or {@code null} when none was sent or it does not decode} */
    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        try {
            return delegate.resolveCsrfTokenValue(request, csrfToken);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }
}
