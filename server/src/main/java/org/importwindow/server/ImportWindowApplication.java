package org.importwindow.server;

import java.util.Arrays;
import org.importwindow.server.imports.MeasureImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single window: web pages, REST API and persistence around the core engines.
 *
 * <p>{@code java -jar importwindow.jar} starts the web server; {@code java -jar importwindow.jar import-measures FILE
 * [--legal-acts=F] [--footnotes=F] [--replace]} imports a measure file into the database without starting it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ImportWindowApplication {

    public static void main(String[] args) {
        if (args.length > 0 && MeasureImportCommand.NAME.equals(args[0])) {
            SpringApplication app = new SpringApplication(ImportWindowApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles(MeasureImportCommand.PROFILE);
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(SpringApplication.exit(app.run(rest)));
        }
        SpringApplication.run(ImportWindowApplication.class, args);
    }
}
