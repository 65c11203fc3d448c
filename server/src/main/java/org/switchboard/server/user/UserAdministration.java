package org.switchboard.server.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.server.audit.AuditLog;

/**
 * Creates and changes user accounts. Every change is recorded in the {@link AuditLog} in the same transaction;
 * passwords are hashed with the configured {@link PasswordEncoder} (bcrypt) and never logged.
 */
@Service
public class UserAdministration {

    /** Shortest password accepted, in characters. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    /** Longest display name accepted, in characters. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    /** Rule for user names: lower-case letters, digits, '.', '_' or '-', 2–64 characters, not starting with a sign. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);
    private static final String TARGET = "user";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(
            UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** {@return every account, ordered by user name} */
    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAll();
    }

    /** {@return the account with this id, if any} */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return accounts.findById(id);
    }

    /** {@return the account with this user name, if any} */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** {@return whether any account exists} */
    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return accounts.count() > 0;
    }

    /**
     * Creates an account.
     *
     * @param username login name: lower-case letters, digits, '.', '_' or '-', 2–64 characters
     * @param displayName name shown in the interface, not blank
     * @param password at least {@value #MIN_PASSWORD_LENGTH} characters
     * @param roles at least one role
     * @return the created account
     * @throws UserAdministrationException if a rule above is broken or the user name is taken
     */
    @Transactional
    public UserAccount create(String username, String displayName, String password, Set<Role> roles) {
        requireUsername(username);
        requireDisplayName(displayName);
        requirePassword(password);
        requireRoles(roles);
        if (accounts.exists(username)) {
            throw new UserAdministrationException("user.error.username-taken", username);
        }
        long id = accounts.insert(username, displayName.strip(), passwordEncoder.encode(password), roles, clock.instant());
        auditLog.record("USER_CREATED", TARGET, username, "roles=" + roleNames(roles));
        return accounts.findById(id).orElseThrow();
    }

    /**
     * Changes the name, enabled flag and roles of an account.
     *
     * @throws UserAdministrationException if the account is unknown, a field is invalid, or the change would leave no
     *     enabled administrator
     */
    @Transactional
    public UserAccount update(long id, String displayName, boolean enabled, Set<Role> roles) {
        requireDisplayName(displayName);
        requireRoles(roles);
        var before = accounts.findById(id)
                .orElseThrow(() -> new UserAdministrationException("user.error.unknown", String.valueOf(id)));
        boolean removesAdmin = before.enabled() && before.roles().contains(Role.ADMIN)
                && (!enabled || !roles.contains(Role.ADMIN));
        if (removesAdmin && enabledAdministrators() <= 1) {
            throw new UserAdministrationException("user.error.last-admin", before.username());
        }
        accounts.updateProfile(id, displayName.strip(), enabled, clock.instant());
        accounts.replaceRoles(id, roles);
        auditLog.record("USER_UPDATED", TARGET, before.username(), "enabled=" + before.enabled() + "->" + enabled
                + ", roles=" + roleNames(before.roles()) + "->" + roleNames(roles));
        return accounts.findById(id).orElseThrow();
    }

    /**
     * Sets a new password chosen by an administrator.
     *
     * @throws UserAdministrationException if the account is unknown or the password too short
     */
    @Transactional
    public void resetPassword(long id, String password) {
        requirePassword(password);
        var account = accounts.findById(id)
                .orElseThrow(() -> new UserAdministrationException("user.error.unknown", String.valueOf(id)));
        accounts.updatePassword(id, passwordEncoder.encode(password), clock.instant());
        auditLog.record("USER_PASSWORD_RESET", TARGET, account.username(), null);
    }

    /**
     * Remembers the interface language a user chose.
     *
     * @param username the signed-in user
     * @param languageTag a supported language tag, already validated by the caller
     */
    @Transactional
    public void rememberLanguage(String username, String languageTag) {
        var account = accounts.findByUsername(username);
        if (account.isPresent() && !languageTag.equals(account.get().language())) {
            accounts.updateLanguage(username, languageTag);
            auditLog.record("USER_LANGUAGE_CHANGED", TARGET, username, "language=" + languageTag);
        }
    }

    /** {@return the stored password hash of an enabled or disabled user, for authentication only} */
    @Transactional(readOnly = true)
    Optional<String> passwordHash(String username) {
        return accounts.passwordHash(username);
    }

    /** {@return a new random password of 16 URL-safe characters} */
    String randomPassword() {
        var bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private long enabledAdministrators() {
        return accounts.findAll().stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.ADMIN))
                .count();
    }

    private static void requireUsername(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new UserAdministrationException("user.error.username-format", username);
        }
    }

    private static void requireDisplayName(String displayName) {
        if (displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new UserAdministrationException("user.error.display-name", displayName);
        }
    }

    private static void requirePassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserAdministrationException("user.error.password-short", String.valueOf(MIN_PASSWORD_LENGTH));
        }
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new UserAdministrationException("user.error.no-role", "");
        }
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
