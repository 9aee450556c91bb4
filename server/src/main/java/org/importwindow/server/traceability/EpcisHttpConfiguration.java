package org.importwindow.server.traceability;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

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
