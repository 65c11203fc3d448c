package org.switchboard.server.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link UserAccountRepository} and the rules of {@link UserAdministration} on a real database: H2 in the
 * default Failsafe run, PostgreSQL in the {@code postgres} run (tag {@code database}). The database is shared with
 * the other integration tests, so every test uses its own user names.
 */
@SwitchboardIntegrationTest
@Tag("database")
class UserAccountRepositoryIT {

    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    UserAccountRepository repository;

    @Autowired
    UserAdministration administration;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Nested
    class Repository {

        @Test
        void insertStoresTheAccountWithItsRoles() {
            var username = UniqueNames.of("planner");

            long id = repository.insert(username, "Pat Planner", "{noop}x", EnumSet.of(Role.PLANNER, Role.QA), CREATED);

            var account = repository.findById(id).orElseThrow();
            assertThat(account.username()).isEqualTo(username);
            assertThat(account.displayName()).isEqualTo("Pat Planner");
            assertThat(account.enabled()).isTrue();
            assertThat(account.language()).isNull();
            assertThat(account.roles()).containsExactlyInAnyOrder(Role.PLANNER, Role.QA);
            assertThat(repository.findByUsername(username)).contains(account);
            assertThat(repository.exists(username)).isTrue();
            assertThat(repository.passwordHash(username)).contains("{noop}x");
        }

        @Test
        void anAccountWithoutRolesIsStillFound() {
            var username = UniqueNames.of("norole");

            long id = repository.insert(username, "No Role", "{noop}x", Set.of(), CREATED);

            assertThat(repository.findById(id).orElseThrow().roles()).isEmpty();
        }

        @Test
        void unknownAccountsAreAbsent() {
            var username = UniqueNames.of("nobody");

            assertThat(repository.exists(username)).isFalse();
            assertThat(repository.findByUsername(username)).isEmpty();
            assertThat(repository.passwordHash(username)).isEmpty();
            assertThat(repository.findById(-1)).isEmpty();
        }

        @Test
        void replaceRolesSwapsTheWholeRoleSet() {
            long id = repository.insert(UniqueNames.of("analyst"), "An Analyst", "{noop}x", EnumSet.of(Role.ANALYST),
                    CREATED);

            repository.replaceRoles(id, EnumSet.of(Role.SUPERVISOR, Role.VIEWER));

            assertThat(repository.findById(id).orElseThrow().roles())
                    .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.VIEWER);
        }

        @Test
        void profilePasswordAndLanguageUpdatesAreStored() {
            var username = UniqueNames.of("viewer");
            long id = repository.insert(username, "Vi Viewer", "{noop}old", EnumSet.of(Role.VIEWER), CREATED);
            var later = CREATED.plusSeconds(3600);

            repository.updateProfile(id, "Vi Renamed", false, later);
            repository.updatePassword(id, "{noop}new", later);
            repository.updateLanguage(username, "zh-CN");

            var account = repository.findById(id).orElseThrow();
            assertThat(account.displayName()).isEqualTo("Vi Renamed");
            assertThat(account.enabled()).isFalse();
            assertThat(account.language()).isEqualTo("zh-CN");
            assertThat(repository.passwordHash(username)).contains("{noop}new");
            assertThat(jdbc.sql("SELECT updated_at FROM user_account WHERE id = :id")
                            .param("id", id)
                            .query(OffsetDateTime.class)
                            .single()
                            .toInstant())
                    .isEqualTo(later);
        }

        @Test
        void findAllListsAccountsByUserName() {
            var prefix = UniqueNames.of("order");
            repository.insert(prefix + "-b", "B", "{noop}x", EnumSet.of(Role.QA), CREATED);
            repository.insert(prefix + "-a", "A", "{noop}x", EnumSet.of(Role.QA, Role.ANALYST), CREATED);

            var ours = repository.findAll().stream()
                    .filter(account -> account.username().startsWith(prefix))
                    .toList();

            assertThat(ours).extracting(UserAccount::username).containsExactly(prefix + "-a", prefix + "-b");
            assertThat(ours.getFirst().roles()).containsExactlyInAnyOrder(Role.QA, Role.ANALYST);
        }

        @Test
        void theDatabaseRejectsADuplicateUserName() {
            var username = UniqueNames.of("twin");
            repository.insert(username, "One", "{noop}x", EnumSet.of(Role.QA), CREATED);

            assertThatThrownBy(() -> repository.insert(username, "Two", "{noop}x", EnumSet.of(Role.QA), CREATED))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    @Nested
    class Administration {

        @Test
        void createStoresABcryptHashThatMatchesThePassword() {
            var username = UniqueNames.of("qa");

            administration.create(username, "Quinn QA", "correct horse battery", EnumSet.of(Role.QA));

            var hash = repository.passwordHash(username).orElseThrow();
            assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse battery");
            assertThat(passwordEncoder.matches("correct horse battery", hash)).isTrue();
            assertThat(passwordEncoder.matches("wrong horse battery", hash)).isFalse();
        }

        @Test
        void createRecordsTheChangeInTheAuditLog() {
            var username = UniqueNames.of("manager");

            administration.create(username, "Max Manager", "long enough password", EnumSet.of(Role.MANAGER));

            assertThat(auditLog.latest(20))
                    .anySatisfy(entry -> {
                        assertThat(entry.action()).isEqualTo("USER_CREATED");
                        assertThat(entry.targetType()).isEqualTo("user");
                        assertThat(entry.targetId()).isEqualTo(username);
                        assertThat(entry.details()).isEqualTo("roles=MANAGER");
                    });
        }

        @Test
        void aRolledBackCreateLeavesNeitherTheAccountNorItsAuditEntry() {
            var username = UniqueNames.of("ghost");

            transaction.executeWithoutResult(status -> {
                administration.create(username, "Ghost", "long enough password", EnumSet.of(Role.VIEWER));
                status.setRollbackOnly();
            });

            assertThat(repository.exists(username)).isFalse();
            assertThat(auditEntriesFor(username)).isZero();
        }

        @Test
        void updateChangesRolesAndAuditsBeforeAndAfter() {
            var username = UniqueNames.of("super");
            var created = administration.create(username, "Sue", "long enough password", EnumSet.of(Role.SUPERVISOR));

            var updated = administration.update(created.id(), "Sue Lead", true, EnumSet.of(Role.SUPERVISOR, Role.QA));

            assertThat(updated.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.QA);
            assertThat(updated.displayName()).isEqualTo("Sue Lead");
            assertThat(auditLog.latest(20)).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo("USER_UPDATED");
                assertThat(entry.targetId()).isEqualTo(username);
                assertThat(entry.details()).isEqualTo("enabled=true->true, roles=SUPERVISOR->QA,SUPERVISOR");
            });
        }

        @Test
        void aTakenUserNameIsRejected() {
            var username = UniqueNames.of("taken");
            administration.create(username, "First", "long enough password", EnumSet.of(Role.VIEWER));

            assertThatThrownBy(() ->
                            administration.create(username, "Second", "long enough password", EnumSet.of(Role.VIEWER)))
                    .isInstanceOfSatisfying(UserAdministrationException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("user.error.username-taken"));
        }

        /**
         * Runs in a transaction that is rolled back at the end, because it must first disable every other
         * administrator of the shared database (the demo {@code admin} among them).
         */
        @Test
        @Transactional
        void theLastEnabledAdministratorCannotLoseTheRoleOrBeDisabled() {
            var username = UniqueNames.of("admin");
            var admin = administration.create(username, "Ada Admin", "long enough password", EnumSet.of(Role.ADMIN));
            jdbc.sql("""
                    UPDATE user_account SET enabled = FALSE
                    WHERE id <> :id AND id IN (SELECT user_id FROM user_role WHERE role = 'ADMIN')""")
                    .param("id", admin.id())
                    .update();

            assertThatThrownBy(() -> administration.update(admin.id(), "Ada", true, EnumSet.of(Role.VIEWER)))
                    .isInstanceOfSatisfying(UserAdministrationException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("user.error.last-admin"));
            assertThatThrownBy(() -> administration.update(admin.id(), "Ada", false, EnumSet.of(Role.ADMIN)))
                    .isInstanceOfSatisfying(UserAdministrationException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("user.error.last-admin"));
            assertThat(repository.findById(admin.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
        }

        @Test
        void anAdministratorMayStepDownWhileAnotherRemains() {
            var first = administration.create(
                    UniqueNames.of("admin"), "First Admin", "long enough password", EnumSet.of(Role.ADMIN));
            administration.create(UniqueNames.of("admin"), "Second Admin", "long enough password", EnumSet.of(Role.ADMIN));

            var demoted = administration.update(first.id(), "First Admin", true, EnumSet.of(Role.VIEWER));

            assertThat(demoted.roles()).containsExactly(Role.VIEWER);
        }

        private long auditEntriesFor(String username) {
            return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target_id = :username")
                    .param("username", username)
                    .query(Long.class)
                    .single();
        }
    }
}
