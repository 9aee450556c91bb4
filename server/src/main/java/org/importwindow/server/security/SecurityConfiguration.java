package org.importwindow.server.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything the tariff and tax engine offers is public: pages, the API (GET and POST), health, metrics, the API
 * documentation and static files. CSRF protection stays on for the pages' forms but not for the stateless API.
 * Only in the web server: the import command runs without one.
 * The form login is wired so that later features (declarations, rulings) only add their rules and a user store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/error", "/login", "/actuator/health/**", "/actuator/health",
                                "/actuator/prometheus", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/webjars/**", "/css/**", "/js/**", "/images/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers("/api/**").permitAll()
                        // later issues protect their own paths above this line; the rest of this issue is public
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults());
        return http.build();
    }

    /** No users yet (they come with the declarations); an empty store keeps Boot from generating a password. */
    @Bean
    UserDetailsService userDetailsService() {
        return new InMemoryUserDetailsManager();
    }
}
