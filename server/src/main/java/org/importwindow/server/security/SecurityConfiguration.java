package org.importwindow.server.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains. The EPCIS binding ({@code /epcis/**}) and the API ({@code /api/**}) are stateless: HTTP
 * Basic or a bearer token on every call; the tariff, assessment and exchange-rate endpoints of issue 2 stay public, the declaration, officer, audit,
 * enterprise and token endpoints need a user and answer 401/403 as problem+json (never a redirect). The pages keep
 * their session, CSRF protection and form login; everything the tariff engine offers stays public.
 * Only in the web server: the commands run without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {
    private static final String DECLARANT = Role.DECLARANT.name();
    private static final String OFFICER = Role.OFFICER.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String CONSUMER = Role.CONSUMER.name();
    private static final String REGULATOR = Role.REGULATOR.name();
    private static final String ENTERPRISE_SYSTEM = Role.ENTERPRISE_SYSTEM.name();

    /**
     * The EPCIS 2.0 REST binding ({@code /epcis/**}, issue 5) sits outside {@code /api} as the standard names its
     * paths, and is stateless like the API: HTTP Basic (the enterprise users) or a bearer API key on every call.
     * Capturing is an enterprise's (a declarant or an enterprise's system); querying is also the regulator's.
     */
    @Bean
    @Order(0)
    SecurityFilterChain epcisSecurityFilterChain(HttpSecurity http, ApiTokenStore tokens, UserStore users,
                                                 JsonMapper json, ObjectProvider<Clock> clock) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.securityMatcher("/epcis/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/epcis/**").hasAnyRole(DECLARANT, ENTERPRISE_SYSTEM)
                        .anyRequest().hasAnyRole(DECLARANT, ENTERPRISE_SYSTEM, REGULATOR, ADMIN));
        return stateless(http, tokens, users, problems, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenStore tokens, UserStore users,
                                               JsonMapper json, ObjectProvider<Clock> clock) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/cbec/**").hasRole(Role.ENTERPRISE_SYSTEM.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/declarations", "/api/v1/declarations/batch")
                        .hasRole(DECLARANT)
                        .requestMatchers(HttpMethod.POST, "/api/v1/declarations/*/amendments",
                                "/api/v1/declarations/*/cancellation").hasRole(DECLARANT)
                        // the bank's confirmation: in the demo the declarant's own "pay" or an administrator
                        .requestMatchers(HttpMethod.POST, "/api/v1/declarations/*/payments").hasAnyRole(DECLARANT, ADMIN)
                        // advance and two-step (declaration.ArrivalAndTwoStepController): the arrival of the goods
                        // by the declarant, an officer or an administrator (the service answers 404 for another
                        // enterprise's declaration); the overdue list is any user's (own or, for officers, all);
                        // flagging overdue summaries is the officers' (also covered by /api/v1/officer/** below)
                        .requestMatchers(HttpMethod.POST, "/api/v1/declarations/*/arrival")
                        .hasAnyRole(DECLARANT, OFFICER, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/declarations/overdue").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/officer/overdue-flags").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers("/api/v1/declarations", "/api/v1/declarations/**").authenticated()
                        .requestMatchers("/api/v1/officer/**").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(OFFICER, ADMIN)
                        // operating the single window (e.g. the e-commerce store's online backup)
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/enterprises/**", "/api/v1/tokens", "/api/v1/tokens/**")
                        .authenticated()
                        // issue 5: public recall notices stay public (below); running a recall is the importer's or
                        // producer's (their own, the service's call) and the regulator's; complaints are the consumer's
                        // (their own) and the regulator's; defect signals are the regulator's
                        .requestMatchers("/api/v1/recalls", "/api/v1/recalls/**")
                        .hasAnyRole(DECLARANT, REGULATOR, ADMIN)
                        .requestMatchers("/api/v1/complaints", "/api/v1/complaints/**")
                        .hasAnyRole(CONSUMER, REGULATOR, ADMIN)
                        .requestMatchers("/api/v1/defect-signals", "/api/v1/defect-signals/**")
                        .hasAnyRole(REGULATOR, ADMIN)
                        // a trace names the supply chain's parties: the enterprises that share events, and the regulator
                        .requestMatchers("/api/v1/trace", "/api/v1/trace/**")
                        .hasAnyRole(DECLARANT, ENTERPRISE_SYSTEM, REGULATOR, ADMIN)
                        // the tariff engine's API of issue 2 is public
                        .anyRequest().permitAll());
        return stateless(http, tokens, users, problems, clock);
    }

    /** The stateless part both API chains share: no session or CSRF, HTTP Basic or a bearer token, problem+json. */
    private static SecurityFilterChain stateless(HttpSecurity http, ApiTokenStore tokens, UserStore users,
                                                 ProblemSecurityHandlers problems, ObjectProvider<Clock> clock)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.realmName("ImportWindow").authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems, clock.getIfAvailable(Clock::systemUTC)),
                        BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/error", "/login", "/actuator/health/**", "/actuator/health",
                                "/actuator/prometheus", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/webjars/**", "/css/**", "/js/**", "/images/**",
                                "/favicon.ico").permitAll()
                        // issue 3 pages (web.declaration): the officer's pages need an officer or administrator,
                        // the declaration pages a signed-in user (which declarations they show is the service's call)
                        .requestMatchers("/officer", "/officer/**").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers("/declarations", "/declarations/**").authenticated()
                        // issue 4 pages (web.ecommerce): the officer's figures, and each enterprise's lists for its
                        // people (which enterprise is the controller's call); the buyer's page is public
                        .requestMatchers("/cbec/officer", "/cbec/officer/**").hasAnyRole(OFFICER, ADMIN)
                        .requestMatchers("/cbec/platform", "/cbec/platform/**").hasRole(Role.ENTERPRISE_USER.name())
                        // issue 5: recall notices (/recalls, /recalls/feed, /recalls/notices/**) are public; running a
                        // recall (/recall-cases) is the importer's and the regulator's; complaints (/complaints) the
                        // consumer's and the regulator's; the regulator's desk (/regulator); traces (/trace) the
                        // importers' and the regulator's
                        .requestMatchers("/recall-cases", "/recall-cases/**").hasAnyRole(DECLARANT, REGULATOR, ADMIN)
                        .requestMatchers("/complaints", "/complaints/**").hasAnyRole(CONSUMER, REGULATOR, ADMIN)
                        .requestMatchers("/regulator", "/regulator/**").hasAnyRole(REGULATOR, ADMIN)
                        .requestMatchers("/trace", "/trace/**").hasAnyRole(DECLARANT, REGULATOR, ADMIN)
                        // later issues protect their own pages above this line; the tariff pages are public
                        .anyRequest().permitAll())
                // the sign-in page is web.declaration.LoginPageController's, in the page language
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(Customizer.withDefaults());
        return http.build();
    }
}
