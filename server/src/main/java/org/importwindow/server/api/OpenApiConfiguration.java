package org.importwindow.server.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI importWindowOpenApi() {
        return new OpenAPI().info(new Info().title("ImportWindow API").version("v1")
                .description("The import single window: the tariff as dated law (commodities and their measures), "
                        + "customs exchange rates, countries and their preferential arrangements, and the assessment "
                        + "of duty, consumption tax and import VAT. Errors are RFC 9457 problem+json with an "
                        + "`errors` array of {code, path, message}.")
                .license(new License().name("Apache-2.0")));
    }
}
