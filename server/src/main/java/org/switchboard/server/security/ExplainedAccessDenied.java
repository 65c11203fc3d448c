package org.switchboard.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers 403 and tells the error page why: a missing or tampered CSRF token (the form is stale: reload it) or a role
 * the user does not hold. No stack trace reaches the page.
 */
final class ExplainedAccessDenied implements AccessDeniedHandler {

    /** Request attribute naming the reason: {@code csrf} or {@code role}. */
    static final String REASON_ATTRIBUTE = "switchboard.accessDeniedReason";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        request.setAttribute(REASON_ATTRIBUTE, denied instanceof CsrfException ? "csrf" : "role");
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
