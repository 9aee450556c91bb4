package org.importwindow.server;

import java.util.Arrays;
import java.util.Map;
import org.importwindow.server.exchange.ExchangeRateImportCommand;
import org.importwindow.server.imports.MeasureImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single window: web pages, REST API and persistence around the core engines.
 *
 * <p>{@code java -jar importwindow.jar} starts the web server; {@code java -jar importwindow.jar import-measures FILE
 * [--legal-acts=F] [--footnotes=F] [--replace]} imports a measure file into the database without starting it, and
 * {@code java -jar importwindow.jar import-exchange-rates FILE} an official customs rate table.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ImportWindowApplication {

    /** Command name (first argument) -> the Spring profile that runs it without the web server. */
    static final Map<String, String> COMMANDS = Map.of(
            MeasureImportCommand.NAME, MeasureImportCommand.PROFILE,
            ExchangeRateImportCommand.NAME, ExchangeRateImportCommand.PROFILE);

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            SpringApplication app = new SpringApplication(ImportWindowApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles(COMMANDS.get(args[0]));
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(SpringApplication.exit(app.run(rest)));
        }
        SpringApplication.run(ImportWindowApplication.class, args);
    }
}
