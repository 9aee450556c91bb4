package org.importwindow.server.enterprise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code importwindow.demo.*}.
 *
 * @param enabled  create the demo enterprises A and B and the users declarant-a, declarant-b, officer and admin
 *                 when there are no users yet; turn off in production
 * @param password the demo users' password
 */
@ConfigurationProperties("importwindow.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("demo") String password) {
}
