package org.importwindow.server;

import java.util.Arrays;
import org.importwindow.server.audit.VerifyAuditCommand;
import org.importwindow.server.imports.MeasureImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single window: web pages, REST API and persistence around the core engines.
 *
 * <p>{@code java -jar importwindow.jar} starts the web server; {@code java -jar importwindow.jar import-measures FILE
 * [--legal-acts=F] [--footnotes=F] [--replace]} imports a measure file into the database without starting it;
 * {@code java -jar importwindow.jar verify-audit} verifies the declarations' event chains (exit 0 valid, 1 broken).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ImportWindowApplication {

    public static void main(String[] args) {
        if (args.length > 0 && MeasureImportCommand.NAME.equals(args[0])) {
            command(MeasureImportCommand.PROFILE, args);
        }
        if (args.length > 0 && VerifyAuditCommand.NAME.equals(args[0])) {
            command(VerifyAuditCommand.PROFILE, args);
        }
        SpringApplication.run(ImportWindowApplication.class, args);
    }

    /** Run a command (its profile, no web server) and exit with its code. */
    private static void command(String profile, String[] args) {
        SpringApplication app = new SpringApplication(ImportWindowApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(profile);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        System.exit(SpringApplication.exit(app.run(rest)));
    }
}
