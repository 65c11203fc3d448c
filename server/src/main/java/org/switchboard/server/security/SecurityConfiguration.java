package org.switchboard.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.switchboard.server.interactions.InteractionRoles;
import org.switchboard.server.schedules.ScheduleRoles;
import org.switchboard.server.shell.Section;
import org.switchboard.server.user.ApiTokens;
import org.switchboard.server.user.Role;
import org.switchboard.server.voice.VoiceRoles;

/**
 * The role rule of every route. Public: the login page, static assets and the health status. Every section's pages
 * ({@code /staffing/**}) and REST API ({@code /api/v1/staffing/**}) need one of the section's roles; the OpenAPI
 * document and its UI need a signed-in user; the actuator needs ADMIN. Anything else is denied.
 *
 * <p>The ingest endpoints ({@code /api/v1/ingest/**}) have a chain of their own, consulted first: an API token of
 * scope {@code INGEST} ({@link BearerTokens}, {@code Authorization: Bearer}) or an ADMIN signed in or sending HTTP
 * Basic credentials. Bearer requests skip CSRF (see {@link BearerTokens} for why that is safe); ADMIN requests keep
 * it. Requests to the schedules API ({@code /api/v1/schedules/**}) with a bearer token have a chain of their own too,
 * where a token reads with scope {@code SCHEDULES_READ} or {@code SCHEDULES_PLAN} and changes with
 * {@code SCHEDULES_PLAN}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Paths anyone may open, signed in or not. */
    static final String[] PUBLIC_PATHS = {
        "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
        "/actuator/health", "/actuator/health/**"
    };

    /** Paths open to every signed-in user. */
    static final String[] SIGNED_IN_PATHS = {
        "/", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The ingest endpoints: a valid API token of scope {@code INGEST} or an ADMIN; 401 with a problem document for a
     * missing, unknown or revoked token, 403 with one for a token without the scope. The only differences from the main
     * chain: the bearer-token filter, CSRF skipped for bearer requests, and 401 instead of a login page or a CSRF 403
     * for callers without credentials. Nothing else accepts a token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain ingestFilterChain(HttpSecurity http, ApiTokens apiTokens) throws Exception {
        http.securityMatcher(BearerTokens.ingestPaths())
                .authorizeHttpRequests(rules -> rules.anyRequest().access(AuthorizationManagers.anyOf(
                        BearerTokens.scopeGranted(), AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()))))
                .addFilterBefore(BearerTokens.ingest(apiTokens), BasicAuthenticationFilter.class)
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new TamperedCsrfTokens())
                        .ignoringRequestMatchers(BearerTokens.bearerRequests()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(BearerTokens.entryPoint())
                        .accessDeniedHandler(BearerTokens.accessDenied()));
        return http.build();
    }

    /**
     * Requests to the schedules API that carry a bearer token: a valid API token reads with scope
     * {@code SCHEDULES_READ} or {@code SCHEDULES_PLAN} and starts or stops runs and publishes with
     * {@code SCHEDULES_PLAN}; 401 with a problem document for an unknown or revoked token, 403 with one naming the
     * scope for a token without it. Every request of this chain carries the token, so CSRF does not
     * apply (see {@link BearerTokens}) and no session is made. Without a bearer token the main chain applies: the
     * section's roles read, {@link ScheduleRoles#PLANNERS} change, with CSRF.
     */
    @Bean
    @Order(2)
    SecurityFilterChain scheduleTokenFilterChain(HttpSecurity http, ApiTokens apiTokens) throws Exception {
        http.securityMatcher(BearerTokens.scheduleBearerRequests())
                .authorizeHttpRequests(rules -> rules.anyRequest().access(BearerTokens.scopeGranted()))
                .addFilterBefore(BearerTokens.schedules(apiTokens), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(BearerTokens.entryPoint())
                        .accessDeniedHandler(BearerTokens.accessDenied()));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInLanguage signInLanguage) throws Exception {
        http.authorizeHttpRequests(SecurityConfiguration::routeRules)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signInLanguage)
                        .failureUrl("/login?error")
                        .permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new TamperedCsrfTokens()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new ExplainedAccessDenied()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    private static void routeRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(PUBLIC_PATHS).permitAll();
        rules.requestMatchers(SIGNED_IN_PATHS).authenticated();
        rules.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
        // interaction data is changed (uploads, quarantine, mapping profiles) by some of the section's roles only, and
        // a quarantined line is corrected only by those who see it unmasked
        var editors = InteractionRoles.EDITORS.stream().map(Role::name).sorted().toArray(String[]::new);
        var rawTextReaders = InteractionRoles.RAW_TEXT_READERS.stream().map(Role::name).sorted().toArray(String[]::new);
        rules.requestMatchers(HttpMethod.POST, "/interactions/loads/*/rejections/*/resubmit")
                .hasAnyRole(rawTextReaders);
        rules.requestMatchers(HttpMethod.POST, "/interactions/**").hasAnyRole(editors);
        rules.requestMatchers("/interactions/jobs/**", "/interactions/profiles/new").hasAnyRole(editors);
        // survey responses are imported and column mappings saved by some of the customer-voice roles only
        var voiceEditors = VoiceRoles.EDITORS.stream().map(Role::name).sorted().toArray(String[]::new);
        rules.requestMatchers(HttpMethod.POST, "/customer-voice/**").hasAnyRole(voiceEditors);
        // the rejected lines of a survey load hold the source's values as read, customer data included
        rules.requestMatchers("/customer-voice/imports/*/rejects.csv", "/customer-voice/imports/*/quarantine")
                .hasAnyRole(voiceEditors);
        // schedules are planned, edited and published by some of the section's roles; SUPERVISOR reads them
        var planners = ScheduleRoles.PLANNERS.stream().map(Role::name).sorted().toArray(String[]::new);
        rules.requestMatchers(HttpMethod.POST, "/schedules/**", "/api/v1/schedules/**").hasAnyRole(planners);
        // the forms of the rules editor are for those who may change the rules; the others read the rules page
        rules.requestMatchers("/schedules/rules/*/*").hasAnyRole(planners);
        for (var section : Section.values()) {
            var roles = section.roles().stream().map(Role::name).sorted().toArray(String[]::new);
            rules.requestMatchers(
                            section.path(), section.path() + "/**", section.apiPath(), section.apiPath() + "/**")
                    .hasAnyRole(roles);
        }
        rules.anyRequest().denyAll();
    }
}
