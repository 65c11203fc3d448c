package org.switchboard.server.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.server.audit.AuditLog;

/**
 * Issues, lists, revokes and checks the API tokens with which other systems send data to the ingest endpoints or use
 * the schedules API, as far as the token's {@link ApiTokenScope scopes} allow. A token is {@value #PREFIX} followed by
 * 256 random bits in URL-safe Base64 (43 characters); only its SHA-256 (hex) is stored, so a copy of the database
 * reveals no usable token. Issuing and revoking are audited with the token's scopes.
 */
@Service
public class ApiTokens {

    /** Longest token name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 48;

    /** The start of every token, so that a leaked token is recognisable in logs and secret scanners. */
    public static final String PREFIX = "sbt_";

    /** The prefix of the name under which a token's requests act (audit log, data loads): {@code api-token:NAME}. */
    public static final String ACTOR_PREFIX = "api-token:";

    private static final int SECRET_BYTES = 32;
    private static final String TARGET = "api-token";
    private static final String SCOPES = "scopes: ";
    private static final String NO_SCOPE = "tokscope.error.scopes";

    private final ApiTokenRepository tokens;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** {@return every token, the valid ones first, each group by name} */
    @Transactional(readOnly = true)
    public List<ApiToken> all() {
        return tokens.findAll();
    }

    /**
     * Issues a token.
     *
     * @param name what the token is for, 1–{@value #MAX_NAME_LENGTH} characters, unique
     * @param scopes what the token may do, at least one scope
     * @param issuedBy the administrator issuing it
     * @return the stored token with its secret, which is not kept anywhere else
     * @throws UserAdministrationException if the name is blank, too long or taken, or there is no scope
     */
    @Transactional
    public IssuedApiToken issue(String name, Set<ApiTokenScope> scopes, String issuedBy) {
        var stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new UserAdministrationException("api-token.error.name", stripped);
        }
        if (scopes.isEmpty()) {
            throw new UserAdministrationException(NO_SCOPE, stripped);
        }
        if (tokens.nameExists(stripped)) {
            throw new UserAdministrationException("api-token.error.name-taken", stripped);
        }
        var bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(stripped, hash(secret), scopes, issuedBy, clock.instant());
        auditLog.record("API_TOKEN_ISSUED", TARGET, stripped, SCOPES + ApiToken.names(scopes));
        return new IssuedApiToken(tokens.findById(id).orElseThrow(), secret);
    }

    /**
     * Revokes a token: from now on it authenticates nothing. Revoking a revoked token changes nothing.
     *
     * @param id the token's id
     * @param revokedBy the administrator revoking it
     * @return the token as it is now
     * @throws UserAdministrationException if there is no token with this id
     */
    @Transactional
    public ApiToken revoke(long id, String revokedBy) {
        var token = tokens.findById(id)
                .orElseThrow(() -> new UserAdministrationException("api-token.error.unknown", String.valueOf(id)));
        if (tokens.revoke(id, revokedBy, clock.instant())) {
            auditLog.record("API_TOKEN_REVOKED", TARGET, token.name(), SCOPES + token.scopeNames());
        }
        return tokens.findById(id).orElseThrow();
    }

    /**
     * Checks a bearer token and notes its use.
     *
     * @param secret the token as the request sent it
     * @return the caller of a valid token: its actor name ({@value #ACTOR_PREFIX} + its name) and its scopes; empty
     *     for an unknown or revoked token
     */
    @Transactional
    public Optional<TokenCaller> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var hash = hash(secret);
        var valid = tokens.validToken(hash);
        valid.ifPresent(token -> tokens.markUsed(hash, clock.instant()));
        return valid.map(token -> new TokenCaller(ACTOR_PREFIX + token.name(), token.scopes()));
    }

    /** {@return hex SHA-256 of the token's UTF-8 bytes} */
    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
