package org.importwindow.server.tariff;

import org.importwindow.server.seed.FirstStartSeeder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue bean: seed an empty database first, then build the snapshot from it. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    TariffCatalogue tariffCatalogue(FirstStartSeeder seeder, CatalogueBuilder builder) {
        seeder.seedIfEmpty();
        return new TariffCatalogue(builder.build());
    }
}
