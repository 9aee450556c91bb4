package org.importwindow.server.security;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The API's security schemes in the OpenAPI document: HTTP Basic (the demo users) and bearer tokens from
 * {@code POST /api/v1/tokens}. Operations that need a user name them; the tariff engine's operations need none.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "User name and password (demo: declarant-a, declarant-b, officer, admin / demo)")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/tokens")
class ApiSecuritySchemes {
}
