package org.switchboard.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.switchboard.server.user.ApiTokens;

/**
 * Authenticates requests that carry {@code Authorization: Bearer <token>} to the paths that accept API tokens: the
 * ingest endpoints ({@value #INGEST_PATHS}), where a valid token acts as {@code api-token:NAME} with the one authority
 * {@code ROLE_}{@value #INGEST_ROLE}, and the schedules API ({@value #SCHEDULE_PATHS}), where it acts with the one
 * authority {@code ROLE_}{@value #SCHEDULE_ROLE}, which only that API accepts. An unknown or revoked token is answered
 * 401 with an RFC 9457 problem document, whatever session the request also carries. Outside these paths the header is
 * ignored, so a token opens nothing else.
 *
 * <p>Such requests need no CSRF token ({@link #bearerRequests()}): CSRF rides on cookies a browser adds by itself, and
 * a browser never adds an {@code Authorization: Bearer} header to a cross-site request without a CORS pre-flight,
 * which Switchboard does not grant. Nothing is stored in the session; every request presents its token.
 */
final class IngestTokens extends OncePerRequestFilter {

    /** The paths of the ingest endpoints, the only ones a token opens. */
    static final String INGEST_PATHS = "/api/v1/ingest/**";

    /** The role (authority {@code ROLE_INGEST}) of a request authenticated by a valid token. */
    static final String INGEST_ROLE = "INGEST";

    /** The paths of the schedules API, which a token also opens. */
    static final String SCHEDULE_PATHS = "/api/v1/schedules/**";

    /** The role (authority {@code ROLE_SCHEDULE_API}) of a schedules API request authenticated by a valid token. */
    static final String SCHEDULE_ROLE = "SCHEDULE_API";

    private static final String BEARER = "bearer ";
    private static final String MISSING = "A bearer token issued by an administrator is required (or an"
            + " administrator's session or HTTP Basic credentials with a CSRF token).";
    private static final RequestMatcher INGEST = PathPatternRequestMatcher.withDefaults().matcher(INGEST_PATHS);
    private static final RequestMatcher SCHEDULES = PathPatternRequestMatcher.withDefaults().matcher(SCHEDULE_PATHS);

    private final ApiTokens tokens;
    private final RequestMatcher bearer;
    private final String role;

    private IngestTokens(ApiTokens tokens, RequestMatcher paths, String role) {
        this.tokens = tokens;
        this.bearer = new AndRequestMatcher(paths, IngestTokens::hasBearerToken);
        this.role = role;
    }

    /** {@return the filter of the ingest endpoints, granting {@value #INGEST_ROLE}} */
    static IngestTokens ingest(ApiTokens tokens) {
        return new IngestTokens(tokens, INGEST, INGEST_ROLE);
    }

    /** {@return the filter of the schedules API, granting {@value #SCHEDULE_ROLE}} */
    static IngestTokens schedules(ApiTokens tokens) {
        return new IngestTokens(tokens, SCHEDULES, SCHEDULE_ROLE);
    }

    /** {@return the requests to the schedules API that carry a bearer token} */
    static RequestMatcher scheduleBearerRequests() {
        return new AndRequestMatcher(SCHEDULES, IngestTokens::hasBearerToken);
    }

    /** {@return the requests to the ingest paths} */
    static RequestMatcher ingestPaths() {
        return INGEST;
    }

    /** {@return the requests to the ingest paths that carry a bearer token: CSRF protection does not apply to them} */
    static RequestMatcher bearerRequests() {
        return new AndRequestMatcher(INGEST, IngestTokens::hasBearerToken);
    }

    /** {@return the entry point of the ingest paths: 401, a problem document and {@code WWW-Authenticate: Bearer}} */
    static AuthenticationEntryPoint entryPoint() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException missing) ->
                unauthorized(response, MISSING);
    }

    /**
     * {@return the access-denied handler of the ingest paths} A request refused for a missing CSRF token by a caller
     * who is not signed in (no token, no session) is answered like one without credentials (401 and a problem
     * document), since the CSRF check runs before any credentials are looked at; anything else as everywhere.
     */
    static AccessDeniedHandler accessDenied() {
        var elsewhere = new ExplainedAccessDenied();
        return (request, response, denied) -> {
            var user = SecurityContextHolder.getContext().getAuthentication();
            if (denied instanceof CsrfException && (user == null || !user.isAuthenticated()
                    || user instanceof AnonymousAuthenticationToken)) {
                unauthorized(response, MISSING);
            } else {
                elsewhere.handle(request, response, denied);
            }
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !bearer.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        var actor = tokens.authenticate(secret);
        if (actor.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized(response, "The bearer token is unknown or revoked.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor.get(), null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null
                && header.length() > BEARER.length()
                && header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER);
    }

    /** Writes a 401 problem document; the detail is a fixed English sentence, never a token. */
    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"switchboard-ingest\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + detail + "\"}");
    }
}
