package org.switchboard.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.switchboard.server.user.ApiTokenScope;
import org.switchboard.server.user.ApiTokens;

/**
 * Authenticates requests that carry {@code Authorization: Bearer <token>} to the paths that accept API tokens: the
 * ingest endpoints ({@value #INGEST_PATHS}) and the schedules API ({@value #SCHEDULE_PATHS}). A valid token acts as
 * {@code api-token:NAME} with the authorities of its {@link ApiTokenScope scopes} ({@code SCOPE_INGEST}, ...) and no
 * other, and {@link #scopeGranted()} lets it through only where one of its scopes applies
 * ({@link #requiredScopes(HttpServletRequest)}): the ingest endpoints need {@code INGEST}; reading the schedules API
 * needs {@code SCHEDULES_READ} or {@code SCHEDULES_PLAN}; its other methods (runs, stop, publish) need
 * {@code SCHEDULES_PLAN}. A token without the scope is answered 403 with an RFC 9457 problem document naming the
 * missing scope; an unknown or revoked token 401, whatever session the request also carries. Outside these paths the
 * header is ignored, so a token opens nothing else.
 *
 * <p>Such requests need no CSRF token ({@link #bearerRequests()}): CSRF rides on cookies a browser adds by itself, and
 * a browser never adds an {@code Authorization: Bearer} header to a cross-site request without a CORS pre-flight,
 * which Switchboard does not grant. Nothing is stored in the session; every request presents its token.
 */
final class BearerTokens extends OncePerRequestFilter {

    /** The paths of the ingest endpoints, which a token of scope {@code INGEST} opens. */
    static final String INGEST_PATHS = "/api/v1/ingest/**";

    /** The paths of the schedules API, opened by a token of scope {@code SCHEDULES_READ} or {@code SCHEDULES_PLAN}. */
    static final String SCHEDULE_PATHS = "/api/v1/schedules/**";

    private static final String BEARER = "bearer ";
    private static final String REALM = "Bearer realm=\"switchboard-api\"";
    private static final String MISSING = "A bearer token issued by an administrator is required (or an"
            + " administrator's session or HTTP Basic credentials with a CSRF token).";
    private static final RequestMatcher INGEST = PathPatternRequestMatcher.withDefaults().matcher(INGEST_PATHS);
    private static final RequestMatcher SCHEDULES = PathPatternRequestMatcher.withDefaults().matcher(SCHEDULE_PATHS);
    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final RequestMatcher bearer;

    private BearerTokens(ApiTokens tokens, RequestMatcher paths) {
        this.tokens = tokens;
        this.bearer = new AndRequestMatcher(paths, BearerTokens::hasBearerToken);
    }

    /** {@return the filter of the ingest endpoints} */
    static BearerTokens ingest(ApiTokens tokens) {
        return new BearerTokens(tokens, INGEST);
    }

    /** {@return the filter of the schedules API} */
    static BearerTokens schedules(ApiTokens tokens) {
        return new BearerTokens(tokens, SCHEDULES);
    }

    /**
     * {@return the scopes of which a token needs one for this request, the narrowest first} {@code INGEST} on the
     * ingest paths; elsewhere (the schedules API) {@code SCHEDULES_READ} or {@code SCHEDULES_PLAN} to read (GET, HEAD,
     * OPTIONS) and {@code SCHEDULES_PLAN} for anything else.
     */
    static List<ApiTokenScope> requiredScopes(HttpServletRequest request) {
        if (INGEST.matches(request)) {
            return List.of(ApiTokenScope.INGEST);
        }
        return READING_METHODS.contains(request.getMethod())
                ? List.of(ApiTokenScope.SCHEDULES_READ, ApiTokenScope.SCHEDULES_PLAN)
                : List.of(ApiTokenScope.SCHEDULES_PLAN);
    }

    /** {@return the rule of a token's request: it holds the authority of one of the scopes the request needs} */
    static AuthorizationManager<RequestAuthorizationContext> scopeGranted() {
        return (authentication, context) -> {
            var held = authentication.get().getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            return new AuthorizationDecision(requiredScopes(context.getRequest()).stream()
                    .map(ApiTokenScope::authority)
                    .anyMatch(held::contains));
        };
    }

    /** {@return the requests to the schedules API that carry a bearer token} */
    static RequestMatcher scheduleBearerRequests() {
        return new AndRequestMatcher(SCHEDULES, BearerTokens::hasBearerToken);
    }

    /** {@return the requests to the ingest paths} */
    static RequestMatcher ingestPaths() {
        return INGEST;
    }

    /** {@return the requests to the ingest paths that carry a bearer token: CSRF protection does not apply to them} */
    static RequestMatcher bearerRequests() {
        return new AndRequestMatcher(INGEST, BearerTokens::hasBearerToken);
    }

    /** {@return the entry point of the ingest paths: 401, a problem document and {@code WWW-Authenticate: Bearer}} */
    static AuthenticationEntryPoint entryPoint() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException missing) ->
                unauthorized(response, MISSING);
    }

    /**
     * {@return the access-denied handler of the paths that accept tokens} A token without the scope the request needs
     * is answered 403 with a problem document naming the scope. A request refused for a missing CSRF token by a
     * caller who is not signed in (no token, no session) is answered like one without credentials (401 and a problem
     * document), since the CSRF check runs before any credentials are looked at; anything else as everywhere.
     */
    static AccessDeniedHandler accessDenied() {
        var elsewhere = new ExplainedAccessDenied();
        return (request, response, denied) -> {
            var user = SecurityContextHolder.getContext().getAuthentication();
            if (hasBearerToken(request) && !(denied instanceof CsrfException)) {
                insufficientScope(request, response);
            } else if (denied instanceof CsrfException && (user == null || !user.isAuthenticated()
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
        var caller = tokens.authenticate(secret);
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized(response, "The bearer token is unknown or revoked.");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.get().actor(), null,
                caller.get().authorities().stream().map(SimpleGrantedAuthority::new).toList()));
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
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        problem(response, HttpStatus.UNAUTHORIZED, detail, "");
    }

    /**
     * Writes a 403 problem document naming the narrowest scope the request needs (member {@code missingScope}, and
     * {@code error="insufficient_scope"} in {@code WWW-Authenticate} as RFC 6750 §3.1 has it).
     */
    private static void insufficientScope(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var needed = requiredScopes(request).stream().map(ApiTokenScope::name).toList();
        var missing = needed.getFirst();
        var alternatives = needed.size() == 1 ? "" : " (" + String.join(" or ", needed.subList(1, needed.size()))
                + " also grants it)";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM + ", error=\"insufficient_scope\", scope=\""
                + String.join(" ", needed) + "\"");
        problem(response, HttpStatus.FORBIDDEN, "The API token lacks the scope " + missing + ", which this request"
                + " needs" + alternatives + ". An administrator issues tokens with their scopes under Administration"
                + " → API tokens.", ",\"missingScope\":\"" + missing + "\"");
    }

    /** Writes a problem document; detail and members are fixed texts and scope names, never a request's text. */
    private static void problem(HttpServletResponse response, HttpStatus status, String detail, String members)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"" + members + "}");
    }
}
