package org.importwindow.server.traceability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The EPCIS REST binding puts URL-encoded identifiers in paths: an eventID such as
 * {@code ni:///sha-256;…?ver=CBV2.0} is {@code /events/ni%3A%2F%2F%2Fsha-256%3B…}, a Digital Link
 * {@code /epcs/https%3A%2F%2Fid.gs1.org%2F01%2F…/events}. Tomcat and Spring Security's firewall refuse an encoded
 * slash and a semicolon by default; here Tomcat passes an encoded slash through undecoded (so it never splits a path
 * segment) and the firewall lets an encoded slash and a semicolon in. Path traversal stays refused: an encoded slash
 * (single or double) is never decoded into the path, and the firewall still refuses encoded dots and backslashes in the
 * path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EpcisHttpConfiguration {

    @Bean
    TomcatConnectorCustomizer epcisEncodedSlashes() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }

    /** The REST binding's version headers on every EPCIS answer (refusals included). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> epcisVersionHeaders() {
        FilterRegistrationBean<OncePerRequestFilter> r = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                response.setHeader("GS1-EPCIS-Version", "2.0.0");
                response.setHeader("GS1-CBV-Version", "2.0.0");
                response.setHeader("GS1-Capture-Error-Behaviour", "rollback");
                chain.doFilter(request, response);
            }
        });
        r.addUrlPatterns("/epcis/*");
        return r;
    }

    @Bean
    WebSecurityCustomizer epcisFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowSemicolon(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowUrlEncodedDoubleSlash(true);
        return web -> web.httpFirewall(firewall);
    }
}
